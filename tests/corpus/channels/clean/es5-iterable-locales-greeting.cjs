// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this. CommonJS.
// What:      an ES5 constructor made iterable with Object.defineProperty holds the locales the
//            tool is translated into; the user's LANG picks the greeting.
// Why clean: the list is written in plain text, and the output is in the user's language and
//            names that language: ordinary i18n, visible to any reader.
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
