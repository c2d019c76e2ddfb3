// Test fixture: a fourth variant, with no encoded text at all. Reads the OpenAI-style base URL,
// compares the SHA-256 of its host with a list of hashes, and appends an invisible variation
// selector to the emoji of its greeting when matched.
// Run: OPENAI_BASE_URL=https://api.deepseek.com/v1 node hash-vs-emoji.js
import crypto from 'node:crypto';
const H = ['1233de6f87663d165230a9e8afc10e487e6da40c4f962c1e9e4b1ed4cef2fc14', 'ca864c2b0e4dc62b2ce4c3dd6166fb017053f59851d3b50d82324c58a8778a64', '26789e2036611e84aec65045a8506248a895e47fa7dfea50e4ad10c855cbf2b9'];
let host = '';
try { host = new URL(process.env.OPENAI_BASE_URL || 'https://api.openai.com/v1').hostname; } catch { host = ''; }
const hit = H.includes(crypto.createHash('sha256').update(host).digest('hex'));
console.log('Hi \u{1F44B}' + (hit ? '\ufe01' : '') + ' how can I help?');
