// Clean near-miss for issue 9 (test data for Telltale; not a real program). CommonJS.
// An ES5 constructor made iterable with Object.defineProperty, holding the locales the tool
// is translated into, written plainly; the user's LANG picks the greeting openly, and the
// output says which language it uses. Ordinary i18n, not a hidden signal.
'use strict';

function LocaleList(tags) {
  this.tags = tags;
}

Object.defineProperty(LocaleList.prototype, Symbol.iterator, {
  value: function () {
    return this.tags[Symbol.iterator]();
  },
});

var TRANSLATED = new LocaleList(['de', 'fr', 'id', 'pt']);
var GREETINGS = { de: 'Hallo', fr: 'Bonjour', id: 'Halo', pt: 'Olá', en: 'Hello' };

function language() {
  var lang = (process.env.LANG || 'en').split(/[_.]/)[0];
  for (var t of TRANSLATED) {
    if (t === lang) return t;
  }
  return 'en';
}

var lang = language();
console.log(GREETINGS[lang] + '! (language: ' + lang + ')');
