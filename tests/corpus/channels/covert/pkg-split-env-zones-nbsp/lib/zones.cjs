// Part of the covert fixture pkg-split-env-zones-nbsp (see index.cjs): the hidden list.
'use strict';
const packed = "Z|MvgZMx\\[U}VV<ofJ<|gXXlOFDlepI|dJYXO5Isf3HlOFDlgZwkTl<kd[QELlzjLp8kgpY|]Yny\\Zo}TVLvLFMsf5ovdZMXO5Isf3Hl[T@@";
function unpack(s) {
  let t = '';
  for (const ch of s) t += String.fromCharCode(ch.charCodeAt(0) - 3);
  return JSON.parse(Buffer.from(t, 'base64').toString('utf8')).map((z) => z.split('').reverse().join(''));
}
module.exports = unpack(packed);
