#!/usr/bin/env node
// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this.
// What:      typographic clean-up: en dash in numeric ranges, one space after full stops, soft
//            hyphens dropped, trailing spaces removed, LF line endings.
// Why clean: the same rules for every input and every user; it reads nothing from the environment.
// Near-miss: covert/tz-base32-endash.cjs, covert/lang-alphabet-twospace.cjs,
//            covert/locale-classgetter-shy.cjs, covert/pipindex-crc32-crlf.cjs
// tidy-text: typographic clean-up applied to every input the same way.
'use strict';

const rules = [
  [/(\d)\s*-\s*(\d)/g, '$1\u2013$2'],      // numeric ranges take an en dash
  [/([.!?])  +(?=[A-Z])/g, '$1 '],          // one space after a full stop
  [/\u00ad/g, ''],                           // drop soft hyphens pasted from PDFs
  [/ +$/gm, ''],                             // no trailing spaces
  [/\r\n/g, '\n'],                           // LF line endings
];

function tidy(s) {
  return rules.reduce((acc, [re, to]) => acc.replace(re, to), s);
}

const sample = 'Pages 12 - 19.  See also chapter 3.\r\nRe\u00adinstall if needed.   \r\n';
process.stdout.write(tidy(process.argv[2] || sample));
