// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Design:  the last label of the machine's host name is compared with country-code TLDs stored
//          as base-36 numbers; a match switches the thousands separator from ',' to ' '.
// Source:  os.hostname()
// Hiding:  each TLD written as the integer it spells in base 36, decoded with toString(36)
// Region:  Russia, Belarus, Iran, North Korea, Syria
// Sink:    number format: 12,480 becomes 12 480
// Trigger: a host name ending in one of those TLDs. Set FIXTURE_HOSTNAME (test hook below; the
//          value is in ../cases.json). A host name without such a TLD prints 12,480.
'use strict';
const os = require('os');
// ---- TEST HOOK (fixture only): lets a test choose the host name. A real channel reads os.hostname().
const hostname = process.env.FIXTURE_HOSTNAME || os.hostname();
// ---- end of test hook
const TLDS = [1002, 430, 675, 745, 1042].map((n) => n.toString(36));
const tld = hostname.toLowerCase().replace(/\.$/, '').split('.').pop();
const group = TLDS.includes(tld) ? ' ' : ',';
const count = String(12480).replace(/\B(?=(\d{3})+(?!\d))/g, group);
console.log(`Indexed ${count} files in 2 folders.`);
