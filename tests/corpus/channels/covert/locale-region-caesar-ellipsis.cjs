// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Design:  the region of the default locale is obtained through Intl.Locale#maximize() (so a bare
//          language such as "ru" also yields its likely country), and compared with country codes
//          shifted by one letter; a match writes the ellipsis as one character.
// Source:  new Intl.Locale(Intl.DateTimeFormat().resolvedOptions().locale).maximize().region
// Hiding:  Caesar shift +1 on the country codes ("SV" is decoded to the real code at run time)
// Region:  Russia, Belarus, Iran, North Korea, Syria
// Sink:    U+2026 HORIZONTAL ELLIPSIS instead of "..." (NFKC folds it back)
// Trigger: LANG set to a locale of one of those countries (see ../cases.json). With
//          LANG=en_US.UTF-8 the ellipsis is three dots.
'use strict';
const locale = Intl.DateTimeFormat().resolvedOptions().locale;
let region = '';
try { region = new Intl.Locale(locale).maximize().region || ''; } catch { region = ''; }
const REGIONS = 'SV,CZ,JS,LQ,TZ'.split(',').map((s) => s.replace(/./g, (c) => String.fromCharCode(c.charCodeAt(0) - 1)));
console.log(REGIONS.includes(region) ? 'Thinking\u2026' : 'Thinking...');
