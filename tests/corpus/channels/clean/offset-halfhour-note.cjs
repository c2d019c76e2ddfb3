// Clean near-miss fixture for issue 9 (test data for Telltale; not a real program). CommonJS.
// What:    a backup tool's last line adds a note when the host's UTC offset is not a whole
//          number of hours, found by arithmetic on getTimezoneOffset() in a small test
//          function, as the covert fixture's bitmap test is.
// Why clean: the test checks a shape every half-hour and quarter-hour zone has (dozens of
//          offsets, no list), and the note it adds is visible and says what it means.
'use strict';

function offHour(minutes) {
  return minutes % 60 !== 0;
}

function lastLine(files) {
  const note = offHour(new Date().getTimezoneOffset()) ? ' (times shown in your local half-hour zone)' : '';
  return `Backup finished: ${files} files.${note}`;
}

console.log(lastLine(312));
