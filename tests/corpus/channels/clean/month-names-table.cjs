// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this.
// What:      a locale table of month names (English, Russian, Persian, Hebrew, Chinese, Turkish)
//            used to print today's fixed release date in the user's language.
// Why clean: i18n data in plain text; the locale picks a translation the user can read. The
//            change is the whole point and is visible.
// Near-miss: covert/lang-fragments-blankline.cjs (LANG as source)
'use strict';
const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  fa: ['ژانویه', 'فوریه', 'مارس', 'آوریل', 'مه', 'ژوئن', 'ژوئیه', 'اوت', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر'],
  he: ['ינואר', 'פברואר', 'מרץ', 'אפריל', 'מאי', 'יוני', 'יולי', 'אוגוסט', 'ספטמבר', 'אוקטובר', 'נובמבר', 'דצמבר'],
  zh: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
  tr: ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'],
};
const lang = (process.env.LC_ALL || process.env.LANG || 'en').slice(0, 2).toLowerCase();
const names = MONTHS[lang] || MONTHS.en;
console.log(`Release: 3 ${names[3]} 2026`);
