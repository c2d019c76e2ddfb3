// Covert channel fixture for issue 9 (test data for Telltale; not a real program). CommonJS.
// Design:  a webpack 4 style bundle: modules in an array, each module's exports defined by the
//          runtime's helper `__webpack_require__.d(exports, name, getter)`, so every import is
//          a getter call (`m.ns()`) through a property nobody assigns. One module reads the
//          numbering system of the host's locale; another keeps the hidden values as an object
//          whose numeric keys are the XOR keys of their own values, checked in a for-in loop;
//          a third prints a sync summary. On a match the space between each count and its unit
//          is U+2007 FIGURE SPACE instead of U+0020.
// Source:  Intl.DateTimeFormat().resolvedOptions().numberingSystem (follows LANG/LC_ALL)
// Hiding:  character codes XOR-ed with the key they are stored under, decoded per key in a
//          for-in loop
// Region:  Iran, Afghanistan (Persian digits), Myanmar (Burmese digits)
// Sink:    whitespace: U+2007 FIGURE SPACE between numbers and units
// Trigger: LANG set to a Persian or Burmese locale (exact values in ../cases.json). An Egyptian
//          Arabic locale, whose Arabic-Indic digits are not the Persian ones, gives the ordinary
//          output.
'use strict';

(function (modules) {
  var cache = {};
  function __webpack_require__(id) {
    if (cache[id]) return cache[id].exports;
    var module = (cache[id] = { i: id, l: false, exports: {} });
    modules[id].call(module.exports, module, module.exports, __webpack_require__);
    module.l = true;
    return module.exports;
  }
  __webpack_require__.d = function (exports, name, getter) {
    if (!Object.prototype.hasOwnProperty.call(exports, name)) {
      Object.defineProperty(exports, name, { enumerable: true, get: getter });
    }
  };
  return __webpack_require__(0);
})([
  /* 0: entry */
  function (module, exports, __webpack_require__) {
    var digits = __webpack_require__(1);
    var table = __webpack_require__(2);
    var report = __webpack_require__(3);
    var wide = table.known(digits.system());
    process.stdout.write(report.summary([['folders', 3], ['files', 128], ['conflicts', 0]], wide) + '\n');
  },
  /* 1: locale digits */
  function (module, exports, __webpack_require__) {
    __webpack_require__.d(exports, 'system', function () {
      return system;
    });
    function system() {
      try {
        return Intl.DateTimeFormat().resolvedOptions().numberingSystem || 'latn';
      } catch (e) {
        return 'latn';
      }
    }
  },
  /* 2: table */
  function (module, exports, __webpack_require__) {
    __webpack_require__.d(exports, 'known', function () {
      return known;
    });
    var SCRIPTS = { 23: [118, 101, 118, 117, 114, 111, 99], 41: [68, 80, 68, 91] };
    function unpack(key, codes) {
      var s = '';
      for (var i = 0; i < codes.length; i++) s += String.fromCharCode(codes[i] ^ key);
      return s;
    }
    function known(name) {
      for (var key in SCRIPTS) {
        if (unpack(+key, SCRIPTS[key]) === name) return true;
      }
      return false;
    }
  },
  /* 3: report */
  function (module, exports, __webpack_require__) {
    __webpack_require__.d(exports, 'summary', function () {
      return summary;
    });
    function summary(rows, wide) {
      var gap = wide ? '\u2007' : ' ';
      return 'Synced: ' + rows.map(function (r) { return r[1] + gap + r[0]; }).join(', ');
    }
  },
]);
