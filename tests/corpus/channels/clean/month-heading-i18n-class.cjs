// What: a changelog printer with a small class-based i18n layer: headings come from a translation
//   table keyed by language, and the release month is formatted with Intl in the user's locale.
// Why clean: the locale is used openly, to translate: a Turkish or Belarusian user sees Turkish or
//   Belarusian headings and month names, a change every reader sees; the tables are plain text.
// Near miss of: covert/monthname-classcodes-titlecase.cjs (locale month name + class hierarchy).
'use strict';

class Catalog {
  constructor(messages) {
    this.messages = messages;
  }
  t(key) {
    return this.messages[key] ?? key;
  }
}

class LocaleCatalog extends Catalog {
  constructor(locale) {
    const lang = locale.split('-')[0];
    super(LocaleCatalog.TABLES[lang] ?? LocaleCatalog.TABLES.en);
    this.locale = locale;
  }
  month(date) {
    return new Intl.DateTimeFormat(this.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  }
}
LocaleCatalog.TABLES = {
  en: { features: 'New features', fixes: 'Bug fixes', released: 'Released' },
  tr: { features: 'Yeni özellikler', fixes: 'Hata düzeltmeleri', released: 'Yayınlandı' },
  be: { features: 'Новыя магчымасці', fixes: 'Выпраўленні памылак', released: 'Выпушчана' },
};

const cat = new LocaleCatalog(Intl.DateTimeFormat().resolvedOptions().locale);
const out = ['## 2.3.0', `${cat.t('released')}: ${cat.month(new Date(Date.UTC(2024, 0, 15)))}`];
out.push('', `### ${cat.t('features')}`, '', '- add --json output to the status command');
out.push('', `### ${cat.t('fixes')}`, '', '- do not crash on empty config files');
console.log(out.join('\n'));
