// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this.
// What:      chooses the usual day/month order for the user's time zone from an open Map of zone
//            names and prints the style it used, with the zone, before the date.
// Why clean: the zone table is plain text, the choice and the zone are printed, and a date order
//            change is announced on the line above it.
// Near-miss: covert/calendar-notbytes-dateorder.mjs (date order), covert/switchtrue-longzone-vigenere-figurepad.cjs
//            (same zones)
// dates: chooses the usual day/month order for the user's zone and prints which it used.
'use strict';
const ORDER_BY_ZONE = new Map([
  ['Europe/Moscow', { order: 'dmy', sep: '.', label: 'day.month.year' }],
  ['Europe/Istanbul', { order: 'dmy', sep: '.', label: 'day.month.year' }],
  ['Asia/Tehran', { order: 'ymd', sep: '/', label: 'year/month/day' }],
  ['America/Sao_Paulo', { order: 'dmy', sep: '/', label: 'day/month/year' }],
  ['Asia/Kolkata', { order: 'dmy', sep: '-', label: 'day-month-year' }],
]);
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const style = ORDER_BY_ZONE.get(zone) ?? { order: 'ymd', sep: '-', label: 'ISO year-month-day' };
const fmt = (y, m, d) => {
  const p = { y: String(y), m: String(m).padStart(2, '0'), d: String(d).padStart(2, '0') };
  return [...style.order].map((k) => p[k]).join(style.sep);
};
console.log(`Date style: ${style.label} (time zone ${zone})`);
console.log(`Next release: ${fmt(2024, 6, 3)}`);
