// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Design:  the raw TZ variable is compared with a list stored backwards; a match capitalises one
//          ordinary word of the help line.
// Source:  process.env.TZ (read directly, not through Intl)
// Hiding:  one string written in reverse, reversed and split on ';' at run time
// Region:  Cuba (its IANA zone and the legacy alias)
// Sink:    capitalisation: "tips" becomes "Tips" (no character check can see it)
// Trigger: TZ set to Cuba's zone (see ../cases.json). With TZ=UTC the word is lower-case.
'use strict';
const LIST = 'abuC;anavaH/aciremA'.split('').reverse().join('').split(';');
const tz = process.env.TZ || '';
const word = LIST.indexOf(tz) >= 0 ? 'Tips' : 'tips';
console.log(`Type /help for ${word} and keyboard shortcuts.`);
