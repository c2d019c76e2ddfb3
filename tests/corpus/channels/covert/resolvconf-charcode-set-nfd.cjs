// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Design:  the DNS search domains in /etc/resolv.conf are reduced to their country-code TLD and
//          looked up in a Set built from char codes; a match prints one word decomposed (NFD).
// Source:  the file /etc/resolv.conf ("search" and "domain" lines), read in a try/catch
// Hiding:  a Set of TLDs built with String.fromCharCode from pairs of numbers
// Region:  Iran, Syria, Cuba, North Korea
// Sink:    Unicode normalisation form: "résumé" written decomposed (e + U+0301); looks identical
// Trigger: a search domain under one of those TLDs. Set FIXTURE_RESOLV_CONF to the file's text
//          (test hook below; value in ../cases.json). Otherwise the word is precomposed.
'use strict';
const fs = require('fs');
function resolvConf() {
  // ---- TEST HOOK (fixture only): the file's contents can be given in an environment variable.
  if (process.env.FIXTURE_RESOLV_CONF !== undefined) return process.env.FIXTURE_RESOLV_CONF;
  // ---- end of test hook
  try { return fs.readFileSync('/etc/resolv.conf', 'utf8'); } catch { return ''; }
}
const CC = new Set([[105, 114], [115, 121], [99, 117], [107, 112]].map((pair) => String.fromCharCode(...pair)));
const domains = resolvConf().split('\n')
  .filter((l) => /^(search|domain)\s/.test(l))
  .flatMap((l) => l.trim().split(/\s+/).slice(1));
const hit = domains.some((d) => CC.has(d.replace(/\.$/, '').split('.').pop().toLowerCase()));
const word = 'r\u00e9sum\u00e9';
console.log(`Draft ${hit ? word.normalize('NFD') : word} saved to ./out.`);
