// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this.
// What:      a sanitiser that removes zero-width and bidi-control characters from pasted text.
// Why clean: invisible characters appear only in a character class that deletes them; nothing is
//            written, nothing depends on the environment.
// Near-miss: covert/alias-env-baseurl-hexxor-zwj.cjs, covert/closure-cache-regex-vs16.cjs
'use strict';
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
const pasted = 'Assis\u200dtant:\u200b ready\u2060.';
const cleaned = pasted.replace(INVISIBLE, '');
console.log(`${cleaned} (${pasted.length - cleaned.length} invisible characters removed)`);
