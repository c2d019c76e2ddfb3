// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Design:  runs the `locale` command, takes LC_MESSAGES (or LANG) from its output and compares it
//          with prefixes hidden by position-dependent char-code arithmetic; a match puts a thin
//          space between a number and its unit.
// Source:  child_process.execSync('locale') (guarded: no output if the command is missing)
// Hiding:  String.fromCharCode(c - (i % 5) - 1): each code shifted by an amount that depends on
//          its position
// Region:  North Korea
// Sink:    U+2009 THIN SPACE instead of U+0020 in "0.4 s" (invisible; typographically plausible)
// Trigger: LANG set to the Korean/North Korea locale (see ../cases.json); `locale` echoes it
//          whether or not the locale is installed. With LANG=en_US.UTF-8 the space is ordinary.
'use strict';
const { execSync } = require('child_process');
function posixLocale() {
  try {
    const out = execSync('locale', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 });
    const m = /^LC_MESSAGES="?([^"\n]*)"?$/m.exec(out) || /^LANG=(.*)$/m.exec(out);
    return m ? m[1] : '';
  } catch {
    return '';
  }
}
const PREFIXES = String.fromCharCode(...[108, 113, 98, 79, 85, 125, 109, 114, 49, 80, 81].map((c, i) => c - (i % 5) - 1)).split('|');
const current = posixLocale();
const hit = PREFIXES.some((p) => current.startsWith(p));
console.log(`Workspace indexed in 0.4${hit ? '\u2009' : ' '}s.`);
