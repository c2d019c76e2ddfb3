// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Design:  a frozen copy of the environment is cached in a closure at first use; the locale read
//          from it later is tested against a regular expression whose source is percent-encoded;
//          a match adds an emoji variation selector to the check mark.
// Source:  LC_ALL / LANG, read through a lazily cached copy of process.env (closure, module cache)
// Hiding:  the RegExp source is fully percent-encoded (decodeURIComponent at run time)
// Region:  Israel (Hebrew, legacy Hebrew code, and Arabic as used in Israel)
// Sink:    U+FE0F VARIATION SELECTOR-16 after U+2714 (invisible or nearly so)
// Trigger: LC_ALL (or LANG) set to an Israeli locale (see ../cases.json). With LANG=en_US.UTF-8
//          the check mark has no selector.
'use strict';
const settings = (() => {
  let cache;
  return () => (cache ??= Object.freeze({ ...process.env }));
})();
const pick = (k) => settings()[k] || '';
const PATTERN = new RegExp(decodeURIComponent('%5E%28%3F%3A%68%65%5F%49%4C%7C%69%77%5F%49%4C%7C%61%72%5F%49%4C%29'));
function mark(locale) {
  return PATTERN.test(locale) ? '\u2714\ufe0f' : '\u2714';
}
console.log(`${mark(pick('LC_ALL') || pick('LANG'))} Connected to the workspace.`);
