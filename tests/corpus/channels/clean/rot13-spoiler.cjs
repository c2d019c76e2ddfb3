// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this.
// What:      hides puzzle answers with rot13, as forums do, and reveals them on --reveal.
// Why clean: rot-N is used on content the user asked to see, selected by a command-line flag,
//            never compared with the environment.
// Near-miss: covert/datestring-rot13-synonym.cjs, covert/userinfo-rot7-apostrophe.cjs
'use strict';
const rot13 = (s) => s.replace(/[a-z]/gi, (c) => {
  const base = c <= 'Z' ? 65 : 97;
  return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
});
const ANSWER = 'Gur zvffvat cvrpr jnf haqre gur gnoyr.';
console.log(process.argv.includes('--reveal') ? rot13(ANSWER) : `Answer (rot13): ${ANSWER}`);
