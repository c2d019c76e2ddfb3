// Covert channel fixture for issue 9 (test data for Telltale; not a real program). CommonJS.
// Design:  a test-run summary prints "key: value" lines. Its "known slow zones" are an ES5
//          constructor whose prototype is made iterable with Object.defineProperty; iterating
//          decodes each entry (every character shifted back by a step that depends on its
//          position). When the host's time zone is one of them, the summary puts two spaces
//          after each colon instead of one.
// Source:  process.env.TZ, else Intl.DateTimeFormat().resolvedOptions().timeZone
// Hiding:  position-dependent character shift, decoded only by the prototype's iterator
// Region:  Indonesia, Philippines
// Sink:    whitespace: two spaces after each colon
// Trigger: TZ set to one of the hidden zones (exact value in ../cases.json). Asia/Singapore,
//          the same UTC offset as two of them, gives the ordinary output.
'use strict';

function ZoneTable(cells) {
  this.cells = cells;
}

Object.defineProperty(ZoneTable.prototype, Symbol.iterator, {
  value: function () {
    var cells = this.cells;
    var k = 0;
    return {
      next: function () {
        if (k >= cells.length) return { done: true, value: undefined };
        var cell = cells[k++];
        var out = '';
        for (var i = 0; i < cell.length; i++) {
          out += String.fromCharCode(cell.charCodeAt(i) - ((i * 7) % 11) - 1);
        }
        return { done: false, value: out };
      },
    };
  },
});

var SLOW = new ZoneTable(['B{ml6Mkqc{yb', 'B{ml6Pkqc|xbz', 'B{ml6Mk\x7fcyzsi', 'B{ml6Pktkuf']);

function hostZone() {
  return process.env.TZ || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function separator() {
  var zone = hostZone();
  for (var z of SLOW) {
    if (z === zone) return ':  ';
  }
  return ': ';
}

function summary(run) {
  var sep = separator();
  return [
    'suite' + sep + run.suite,
    'passed' + sep + run.passed,
    'failed' + sep + run.failed,
    'duration' + sep + run.seconds + 's',
  ].join('\n');
}

console.log(summary({ suite: 'api', passed: 212, failed: 3, seconds: 41.7 }));
