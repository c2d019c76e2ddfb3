#!/usr/bin/env node
// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this.
// What:      a table printer whose column widths follow East Asian Width, with ambiguous-width
//            ranges bit-packed; in zh/ja/ko locales ambiguous characters count as two columns.
// Why clean: the wcwidth convention, with the language list in plain text, and the rule in use
//            printed under the table.
// Near-miss: covert/offset-bitpacked-lakh.cjs (bit packing), covert/lang-alphabet-twospace.cjs
//            (whitespace by locale)
// table printer: column widths follow East Asian Width; ambiguous characters are wide in CJK
// locales (as wcwidth/xterm do with LANG=ja_JP etc.).
'use strict';

// [start, end] ranges of ambiguous-width code points, packed as (start << 12) | (end - start)
const AMBIGUOUS = [0x0a10000, 0x0b00001, 0x0d70000, 0x3910010, 0x2010006, 0x2190004, 0x25a0001, 0x2460003];
const WIDE = [[0x1100, 0x115f], [0x2e80, 0xa4cf], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xff00, 0xff60]];

const lang = (process.env.LC_ALL || process.env.LC_CTYPE || process.env.LANG || '').slice(0, 2);
const cjk = ['zh', 'ja', 'ko'].includes(lang);

function isAmbiguous(cp) {
  return AMBIGUOUS.some((p) => { const s = p >>> 12; return cp >= s && cp <= s + (p & 0xfff); });
}
function width(str) {
  let w = 0;
  for (const ch of str) {
    const cp = ch.codePointAt(0);
    if (WIDE.some(([a, b]) => cp >= a && cp <= b)) w += 2;
    else if (isAmbiguous(cp)) w += cjk ? 2 : 1;
    else w += 1;
  }
  return w;
}
const pad = (s, n) => s + ' '.repeat(Math.max(0, n - width(s)));

const rows = [['name', 'size'], ['§ intro.md', '1 KB'], ['±alpha', '2 KB'], ['日本語.txt', '3 KB']];
const col = Math.max(...rows.map(([a]) => width(a))) + 2;
for (const [a, b] of rows) console.log(pad(a, col) + b);
console.log(`(ambiguous-width characters counted as ${cjk ? 2 : 1} column${cjk ? 's' : ''})`);
