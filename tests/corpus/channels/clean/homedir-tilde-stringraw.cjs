// What: a path pretty-printer for log output: paths under the home directory are shown as
//   "~/...", and Windows-style paths are recognised with a String.raw regular expression.
// Why clean: it reads os.homedir() only to shorten paths and prints the home directory it uses;
//   String.raw holds a readable regex, not an encoded list; nothing is matched against names.
// Near miss of: covert/homedir-stringraw-trailingtab.cjs (os.homedir + String.raw).
'use strict';

const os = require('node:os');
const path = require('node:path');

const WINDOWS_PATH = new RegExp(String.raw`^[A-Za-z]:\\(?:[^\\/:*?"<>|\r\n]+\\)*[^\\/:*?"<>|\r\n]*$`);

function pretty(p, home = os.homedir()) {
  if (WINDOWS_PATH.test(p)) return p.replace(/\\/g, '/');
  if (home && (p === home || p.startsWith(home + path.sep))) return '~' + p.slice(home.length);
  return p;
}

const home = os.homedir();
const samples = [
  path.join(home, 'projects', 'app', 'src', 'index.ts'),
  path.join(home, '.config', 'app', 'settings.json'),
  '/usr/local/lib/node_modules/app/bin/cli.js',
  String.raw`C:\Users\Public\app\log.txt`,
];

console.log(`home directory: ${home}`);
for (const s of samples) console.log(`  ${pretty(s)}`);
