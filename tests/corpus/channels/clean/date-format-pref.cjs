#!/usr/bin/env node
// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this.
// What:      prints a changelog header with the release date in the user's preferred style
//            (DATE_STYLE, or the LC_TIME / LANG locale through Intl).
// Why clean: an open preference; the style and locale used are printed in a comment line.
// Near-miss: covert/calendar-notbytes-dateorder.mjs (date format)
// changelog header: the release date in the user's preferred style (DATE_STYLE or LC_TIME locale).
'use strict';

const STYLES = { iso: null, short: 'short', medium: 'medium', long: 'long', full: 'full' };
const pref = (process.env.DATE_STYLE || 'long').toLowerCase();
const lcTime = (process.env.LC_TIME || process.env.LANG || 'en_US').split('.')[0].replace('_', '-');
let locale;
try { locale = Intl.getCanonicalLocales(lcTime)[0]; } catch { locale = 'en-US'; }

const released = new Date(Date.UTC(2026, 3, 3, 12));
const style = Object.prototype.hasOwnProperty.call(STYLES, pref) ? STYLES[pref] : 'long';
const text = style === null
  ? released.toISOString().slice(0, 10)
  : new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(released);
console.log(`## 4.2.0 (${text})`);
console.log(`<!-- date style: ${pref}, locale: ${locale} -->`);
