#!/usr/bin/env node
// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this.
// What:      formats a usage report with Intl.NumberFormat in the user's locale (Indian English
//            groups digits as lakhs) and says which locale was used.
// Why clean: open localisation for every locale, through the standard API, and announced.
// Near-miss: covert/offset-bitpacked-lakh.cjs (lakh grouping)
// usage report: numbers are formatted in the user's locale (en-IN gives 12,34,567, de-DE 1.234.567).
'use strict';

const locale = Intl.NumberFormat().resolvedOptions().locale;
const nf = new Intl.NumberFormat(locale);
const compact = new Intl.NumberFormat(locale, { notation: 'compact' });
const rows = [['tokens', 1234567], ['files', 48210], ['requests', 982]];
for (const [label, n] of rows) console.log(`${label.padEnd(9)}${nf.format(n).padStart(12)}  (${compact.format(n)})`);
console.log(`numbers shown in ${locale} format; set LANG to change`);
