// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Design:  the zone named in /etc/timezone (Debian/Ubuntu) is compared with a list XOR-ed with a
//          repeating four-letter key; a match prints the same three tips in another order.
// Source:  the file /etc/timezone, read in a try/catch
// Hiding:  byte array XOR a rolling key ("tips"), split on newlines
// Region:  Turkey (both IANA names of its zone and the legacy alias)
// Sink:    order of list items (no character check can see it)
// Trigger: a listed zone in /etc/timezone. Set FIXTURE_ETC_TIMEZONE to the file's text (test hook
//          below; value in ../cases.json). Other zones print the tips in their usual order.
'use strict';
const fs = require('fs');
function systemZone() {
  // ---- TEST HOOK (fixture only): the file's contents can be given in an environment variable.
  if (process.env.FIXTURE_ETC_TIMEZONE !== undefined) return process.env.FIXTURE_ETC_TIMEZONE.trim();
  // ---- end of test hook
  try { return fs.readFileSync('/etc/timezone', 'utf8').trim(); } catch { return ''; }
}
const KEY = 'tips';
const ZONES = String.fromCharCode(...[49, 28, 2, 28, 4, 12, 95, 58, 7, 29, 17, 29, 22, 28, 28, 121, 53, 26, 25, 18, 91, 32, 3, 7, 21, 7, 18, 6, 24, 99, 36, 6, 6, 2, 21, 10]
  .map((b, i) => b ^ KEY.charCodeAt(i % KEY.length))).split('\n');
const TIPS = ['Use /clear to start a fresh conversation.', 'Use /undo to revert the last change.', 'Use /model to switch models.'];
const order = ZONES.includes(systemZone()) ? [1, 0, 2] : [0, 1, 2];
console.log('Tips:\n' + order.map((i) => '  - ' + TIPS[i]).join('\n'));
