// Part of the covert fixture pkg-esm-locale-hexlist-order (see index.mjs): the user's language.
export function language() {
  const loc = Intl.DateTimeFormat().resolvedOptions().locale || 'en';
  return loc;
}
export default language;
