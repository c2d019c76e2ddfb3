// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Design:  the POSIX locale (LC_ALL, then LC_MESSAGES, then LANG, as setlocale does) is compared
//          with locale names assembled from fragments; a match adds one blank line to the banner.
// Source:  process.env.LC_ALL / LC_MESSAGES / LANG through an alias of process.env
// Hiding:  fragments joined at run time (no complete locale name is ever written)
// Region:  Russia and Belarus
// Sink:    an extra, harmless blank line between the banner and the prompt (no character check
//          can see it)
// Trigger: LANG (or LC_ALL) set to a Russian or Belarusian locale (see ../cases.json). With
//          LANG=en_US.UTF-8 there is no blank line.
'use strict';
const env = process.env;
const locale = (env.LC_ALL || env.LC_MESSAGES || env.LANG || 'C').split('.')[0];
const PARTS = [['r', 'u_', 'R', 'U'], ['b', 'e_', 'B', 'Y'], ['r', 'u_', 'B', 'Y']];
const hit = PARTS.map((p) => p.join('')).some((x) => x === locale);
process.stdout.write('Assistant 2.3.1\n' + (hit ? '\n' : '') + 'How can I help today?\n');
