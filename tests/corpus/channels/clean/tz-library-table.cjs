// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this.
// What:      a timezone helper with a table of zones and their standard offsets (Asia/Shanghai,
//            Europe/Moscow, Asia/Tehran, Asia/Pyongyang among them), as date libraries ship.
// Why clean: the table is plain data for everyone; the current zone is only looked up to print
//            its offset, visibly. No output is altered by region.
// Near-miss: covert/offset-arith-sentence-order.cjs, covert/tz-intl-b64-nbsp.cjs
'use strict';
const ZONES = {
  UTC: 0, 'Europe/London': 0, 'Europe/Berlin': 60, 'Asia/Jerusalem': 120, 'Europe/Moscow': 180,
  'Europe/Minsk': 180, 'Europe/Istanbul': 180, 'Asia/Tehran': 210, 'Asia/Kabul': 270, 'Asia/Kolkata': 330,
  'Asia/Shanghai': 480, 'Asia/Urumqi': 360, 'Asia/Pyongyang': 540, 'Asia/Tokyo': 540,
  'America/Havana': -300, 'America/New_York': -300, 'America/Los_Angeles': -480,
};
function fmt(min) {
  const sign = min < 0 ? '-' : '+';
  const a = Math.abs(min);
  return `UTC${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}
const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
const known = Object.prototype.hasOwnProperty.call(ZONES, tz);
console.log(`Time zone ${tz}: ${known ? 'standard offset ' + fmt(ZONES[tz]) : 'not in table'} (${Object.keys(ZONES).length} zones known)`);
