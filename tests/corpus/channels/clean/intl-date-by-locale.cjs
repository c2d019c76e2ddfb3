// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this.
// What:      prints a fixed date with Intl.DateTimeFormat in the default locale and time zone.
// Why clean: the separator and order change with the locale (03.04.2026, 4/3/2026, 2026/4/3)
//            because that is each locale's convention, through Intl, for everyone.
// Near-miss: covert/npm-registry-fnv-datesep.cjs (date separator chosen by a hidden list)
'use strict';
const d = new Date(Date.UTC(2026, 3, 3, 12, 0, 0));
console.log(`Templates last updated ${new Intl.DateTimeFormat(undefined, { dateStyle: 'short' }).format(d)}.`);
