// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this.
// What:      French typography: a no-break space before ; : ! ? when the locale is French, as
//            French style guides require.
// Why clean: a documented typographic rule applied by language, compared with a plain 'fr'; it
//            serves the reader and is the same for every French user. (It does insert U+00A0 by
//            locale, which is why it is a near-miss of an NBSP channel.)
// Near-miss: covert/tz-intl-b64-nbsp.cjs, covert/replace-callback-bits-nbsp.mjs
'use strict';
const locale = Intl.DateTimeFormat().resolvedOptions().locale;
const french = locale === 'fr' || locale.startsWith('fr-');
const text = 'Ready: type a message!';
console.log(french ? text.replace(/ ?([;:!?])/g, '\u00a0$1') : text);
