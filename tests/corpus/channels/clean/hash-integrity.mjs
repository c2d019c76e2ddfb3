// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this. ES module.
// What:      checks an embedded asset against its SHA-256 digest (subresource-integrity style).
// Why clean: a hash compared with a digest of the program's own data, not of the environment.
// Near-miss: covert/destructure-proxy-sha256-trailing.mjs (hash-then-compare on a proxy host)
import { createHash } from 'node:crypto';

const ASSET = 'body{margin:0;font-family:system-ui,sans-serif}';
const INTEGRITY = 'sha256-' + createHash('sha256').update(ASSET).digest('base64');
const check = (data, sri) => 'sha256-' + createHash('sha256').update(data).digest('base64') === sri;
console.log(`style.css integrity ${check(ASSET, INTEGRITY) ? 'ok' : 'FAILED'} (${INTEGRITY.slice(0, 19)}…)`);
