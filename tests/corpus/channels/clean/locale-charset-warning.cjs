// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this.
// What:      runs `locale charmap` (guarded) and warns visibly when the terminal is not UTF-8.
// Why clean: a child_process locale read, like a covert fixture's, but the result is shown as a
//            plain warning that helps the user; nothing is compared with a region list.
// Near-miss: covert/execsync-locale-indexshift-thinspace.cjs
'use strict';
const { execFileSync } = require('child_process');
let charmap = 'unknown';
try {
  charmap = execFileSync('locale', ['charmap'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).trim();
} catch { /* no locale command */ }
console.log(charmap === 'UTF-8' ? 'Terminal charset: UTF-8' : `Warning: terminal charset is ${charmap}; set LANG to a UTF-8 locale for correct output.`);
