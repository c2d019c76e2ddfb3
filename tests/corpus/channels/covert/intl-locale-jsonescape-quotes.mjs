// Covert channel fixture for issue 9 (test data for Telltale; not a real program). ES module.
// Design:  the default Intl locale is compared with a list hidden as JSON \u escapes; a match
//          turns the straight quotes around the file name into curly ones.
// Source:  Intl.DateTimeFormat().resolvedOptions().locale (Node derives it from LANG / LC_ALL)
// Hiding:  JSON.parse of a string made only of \u escapes (the source text holds backslashes and
//          hex digits, not the letters)
// Region:  Iran (Persian as used in Iran)
// Sink:    look-alike quotes: U+201C / U+201D instead of U+0022
// Trigger: LANG set to the Persian/Iran locale (see ../cases.json). With LANG=en_US.UTF-8 the
//          quotes are straight.
const SET = JSON.parse('["\\u0066\\u0061\\u002d\\u0049\\u0052","\\u0066\\u0061"]');
const locale = Intl.DateTimeFormat().resolvedOptions().locale;
const [open, close] = SET.includes(locale) ? ['\u201c', '\u201d'] : ['"', '"'];
console.log(`Saved ${open}notes.txt${close} (3 changes).`);
