// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Design:  the time zone read through Intl is looked up in a base64-hidden JSON list; when it is on
//          the list, one space of the ready line becomes a no-break space.
// Source:  Intl.DateTimeFormat().resolvedOptions().timeZone
// Hiding:  base64 of a JSON array, decoded with Buffer.from(…, 'base64') and JSON.parse
// Region:  Russia and Belarus (nine of their IANA zones)
// Sink:    U+00A0 NO-BREAK SPACE instead of U+0020 between "when" and "you" (invisible)
// Trigger: TZ set to one of the hidden zones (exact value in ../cases.json, kept out of this file so
//          the list appears here only encoded). With TZ=UTC the line has ordinary spaces.
'use strict';
const ZONES = JSON.parse(Buffer.from('WyJFdXJvcGUvTW9zY293IiwiRXVyb3BlL01pbnNrIiwiRXVyb3BlL0thbGluaW5ncmFkIiwiRXVyb3BlL1NhbWFyYSIsIkV1cm9wZS9Wb2xnb2dyYWQiLCJFdXJvcGUvU2ltZmVyb3BvbCIsIkFzaWEvWWVrYXRlcmluYnVyZyIsIkFzaWEvTm92b3NpYmlyc2siLCJBc2lhL1ZsYWRpdm9zdG9rIl0=', 'base64').toString('utf8'));
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const gap = ZONES.includes(zone) ? '\u00a0' : ' ';
console.log(`Ready when${gap}you are. Type a message and press Enter.`);
