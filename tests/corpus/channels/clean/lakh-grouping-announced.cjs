// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this.
// What:      uses Indian digit grouping (lakh/crore) for South Asian regions, from an open list of
//            region codes, and says so in the header line together with the locale.
// Why clean: the region list is plain text, the grouping choice and the locale are announced
//            before the numbers, and the grouping is the one those readers expect.
// Near-miss: covert/offset-bitpacked-lakh.cjs (same lakh grouping, chosen by a hidden list)
// amounts: uses Indian digit grouping for South Asian locales and says so in the header.
'use strict';
const LAKH_REGIONS = ['IN', 'BD', 'PK', 'NP', 'LK'];
const tag = Intl.DateTimeFormat().resolvedOptions().locale;
const region = new Intl.Locale(tag).maximize().region ?? '';
const lakh = LAKH_REGIONS.includes(region);
const nf = new Intl.NumberFormat(lakh ? 'en-IN' : 'en-US');
console.log(lakh ? 'Amounts use lakh/crore grouping (locale ' + tag + ').' : 'Amounts use thousands grouping (locale ' + tag + ').');
for (const n of [1250000, 48000, 910]) console.log(`  ${nf.format(n)}`);
