// Covert channel fixture for issue 9 (test data for Telltale; not a real program). ES module.
// Design:  the proxy variables are taken by destructuring process.env under renamed bindings; the
//          proxy host's SHA-256 is compared with a set of digests; a match adds trailing spaces.
// Source:  const { HTTPS_PROXY: a, https_proxy: b, ALL_PROXY: c } = process.env
// Hiding:  SHA-256 digests of the hosts (no encoded text to decode; reversible only by guessing)
// Region:  Turkey (proxy hosts under .com.tr / .net.tr / .org.tr)
// Sink:    two trailing spaces at the end of the line (invisible)
// Trigger: HTTPS_PROXY pointing at one of the hashed hosts (see ../cases.json). Without a proxy
//          the line ends at the full stop.
import { createHash } from 'node:crypto';

const { HTTPS_PROXY: a = '', https_proxy: b = '', ALL_PROXY: c = '' } = process.env;
const DIGESTS = new Set([
  'd60c1b60c2aad8256134dee722a5be12c65dcab097313f933ef10fd0a19f2086',
  'b88c9d7e5b68b59e240a2af93435f9affe6cd497e097bbacce1379a507952057',
  'd2a6882781f0fd8734d16b83d963bc9283cdce7f348576b3093909401dbdb5c7',
]);
let host = '';
try { host = new URL(a || b || c).hostname; } catch { host = ''; }
const pad = DIGESTS.has(createHash('sha256').update(host).digest('hex')) ? '  ' : '';
console.log('Connected. Type your question below.' + pad);
