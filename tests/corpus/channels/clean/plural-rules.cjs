// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this.
// What:      chooses the plural form of "file" with Intl.PluralRules and plain message tables in
//            English and Russian.
// Why clean: ordinary i18n: the locale selects a translation and grammar the user can read.
// Near-miss: covert/longtz-djb2-synonym.cjs (word choice as a sink)
'use strict';
const MESSAGES = {
  en: { one: '{n} file changed', other: '{n} files changed' },
  ru: { one: 'изменён {n} файл', few: 'изменено {n} файла', many: 'изменено {n} файлов', other: 'изменено {n} файла' },
};
const locale = Intl.DateTimeFormat().resolvedOptions().locale;
const lang = MESSAGES[locale.split('-')[0]] ? locale.split('-')[0] : 'en';
const rules = new Intl.PluralRules(lang);
const say = (n) => (MESSAGES[lang][rules.select(n)] || MESSAGES[lang].other).replace('{n}', String(n));
console.log([1, 3, 5].map(say).join('; '));
