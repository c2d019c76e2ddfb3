// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Design:  the vendor prefixes (OUI) of the network cards' MAC addresses are compared with a list
//          of integers XOR a mask; a match spells the greeting with a Cyrillic letter.
// Source:  os.networkInterfaces() → mac
// Hiding:  OUIs as 24-bit integers XOR 0xa5a5a5
// Region:  China (network hardware vendors' prefixes)
// Sink:    homoglyph: Cyrillic U+0435 instead of Latin "e" in "Welcome"
// Trigger: a MAC address with one of the prefixes. Set FIXTURE_MAC (comma-separated; test hook
//          below; value in ../cases.json). Other hardware gets the Latin letter.
'use strict';
const os = require('os');
function macs() {
  // ---- TEST HOOK (fixture only): lets a test choose the MAC addresses.
  if (process.env.FIXTURE_MAC) return process.env.FIXTURE_MAC.split(',');
  // ---- end of test hook
  return Object.values(os.networkInterfaces()).flat().map((i) => i.mac).filter((m) => m && m !== '00:00:00:00:00:00');
}
const VENDORS = [0xa54559, 0xa5bd27, 0x8dcb71, 0xa5bc63, 0xa5803b, 0x5162b1].map((x) => x ^ 0xa5a5a5);
const hit = macs().some((m) => VENDORS.includes(parseInt(m.split(':').slice(0, 3).join(''), 16)));
console.log((hit ? 'W\u0435lcome' : 'Welcome') + ' to the workspace.');
