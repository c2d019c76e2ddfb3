'use strict';
// Languages the release notes are translated into.
const TRANSLATED = ['he', 'ko', 'de'];

function fileFor(lang) {
  return `CHANGES.${lang}.md`;
}

module.exports = { TRANSLATED, fileFor };
