// Clean near-miss fixture for issue 9 (test data for Telltale; not a real program). CommonJS.
// What:    a build tool's closing line names the release channel the user's locale maps to,
//          found with the index of a callback iterating a plain list of tiers, as the covert
//          fixture's does; the languages of each tier are written out in a readable table.
// Why clean: the table is plain text, and the choice is printed as a visible, meaningful word.
'use strict';

const TIERS = ['primary', 'secondary'];
const LANGS_BY_TIER = [['en', 'de', 'fr'], ['tr', 'az', 'kk']];

function closingLine(files) {
  const lang = Intl.DateTimeFormat().resolvedOptions().locale.split('-')[0];
  const i = TIERS.findIndex((_, j) => LANGS_BY_TIER[j].includes(lang));
  const tier = i < 0 ? 'default' : TIERS[i];
  return `Done, ${files} files written (docs channel: ${tier}).`;
}

console.log(closingLine(18));
