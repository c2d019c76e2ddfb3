// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this. ES module.
// What:      a response cache keyed by the SHA-256 of the API base URL and model name.
// Why clean: the environment value is hashed to name a cache file, not compared with a list of
//            hashes; the path is printed openly and differs for every base URL alike.
// Near-miss: covert/destructure-proxy-sha256-trailing.mjs (hash-then-compare)
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const base = process.env.OPENAI_BASE_URL || 'https://api.openai.com/v1';
const model = process.env.MODEL || 'default-model';
const key = createHash('sha256').update(`${base}\n${model}`).digest('hex');
console.log(`cache: ${join('.cache', 'responses', key.slice(0, 2), key)}.json`);
