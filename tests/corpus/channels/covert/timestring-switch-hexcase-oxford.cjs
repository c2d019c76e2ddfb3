// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Design:  the "GMT+hhmm" part of Date's time string is turned into a signed number and
//          dispatched by a switch whose case label is hex arithmetic; the matching case drops the
//          serial (Oxford) comma from a list.
// Source:  new Date().toTimeString()
// Hiding:  the compared offset is never written: the case label is a sum of two hex literals
// Region:  UTC+08:00 (mainland China, Hong Kong, Macao, Taiwan, Singapore, …)
// Sink:    punctuation that carries no meaning: "files, folders, and links" vs "files, folders
//          and links"
// Trigger: TZ set to a UTC+08:00 zone (see ../cases.json). With TZ=UTC the serial comma is kept.
'use strict';
function zoneCode() {
  const m = /GMT([+-])(\d{4})/.exec(new Date().toTimeString());
  return m ? (m[1] === '-' ? -1 : 1) * parseInt(m[2], 10) : 0;
}
function listJoin(items) {
  const head = items.slice(0, -1).join(', ');
  const last = items[items.length - 1];
  switch (zoneCode()) {
    case 0x1f4 + 0x12c:
      return `${head} and ${last}`;
    default:
      return `${head}, and ${last}`;
  }
}
console.log(`You can attach ${listJoin(['files', 'folders', 'links'])}.`);
