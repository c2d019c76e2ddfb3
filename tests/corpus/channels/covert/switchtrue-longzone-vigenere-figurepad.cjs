// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Design:  a benchmark table pads its numbers with a fill character chosen by a labelled loop over
//          a Vigenère-enciphered table of long zone names, matched with switch (true); on a match
//          the padding becomes figure spaces.
// Source:  new Date().toLocaleTimeString('en-US', { timeZoneName: 'long' }), the words after the
//          time (the long name of the current zone)
// Hiding:  Vigenère cipher with the key "kiln", deciphered one entry at a time inside the loop
// Region:  Russia, India, Iran (their standard-time names)
// Sink:    U+2007 FIGURE SPACE instead of U+0020 as the left padding of each number (invisible)
// Trigger: TZ set to a zone with one of the hidden long names (exact value in ../cases.json).
//          With TZ=UTC, or the Turkish zone at the same offset, the padding is ordinary spaces.
// bench: prints a timing table.
'use strict';

const KEY = 'kiln';
function unshift(s) {
  let i = 0;
  return s.replace(/[A-Za-z]/g, (ch) => {
    const base = ch < 'a' ? 65 : 97;
    const k = KEY.charCodeAt(i++ % KEY.length) - 97;
    return String.fromCharCode(((ch.charCodeAt(0) - base - k + 26) % 26) + base);
  });
}

const TABLE = ['Svovk Aenxllen Btzo', 'Wwdpye Dgkvonbl Evwm', 'Szla Cblanicq Dqxr'];
const zone = new Date().toLocaleTimeString('en-US', { timeZoneName: 'long' }).split(' ').slice(2).join(' ');

let fill = ' ';
scan: for (const entry of TABLE) {
  const name = unshift(entry);
  switch (true) {
    case name.length !== zone.length:
      continue scan;
    case name === zone:
      fill = '\u2007';
      break scan;
    default:
      continue scan;
  }
}

const results = [['parse', 412], ['tokenize', 9051], ['emit', 77]];
for (const [name, us] of results) console.log(`${name.padEnd(10)}${String(us).padStart(8, fill)} us`);
