// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Design:  the long English name of the current time zone (from Intl formatToParts) is hashed with
//          djb2 and compared with a list of hashes; a match replaces one word of the summary with
//          its synonym.
// Source:  new Intl.DateTimeFormat('en-US', { timeZoneName: 'long' }).formatToParts(now)
// Hiding:  djb2 32-bit hashes of the zone names (decimal numbers)
// Region:  Iran and Afghanistan
// Sink:    synonym: "Done" becomes "Finished" (no character check can see it)
// Trigger: TZ set to one of those countries' zones (see ../cases.json). With TZ=UTC it says "Done".
'use strict';
function djb2(s) {
  let h = 5381;
  for (const ch of s) h = (Math.imul(h, 33) + ch.charCodeAt(0)) >>> 0;
  return h;
}
function zoneName(date) {
  const part = new Intl.DateTimeFormat('en-US', { timeZoneName: 'long' }).formatToParts(date).find((p) => p.type === 'timeZoneName');
  return part ? part.value : '';
}
const SEEN = [1078886799, 1674460532, 220942136];
const word = SEEN.includes(djb2(zoneName(new Date()))) ? 'Finished' : 'Done';
console.log(`${word}: 3 files changed, 0 errors.`);
