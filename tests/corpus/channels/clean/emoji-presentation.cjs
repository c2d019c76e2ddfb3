// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this.
// What:      forces emoji presentation by appending U+FE0F to symbols that default to text style.
// Why clean: a variation selector added to every such symbol for every user; no environment input.
// Near-miss: covert/closure-cache-regex-vs16.cjs (VS16 added only for one region)
'use strict';
const TEXT_DEFAULT = /([\u2714\u2764\u2600\u263a])(?!\ufe0f)/g;
const emojify = (s) => s.replace(TEXT_DEFAULT, '$1\ufe0f');
console.log(emojify('\u2714 Connected to the workspace.'));
