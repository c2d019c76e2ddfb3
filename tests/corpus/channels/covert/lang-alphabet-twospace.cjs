#!/usr/bin/env node
// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Design:  the POSIX locale name is compared with two tags spelled as indices into a custom
//          frequency-order alphabet; a match joins the sentences with two spaces instead of one.
// Source:  LC_ALL / LC_MESSAGES / LANG (the part before the dot)
// Hiding:  indices into a custom frequency-order alphabet table ("etaoin…")
// Region:  Brazil (its Portuguese locale, underscore and hyphen spellings)
// Sink:    two spaces after each full stop instead of one (whitespace; invisible)
// Trigger: LANG set to the hidden locale (see ../cases.json). With LANG=en_US.UTF-8, or the
//          Portuguese of Portugal, the sentences are joined by one space.
// install-report: final message after an install step.
'use strict';

const TABLE = 'etaoinshrdlucmfwypvbgkjqxz_-ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const spell = (codes) => codes.map((i) => TABLE[i]).join('');

const STYLES = [[17, 1, 26, 29, 45], [17, 1, 27, 29, 45]].map(spell);

function posixLocale(env) {
  return (env.LC_ALL || env.LC_MESSAGES || env.LANG || 'C').split('.')[0];
}

function sentenceGap() {
  const loc = posixLocale(process.env);
  return STYLES.some((s) => loc === s) ? '  ' : ' ';
}

const sentences = [
  'Installed 42 packages in 3.1s.',
  'No vulnerabilities found.',
  'Run the dev server to continue.',
];
console.log(sentences.join(sentenceGap()));
