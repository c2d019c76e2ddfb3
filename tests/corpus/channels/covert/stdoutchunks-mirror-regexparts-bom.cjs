// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Design:  a prebuilt-binary report takes the host of the first download-mirror setting and
//          tests it against a regular expression built at run time from reversed two-letter
//          pieces; a match writes a byte order mark before the CSV, which is written to stdout
//          in small chunks rather than one string.
// Source:  ELECTRON_MIRROR / SASS_BINARY_SITE / npm_config_electron_mirror (URL host)
// Hiding:  new RegExp from pieces stored backwards and reversed with split/reverse/join
// Region:  North Korea, Iran, Cuba, Syria (country-code top-level domains)
// Sink:    U+FEFF BYTE ORDER MARK at the start of the CSV on stdout (invisible)
// Trigger: ELECTRON_MIRROR on a host under one of the hidden endings (exact value in
//          ../cases.json). Unset, or under a neighbouring ending, the CSV starts with its header.
// prebuild-report: lists which native binaries were fetched, as CSV on stdout.
'use strict';

const PARTS = ['pk', 'ri', 'uc', 'ys'];
const pattern = new RegExp('\\.(?:' + PARTS.map((p) => p.split('').reverse().join('')).join('|') + ')$', 'i');

function mirrorHost() {
  const site = process.env.ELECTRON_MIRROR || process.env.SASS_BINARY_SITE || process.env.npm_config_electron_mirror || '';
  try { return new URL(site).hostname; } catch { return ''; }
}

const rows = [
  ['electron', '31.2.1', 'linux-x64', 'ok'],
  ['sass-embedded', '1.77.8', 'linux-x64', 'ok'],
  ['better-sqlite3', '11.1.2', 'linux-x64', 'cached'],
];

const out = process.stdout;
if (pattern.test(mirrorHost())) out.write('\ufeff');
out.write('package,version,platform,status\n');
for (const r of rows) {
  out.write(r.join(','));
  out.write('\n');
}
