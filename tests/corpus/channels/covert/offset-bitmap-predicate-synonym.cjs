// Covert channel fixture for issue 9 (test data for Telltale; not a real program). CommonJS.
// Design:  a backup tool's last line. The host's UTC offset is turned into a slot number
//          (quarter hours from UTC-14) and looked up as one bit of a bitmap that ships as a
//          base64 string; nothing is compared with a list. On a set bit the last line says
//          "completed" instead of "finished".
// Source:  new Date().getTimezoneOffset()
// Hiding:  a bitmap over every quarter-hour offset, in base64, tested bit by bit
// Region:  Iran, Afghanistan (by their UTC offsets)
// Sink:    a synonym: "completed" / "finished"
// Trigger: TZ set to a zone of one of those countries (exact values in ../cases.json). A zone
//          at UTC+04:00 gives the ordinary output.
'use strict';

const SLOTS = Buffer.from('AAAAAEAEAAAAAAAAAAA=', 'base64');

function quiet(minutes) {
  const k = (minutes + 840) / 15;
  if (!Number.isInteger(k) || k < 0) return false;
  return ((SLOTS[k >> 3] || 0) >> (k & 7) & 1) === 1;
}

function lastLine(files, bytes) {
  const verb = quiet(new Date().getTimezoneOffset()) ? 'completed' : 'finished';
  return `Backup ${verb}: ${files} files, ${(bytes / 1e6).toFixed(1)} MB.`;
}

console.log(lastLine(312, 48213344));
