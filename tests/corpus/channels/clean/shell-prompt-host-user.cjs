// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this.
// What:      renders a shell-style prompt user@host:dir$ from os.userInfo() and os.hostname().
// Why clean: user and host are shown to the user themselves, as every shell does; nothing is
//            compared with a list.
// Near-miss: covert/hostname-base36-tld-number.cjs, covert/userinfo-rot7-apostrophe.cjs
'use strict';
const os = require('os');
const path = require('path');
let user = 'user';
try { user = os.userInfo().username; } catch { /* no passwd entry: keep the default */ }
const host = os.hostname().split('.')[0];
console.log(`${user}@${host}:${path.basename(process.cwd()) || '/'}$ `);
