// Part of the clean fixture pkg-split-locale-table-visible (see index.cjs): the user's language.
'use strict';
module.exports = function userLanguage() {
  const loc = Intl.DateTimeFormat().resolvedOptions().locale || 'en';
  return loc.split('-')[0];
};
