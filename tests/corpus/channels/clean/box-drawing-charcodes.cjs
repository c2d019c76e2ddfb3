// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this.
// What:      draws a table border with String.fromCharCode arithmetic over the box-drawing block.
// Why clean: char-code arithmetic producing drawing characters, the same for everyone; no
//            environment input and no comparison.
// Near-miss: covert/execsync-locale-indexshift-thinspace.cjs, covert/replace-callback-bits-nbsp.mjs
'use strict';
const B = 0x2500;
const h = String.fromCharCode(B), v = String.fromCharCode(B + 2);
const [tl, tr, bl, br] = [0x0c, 0x10, 0x14, 0x18].map((o) => String.fromCharCode(B + o));
const cell = ' 3 files changed ';
console.log([tl + h.repeat(cell.length) + tr, v + cell + v, bl + h.repeat(cell.length) + br].join('\n'));
