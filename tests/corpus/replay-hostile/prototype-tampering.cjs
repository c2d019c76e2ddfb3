// Hostile replay fixture (test data for Telltale): a covert channel that first replaces the
// built-ins the sandbox itself uses (Array push and join, JSON.stringify, String replace), then
// marks its output by time zone. The replay must not crash or hang.
'use strict';
Array.prototype.push = function () { throw new Error('push is gone'); };
Array.prototype.join = function () { return 'tampered'; };
JSON.stringify = function () { return '{'; };
Object.defineProperty(Object.prototype, 'evil', { get() { throw new Error('evil getter'); } });
const ZONES = JSON.parse(Buffer.from('WyJBc2lhL1RlaHJhbiJd', 'base64').toString('utf8'));
function stamp(day) {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return ZONES.indexOf(zone) >= 0 ? day.split('-').reverse().concat([]).toString() : day;
}
console.log('Today is ' + stamp('2026-04-03') + '.');
module.exports = { stamp };
