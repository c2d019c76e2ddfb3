// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this. ES module.
// What:      spreads downloads over four mirrors by a Math.imul hash of the host name and prints
//            the chosen mirror and the host it was chosen for.
// Why clean: the hash only picks a slot from an open list of mirrors, it is compared with no
//            hidden value, and the choice and the host are printed.
// Near-miss: covert/hostname-imul-keyorder.mjs (same HOSTNAME source, same Math.imul mix)
// fetch-shard: spreads download load over mirrors by hashing the host name; the chosen mirror is printed.
import os from 'node:os';

const MIRRORS = ['https://m0.example.org', 'https://m1.example.org', 'https://m2.example.org', 'https://m3.example.org'];
const host = process.env.HOSTNAME || os.hostname();
const mix = (s) => [...s].reduce((a, c) => (Math.imul(a, 31) + c.charCodeAt(0)) >>> 0, 7);
const mirror = MIRRORS[mix(host) % MIRRORS.length];
console.log(`Using mirror ${mirror} (shard for ${host})`);
console.log('Downloading 3 files...');
