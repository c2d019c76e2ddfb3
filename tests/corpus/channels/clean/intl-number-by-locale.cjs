// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this.
// What:      formats counts with Intl.NumberFormat in the user's default locale.
// Why clean: locale-dependent formatting done openly through Intl, for every locale alike; no list
//            is consulted, nothing is hidden. A Russian locale gets "12 480" because that is how
//            Russian writes numbers, not because anyone is singled out.
// Near-miss: covert/hostname-base36-tld-number.cjs (same visible effect, but chosen by a hidden list)
'use strict';
const nf = new Intl.NumberFormat();
console.log(`Indexed ${nf.format(12480)} files in ${nf.format(2)} folders.`);
