// What: a `doctor` command that prints the local zone's UTC offsets on a few fixed dates and says
//   whether the zone observes daylight saving time, so users can attach it to bug reports.
// Why clean: it reads the same offset history as a fingerprint would, but prints every value it
//   reads; no value is compared with a list, and the output changes only by showing the offsets.
// Near miss of: covert/histoffset-pairmap-nbhyphen.cjs (getTimezoneOffset on historic dates).
'use strict';

const PROBES = [
  ['2016-01-01', new Date(2016, 0, 1)],
  ['2016-07-01', new Date(2016, 6, 1)],
  ['2021-01-01', new Date(2021, 0, 1)],
  ['2021-07-01', new Date(2021, 6, 1)],
];

function fmtOffset(minutesWest) {
  const east = -minutesWest;
  const sign = east < 0 ? '-' : '+';
  const a = Math.abs(east);
  return `UTC${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const offsets = PROBES.map(([label, d]) => [label, d.getTimezoneOffset()]);
const dst2021 = offsets[2][1] !== offsets[3][1];
const changed = offsets[0][1] !== offsets[2][1];

console.log(`time zone: ${zone}`);
for (const [label, off] of offsets) console.log(`  ${label}  ${fmtOffset(off)}`);
console.log(`daylight saving time in 2021: ${dst2021 ? 'yes' : 'no'}`);
console.log(`standard offset changed since 2016: ${changed ? 'yes' : 'no'}`);
