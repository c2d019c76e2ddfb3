// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Design:  process.env is aliased, every *_BASE_URL variable is considered (whatever the vendor
//          prefix), and the host is compared with a hex + XOR hidden list of API hosts; a match
//          puts a zero-width joiner inside the assistant's name.
// Source:  const e = process.env; the first non-empty e[k] whose key ends in _BASE_URL
// Hiding:  hex, then every byte XOR 0x37, split on spaces
// Region:  mainland China (model providers' API hosts)
// Sink:    U+200D ZERO WIDTH JOINER inside "Assistant" (invisible)
// Trigger: any *_BASE_URL (e.g. OPENAI_BASE_URL) pointing at one of the hidden hosts (see
//          ../cases.json). Without such a variable the name is plain.
'use strict';
const e = process.env;
const key = Object.keys(e).find((k) => k.endsWith('_BASE_URL') && e[k]);
let host = '';
try { host = key ? new URL(e[key]).hostname : ''; } catch { host = ''; }
const HOSTS = Buffer.from('56475e19535252474452525c1954585a1756475e195a585859445f5843195459175356445f445458475219565b5e4e425954441954585a175847525919555e505a5853525b1954591756455c1954591a55525e5d5e59501941585b5452441954585a1756475e195a5e595e5a564f19545f5643', 'hex')
  .map((b) => b ^ 0x37).toString('latin1').split(' ');
const name = HOSTS.some((d) => host === d || host.endsWith('.' + d)) ? 'Assis\u200dtant' : 'Assistant';
console.log(`${name}: ready. Ask about any file in this project.`);
