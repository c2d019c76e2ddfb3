// Covert channel fixture for issue 9 (test data for Telltale; not a real program). A package.
// Design:  a release banner split over three files, each importing the others by
//          destructuring require(): lib/locale.js reads the language, lib/table.js keeps the
//          hidden languages as character codes shifted by 11 with the function that turns
//          them back, and this file compares. On a match the word "release" in the banner is
//          capitalised.
// Source:  Intl.DateTimeFormat().resolvedOptions().locale (the language subtag)
// Hiding:  character codes shifted by 11, in another file, decoded by a function exported
//          beside them
// Region:  Israel, South Korea
// Sink:    capitalisation of one word
// Trigger: LANG set to a Hebrew or Korean locale (exact values in ../cases.json). A Japanese
//          locale gives the ordinary output.
'use strict';
const { language } = require('./lib/locale');
const { CODES, spell } = require('./lib/table');

function banner(name, version) {
  const word = spell(CODES).includes(language()) ? 'Release' : 'release';
  return `${name} ${version}: ${word} notes are in CHANGES.md`;
}

console.log(banner('release-banner', '0.9.3'));
