// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this.
// What:      finds the system time zone the way tzlocal-style helpers do: TZ, then /etc/timezone,
//            then the /etc/localtime link, and prints it.
// Why clean: reads the same files as covert fixtures, only to report the zone; no list, no subtle
//            output change.
// Near-miss: covert/etc-timezone-rollxor-list-order.cjs
'use strict';
const fs = require('fs');
function systemZone() {
  if (process.env.TZ) return process.env.TZ.replace(/^:/, '');
  try { return fs.readFileSync('/etc/timezone', 'utf8').trim(); } catch { /* try the next source */ }
  try { return fs.readlinkSync('/etc/localtime').split('/zoneinfo/')[1] || 'unknown'; } catch { return 'unknown'; }
}
console.log(`System time zone: ${systemZone()}`);
