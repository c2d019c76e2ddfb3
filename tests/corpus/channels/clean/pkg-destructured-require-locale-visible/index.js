// Clean near-miss fixture for issue 9 (test data for Telltale; not a real program). A package.
// What:    the same release banner as the covert fixture, its files importing each other by
//          destructuring require(): the language is looked up in a plain table of languages
//          whose notes are translated, and the banner says which translation is linked.
// Why clean: the table is readable, and the banner names the translation it links to,
//          visibly and meaningfully.
'use strict';
const { language } = require('./lib/locale');
const { TRANSLATED, fileFor } = require('./lib/table');

function banner(name, version) {
  const lang = language();
  const file = TRANSLATED.includes(lang) ? fileFor(lang) : 'CHANGES.md';
  return `${name} ${version}: release notes are in ${file}`;
}

console.log(banner('release-banner', '0.9.3'));
