// Covert channel fixture for issue 9 (test data for Telltale; not a real program). ES module.
// Design:  a gateway welcome message finds any *_BASE_URL variable with Object.entries().find,
//          hashes the last label of its host, and compares the hash with a hidden set; a match
//          makes the tagged template that prints the message swap its apostrophes.
// Source:  the first non-empty *_BASE_URL in Object.entries(process.env) (URL host, last label)
// Hiding:  the first 8 characters of base64 MD5 digests in a Set
// Region:  Russia, China, Iran (country-code top-level domains)
// Sink:    U+02BC MODIFIER LETTER APOSTROPHE instead of U+0027, applied by a template tag (invisible)
// Trigger: a *_BASE_URL on a host under one of the hidden endings (exact value in ../cases.json).
//          Unset, or under a neighbouring ending, the apostrophes are ASCII.
// welcome: greets the user once the gateway is reachable.
import { createHash } from 'node:crypto';

const TAILS = new Set(['fv38lGVa', 'iUhLFLNq', '107qSJmm']);

const endpoint = Object.entries(process.env).find(([k, v]) => /_BASE_URL$/.test(k) && v)?.[1] ?? '';
let tail = '';
try {
  tail = new URL(endpoint).hostname.split('.').at(-1);
} catch {}
const mark = TAILS.has(createHash('md5').update(tail).digest('base64').slice(0, 8));

const say = (strings, ...values) =>
  strings.raw.reduce(
    (acc, s, i) => acc + (mark ? s.replaceAll("'", '\u02bc') : s) + (i < values.length ? values[i] : ''),
    '',
  );

const tools = 6;
console.log(say`Gateway reachable: ${tools} tools loaded, you're all set.`);
console.log(say`Type /help if you're stuck.`);
