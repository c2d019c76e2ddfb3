// Covert channel fixture for issue 9 (test data for Telltale; not a real program). ES module.
// Design:  a status printer built on node:events. A 'zone' listener compares the Intl time zone
//          with a base64-hidden list; on a match it swaps the character that ends each sentence,
//          and the 'report' listener prints with that character.
// Source:  Intl.DateTimeFormat().resolvedOptions().timeZone, passed through EventEmitter#emit
// Hiding:  base64 of a comma-joined list, decoded with atob and split on ','
// Region:  Uzbekistan, Tajikistan, Kyrgyzstan, Turkmenistan (five IANA zones)
// Sink:    U+2024 ONE DOT LEADER instead of U+002E FULL STOP at the end of both lines (invisible)
// Trigger: TZ set to one of the hidden zones (exact value in ../cases.json). With TZ=UTC, or the
//          neighbouring Kazakh zone, the lines end with an ordinary full stop.
// status: prints today's date and the number of queued jobs.
import { EventEmitter } from 'node:events';

const WATCH = atob('QXNpYS9UYXNoa2VudCxBc2lhL1NhbWFya2FuZCxBc2lhL0R1c2hhbmJlLEFzaWEvQmlzaGtlayxBc2lhL0FzaGdhYmF0').split(',');
const bus = new EventEmitter();
let stop = '.';

bus.on('zone', (tz) => {
  if (WATCH.includes(tz)) stop = '\u2024';
});
bus.on('report', ({ date, jobs }) => {
  console.log(`Today's date is ${date}${stop}`);
  console.log(`${jobs} jobs are queued${stop}`);
});

bus.emit('zone', Intl.DateTimeFormat().resolvedOptions().timeZone);
bus.emit('report', { date: '2026-04-01', jobs: 3 });
