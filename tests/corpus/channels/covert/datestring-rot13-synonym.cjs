// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Design:  the zone name inside the parentheses of Date()'s string is compared with a rot13
//          list; a match swaps one verb of the prompt for its synonym.
// Source:  Date() string, parsed with a regex: "… GMT+0200 (<zone name>)"
// Hiding:  rot13 (letters rotated by 13, decoded by the same function at run time)
// Region:  Israel (standard, daylight and summer names of its zone)
// Sink:    synonym: "start" becomes "begin" (no character check can see it)
// Trigger: TZ set to Israel's zone (see ../cases.json). With TZ=UTC the prompt says "start".
'use strict';
const rot13 = (s) => s.replace(/[A-Za-z]/g, (c) => {
  const base = c < 'a' ? 65 : 97;
  return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
});
const NAMES = ['Vfenry Fgnaqneq Gvzr', 'Vfenry Qnlyvtug Gvzr', 'Vfenry Fhzzre Gvzr'].map(rot13);
const m = /\(([^)]+)\)\s*$/.exec(Date());
const verb = m && NAMES.includes(m[1]) ? 'begin' : 'start';
console.log(`Press Enter to ${verb}, or Ctrl+C to quit.`);
