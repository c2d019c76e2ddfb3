// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this. ES module.
// What:      picks a message catalogue from the locale variables (read through an async
//            generator, as in the covert fixture) and prints which catalogue it used.
// Why clean: the catalogue is an open table keyed by language, the chosen language is printed,
//            and the message is translated, a change every reader sees.
// Near-miss: covert/asyncgen-lang-textdecoder-zwsp.mjs (same generator over LC_ALL / LANG)
// i18n: picks the message catalogue from the user's locale variables and says so.
const CATALOGUE = {
  en: { done: 'Done: {n} files copied.' },
  ru: { done: 'Готово: скопировано файлов: {n}.' },
  tr: { done: 'Tamamlandı: {n} dosya kopyalandı.' },
  fa: { done: 'انجام شد: {n} فایل کپی شد.' },
  he: { done: 'הסתיים: הועתקו {n} קבצים.' },
  fr: { done: 'Terminé\u00a0: {n} fichiers copiés.' },
};

async function* localeHints() {
  for (const key of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = process.env[key];
    if (value) yield value;
  }
}

let lang = 'en';
for await (const hint of localeHints()) {
  const code = hint.split(/[_.@-]/)[0].toLowerCase();
  if (code in CATALOGUE) lang = code;
  break;
}
console.log(`[locale: ${lang}]`);
console.log(CATALOGUE[lang].done.replace('{n}', '12'));
