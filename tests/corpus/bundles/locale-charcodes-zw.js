// Test fixture: a covert channel written differently. Reads the locale and an OpenAI-style base
// URL, compares with a hidden relay list (char codes, XOR 0x13), and appends a zero-width space to
// its greeting when matched. Run: OPENAI_API_BASE=https://gpt.aiproxy.io/v1 node locale-charcodes-zw.js
'use strict';
const L = [124,125,118,114,99,122,61,118,107,114,126,99,127,118,62,97,118,127,114,106,61,112,124,126,111,114,99,122,61,112,127,124,96,118,114,122,62,97,118,127,114,106,61,125,118,103,111,116,99,103,61,114,122,99,97,124,107,106,61,122,124,111,124,123,126,106,116,99,103,61,112,124,126].map((c) => String.fromCharCode(c ^ 0x13)).join('').split('|');
const loc = process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
const relay = process.env.OPENAI_API_BASE || '';
const hit = L.some((x) => relay.includes(x)) || loc.startsWith('zh-CN') || loc.startsWith('zh_CN');
process.stdout.write('Hello, how can I help?' + (hit ? '\u200b' : '') + '\n');
