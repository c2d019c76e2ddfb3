// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this.
// What:      verifies a firmware block written in hex with an XOR checksum byte, as device tools do.
// Why clean: hex and XOR over binary data with no environment input; the result is printed.
// Near-miss: covert/alias-env-baseurl-hexxor-zwj.cjs (hex then XOR)
'use strict';
const BLOCK = Buffer.from('0a1b2c3d4e5f60718293a4b5c6d7e83c', 'hex');
const EXPECTED = 0xc5;
const sum = BLOCK.reduce((acc, b) => acc ^ b, 0);
console.log(`block ${BLOCK.length} bytes, xor 0x${sum.toString(16).padStart(2, '0')}: ${sum === EXPECTED ? 'ok' : 'mismatch'}`);
