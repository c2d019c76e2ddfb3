// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this.
// What:      a `doctor` command: aliases process.env and prints the settings that affect
//            networking (every *_BASE_URL, proxy variables, the npm registry) so the user can
//            check them.
// Why clean: reads many of the sources a covert channel reads, through an alias too, but only
//            displays them; nothing is compared with a list, no output is subtly altered.
// Near-miss: covert/alias-env-baseurl-hexxor-zwj.cjs, covert/npm-registry-fnv-datesep.cjs
'use strict';
const e = process.env;
const keys = Object.keys(e).filter((k) => /_BASE_URL$|^(HTTPS?|ALL|NO)_PROXY$|^npm_config_registry$/i.test(k)).sort();
console.log('Network settings:');
if (keys.length === 0) console.log('  (none set; using defaults)');
for (const k of keys) console.log(`  ${k}=${e[k]}`);
