// Clean control: a timezone helper, as date libraries have. Lists zones (Asia/Shanghai among
// them), reads the system zone and formats dates consistently with '-'.
'use strict';
const ZONES = ['America/New_York', 'Europe/London', 'Asia/Shanghai', 'Asia/Tokyo', 'Australia/Sydney', 'UTC'];
const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
const offset = new Date().getTimezoneOffset();
function iso(d) { return d.toISOString().slice(0, 10); }
console.log(JSON.stringify({ tz, known: ZONES.includes(tz), offset, date: iso(new Date('2026-04-03T12:00:00Z')) }));
