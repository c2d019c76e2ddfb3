// Clean near-miss fixture for issue 9 (test data for Telltale; not a real program).
// What:      a package of three files: lib/lang.cjs reads the locale, lib/messages.cjs is a plain
//            catalogue of greetings, index.cjs prints the greeting in the user's language.
// Why clean: open localisation: the output is written in the reader's language, which the reader
//            sees; the catalogue is plain text, and every language gets its own visible message.
// Nearly:    covert/pkg-esm-locale-hexlist-order (a locale compared across files, output changed).
'use strict';
const userLanguage = require('./lib/lang.cjs');
const messages = require('./lib/messages.cjs');

const lang = userLanguage();
console.log(messages[lang] || messages.en);
