// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this.
// What:      sets the text direction of a generated HTML page from the user's language: right to
//            left for Arabic, Persian, Hebrew, Urdu.
// Why clean: a plain, well-known list of RTL scripts; the effect (layout direction) is visible and
//            needed by those users; no hidden values.
// Near-miss: covert/intl-locale-jsonescape-quotes.mjs, covert/closure-cache-regex-vs16.cjs
'use strict';
const RTL = ['ar', 'fa', 'he', 'ur', 'ps', 'yi'];
const lang = (process.env.LC_ALL || process.env.LANG || 'en').split(/[_.-]/)[0];
console.log(`<html lang="${lang}" dir="${RTL.includes(lang) ? 'rtl' : 'ltr'}">`);
