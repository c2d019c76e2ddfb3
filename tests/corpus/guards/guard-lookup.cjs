// Clean near-miss (test data for Telltale): a time zone lookup returns early when the zone is
// one it knows and throws for an unknown one; the early return carries a value, so nothing
// after it is an act aimed at one region's users.
'use strict';
const SPECIAL = { 'australia/lord_howe': 630, 'antarctica/troll': 0 };
function offsetOf(zone) {
  const z = String(zone || Intl.DateTimeFormat().resolvedOptions().timeZone).toLowerCase();
  if (z === 'australia/lord_howe' || z === 'antarctica/troll') return SPECIAL[z];
  if (z === 'utc') return 0;
  throw new Error('Unknown time zone: ' + z);
}
try { console.log(offsetOf()); } catch (e) { console.log(e.message); }
