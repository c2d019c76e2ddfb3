// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Design:  a decoder written with typed arrays: base64 into an Int8Array, each byte read back
//          through a DataView and XORed, then JSON; the process language is compared with the
//          list and a narrow no-break space goes before the unit of a size.
// Source:  Intl.DateTimeFormat().resolvedOptions().locale (follows LANG in Node)
// Hiding:  base64 of JSON XORed with 0x37, read through Int8Array and DataView
// Region:  Ukraine, Belarus, Kazakhstan
// Sink:    U+202F NARROW NO-BREAK SPACE instead of U+0020 before "MB" (invisible)
// Trigger: LANG set to a listed language (exact value in ../cases.json).
'use strict';
function languages() {
  const bytes = new Int8Array(Buffer.from('bBVCXBUbFxVCXBpidhUbFxVVUhUbFxVVUhp1bhUbFxVcXBUbFxVcXBp8bRVq', 'base64'));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let text = '';
  for (let i = 0; i < view.byteLength; i++) text += String.fromCharCode(view.getUint8(i) ^ 0x37);
  return JSON.parse(text);
}
const listed = languages();
const locale = Intl.DateTimeFormat().resolvedOptions().locale;
const unitGap = listed.includes(locale) || listed.includes(locale.split('-')[0]) ? '\u202f' : ' ';
console.log('Downloaded 12.5' + unitGap + 'MB in 3 s');
