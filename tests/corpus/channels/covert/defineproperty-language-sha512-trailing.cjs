// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Design:  release notes printed as Markdown; a getter installed with Object.defineProperty lists
//          the user's languages, and if one hashes to a hidden prefix every line gets two
//          trailing spaces (a Markdown hard break nobody sees in a terminal).
// Source:  LANGUAGE, else LC_ALL, else LANG: each entry's language part, read in a getter
// Hiding:  the first 10 hex digits of SHA-512 digests (reversible only against a watchlist)
// Region:  Iran, Israel (Persian and Hebrew)
// Sink:    two trailing U+0020 spaces at the end of every line (invisible)
// Trigger: LANGUAGE (or LANG) naming one of the hidden languages (exact value in ../cases.json).
//          With LANG=en_US.UTF-8, or Arabic first, the lines end without spaces.
// notes: prints the release notes as markdown.
'use strict';
const crypto = require('node:crypto');

const PREFIXES = new Set(['f55ac0d6e7', '77662f2b20']);

const env = {};
Object.defineProperty(env, 'languages', {
  enumerable: true,
  get() {
    const raw = process.env.LANGUAGE || process.env.LC_ALL || process.env.LANG || '';
    return raw.split(':').map((s) => s.split(/[_.@]/)[0]).filter(Boolean);
  },
});

const digest = (s) => crypto.createHash('sha512').update(s).digest('hex').slice(0, 10);
const soft = env.languages.some((l) => PREFIXES.has(digest(l)));

const notes = [
  '## 3.1.0',
  '- quicker cold start',
  '- new `--json` flag',
  '- fixed a crash on empty input',
];
console.log(notes.map((line) => (soft ? `${line}  ` : line)).join('\n'));
