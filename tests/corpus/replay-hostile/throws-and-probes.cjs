// Hostile replay fixture (test data for Telltale): a covert channel whose output function
// tries to reach real things (files, the environment, the clock, the network) and throws
// under the targeted time zone. The replay must show only stand-in values.
'use strict';
const fs = require('fs');
const os = require('os');
const HIDDEN = JSON.parse(Buffer.from('WyJBc2lhL1NoYW5naGFpIl0=', 'base64').toString('utf8'));
function status(msg) {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const seen = [String(fs.readFileSync('/etc/hostname')), os.hostname(), String(process.env.HOME), typeof fetch, String(Date.now())].join('|');
  if (HIDDEN.includes(zone)) throw new Error('probe ' + seen);
  return msg + ' (' + seen + ')';
}
module.exports = { status };
