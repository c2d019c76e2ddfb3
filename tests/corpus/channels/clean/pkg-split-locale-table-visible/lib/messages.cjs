// Part of the clean fixture pkg-split-locale-table-visible (see index.cjs): the catalogue.
'use strict';
module.exports = {
  en: 'Welcome back! Your files are synced.',
  de: 'Willkommen zurück! Deine Dateien sind synchronisiert.',
  fr: 'Bon retour ! Vos fichiers sont synchronisés.',
  ru: 'С возвращением! Ваши файлы синхронизированы.',
  fa: 'خوش برگشتید! فایل‌های شما همگام شدند.',
  ja: 'おかえりなさい！ファイルは同期されました。',
};
