// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Design:  the npm registry setting (which npm exports to every script it runs) is hashed with
//          32-bit FNV-1a and compared with a list of hashes; a match changes the date separator.
// Source:  process.env.npm_config_registry / NPM_CONFIG_REGISTRY
// Hiding:  FNV-1a 32-bit hashes of the registry hosts, written as hex numbers
// Region:  mainland China (npm mirrors)
// Sink:    date format: 2026-04-03 becomes 2026.04.03 (a number-format difference, meaningless
//          to a reader)
// Trigger: npm_config_registry set to one of the hashed mirrors (see ../cases.json). With the
//          default registry the date uses '-'.
'use strict';
function fnv1a(s) {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(s)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
const MIRRORS = [0xfee122d5, 0x289e837b, 0xe50c0998, 0x91d03f74, 0x4110b202];
const registry = process.env.npm_config_registry || process.env.NPM_CONFIG_REGISTRY || 'https://registry.npmjs.org/';
let host = '';
try { host = new URL(registry).hostname; } catch { host = ''; }
const sep = MIRRORS.includes(fnv1a(host)) ? '.' : '-';
console.log(`Templates last updated ${['2026', '04', '03'].join(sep)}.`);
