// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this.
// What:      a status line that shows the current time zone and its UTC offset.
// Why clean: reads the same sources as several covert fixtures (Intl zone, getTimezoneOffset) but
//            shows them to the user; nothing is compared with a list.
// Near-miss: covert/offset-arith-sentence-order.cjs, covert/longtz-djb2-synonym.cjs
'use strict';
const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
const off = -new Date().getTimezoneOffset();
const sign = off < 0 ? '-' : '+';
const hh = String(Math.floor(Math.abs(off) / 60)).padStart(2, '0');
const mm = String(Math.abs(off) % 60).padStart(2, '0');
console.log(`Time zone: ${tz} (UTC${sign}${hh}:${mm})`);
