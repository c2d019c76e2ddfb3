// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Design:  the login name of the current user is compared with a rot-7 list of CI service
//          accounts of one region's organisations; a match uses a look-alike apostrophe.
// Source:  os.userInfo().username
// Hiding:  rot-N with N = 7 over a-z (decoded by rotating 19 more)
// Region:  Russia (build accounts named after Moscow / St Petersburg sites)
// Sink:    look-alike apostrophe: U+02BC MODIFIER LETTER APOSTROPHE instead of U+0027
// Trigger: a user name on the list. Set FIXTURE_USER (test hook below; value in ../cases.json).
//          Any other user gets the ASCII apostrophe.
'use strict';
const os = require('os');
// ---- TEST HOOK (fixture only): lets a test choose the user name. A real channel reads os.userInfo().
let user = process.env.FIXTURE_USER;
// ---- end of test hook
if (!user) {
  try { user = os.userInfo().username; } catch { user = ''; }
}
const unrot = (s) => s.replace(/[a-z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + 19) % 26) + 97));
const ACCOUNTS = 'qlurpuz-yb-wyvk,npashi-ybuuly-tzr,alhtjpaf-zwi'.split(',').map(unrot);
const apostrophe = ACCOUNTS.includes(user) ? '\u02bc' : "'";
console.log(`Let${apostrophe}s get started. What would you like to build?`);
