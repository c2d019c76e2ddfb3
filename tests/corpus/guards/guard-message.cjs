// Region-targeted fixture (test data for Telltale): a guard returns early for everyone outside
// a list of Iranian and Afghan zones; only inside it does the code print a message. The act
// depends on the decision through the early `return`, not through an `if` around it.
'use strict';
function notice() {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (['Asia/Tehran', 'Asia/Kabul'].indexOf(zone) === -1) {
    return;
  }
  const text = 'This build is not available in your region.';
  console.log(text);
}
notice();
