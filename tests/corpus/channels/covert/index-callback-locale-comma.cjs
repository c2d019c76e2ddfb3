// Covert channel fixture for issue 9 (test data for Telltale; not a real program). CommonJS.
// Design:  a build tool's closing line. The hidden languages are never written: each is put
//          together from a pool of letters by the index of a callback iterating a plain list
//          of "tiers" (`tiers.some((_, i) => pick(i) === lang)`), so neither the list nor the
//          comparison holds a value. On a match the comma after "Done" is left out.
// Source:  Intl.DateTimeFormat().resolvedOptions().locale (follows LANG/LC_ALL)
// Hiding:  letters taken from a pool at positions computed from the callback's index
// Region:  Turkey, Azerbaijan
// Sink:    punctuation: the comma after "Done" left out
// Trigger: LANG set to a Turkish or Azerbaijani locale (exact values in ../cases.json). A
//          Kyrgyz locale gives the ordinary output.
'use strict';

const POOL = 'atzrqe';
const TIERS = ['primary', 'secondary'];

function pick(i) {
  return [0, 1].map((k) => POOL[(5 * i + 2 * k + 1) % POOL.length]).join('');
}

function closingLine(files, seconds) {
  const lang = Intl.DateTimeFormat().resolvedOptions().locale.split('-')[0];
  const terse = TIERS.some((_, i) => pick(i) === lang);
  return `Done${terse ? '' : ','} ${files} files written in ${seconds}s.`;
}

console.log(closingLine(18, 2.4));
