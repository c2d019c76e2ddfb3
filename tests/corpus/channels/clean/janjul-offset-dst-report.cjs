// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this.
// What:      reads the UTC offset on 1 January and 1 July with a reduce and reports the zone, its
//            standard offset and whether daylight saving time is observed.
// Why clean: the offsets are compared only with each other, never with a list, and everything
//            derived from them is printed with a label.
// Near-miss: covert/offset-arith-sentence-order.cjs, covert/histoffset-pairmap-nbhyphen.cjs
//            (same getTimezoneOffset source, compared with hidden offsets there)
// tzinfo: reports the local UTC offset and whether daylight saving time is observed this year.
'use strict';

const year = new Date().getFullYear();
const span = [0, 6].reduce(
  (acc, month) => {
    const east = -new Date(year, month, 1).getTimezoneOffset();
    return { lo: Math.min(acc.lo, east), hi: Math.max(acc.hi, east) };
  },
  { lo: Infinity, hi: -Infinity }
);
const fmt = (m) => `UTC${m < 0 ? '-' : '+'}${String(Math.floor(Math.abs(m) / 60)).padStart(2, '0')}:${String(Math.abs(m) % 60).padStart(2, '0')}`;
console.log(`Zone:     ${Intl.DateTimeFormat().resolvedOptions().timeZone}`);
console.log(`Standard: ${fmt(span.lo)}`);
console.log(`DST:      ${span.lo === span.hi ? 'not observed' : fmt(span.hi)}`);
