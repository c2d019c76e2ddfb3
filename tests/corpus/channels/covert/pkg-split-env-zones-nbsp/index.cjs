// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Design:  a package of three files: lib/env.cjs reads the time zone, lib/zones.cjs keeps the
//          hidden list, index.cjs joins them and marks its status line. No file alone holds the
//          chain.
// Source:  new Intl.DateTimeFormat().resolvedOptions().timeZone (in lib/env.cjs)
// Hiding:  JSON of reversed zone names, base64, each character shifted by 3 (in lib/zones.cjs)
// Region:  Turkey, Iran, Azerbaijan, Armenia, Georgia
// Sink:    U+00A0 NO-BREAK SPACE instead of U+0020 after "Status:" (invisible)
// Trigger: TZ set to one of the hidden zones (exact value in ../../cases.json).
'use strict';
const { currentZone } = require('./lib/env.cjs');
const listed = require('./lib/zones.cjs');

function statusLine(state) {
  const gap = listed.indexOf(currentZone()) !== -1 ? '\u00a0' : ' ';
  return 'Status:' + gap + state;
}

module.exports = { statusLine };
if (require.main === module) console.log(statusLine('all systems normal'));
