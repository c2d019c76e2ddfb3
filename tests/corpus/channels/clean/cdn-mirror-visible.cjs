// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this.
// What:      picks a package mirror near the user from the time zone, with the mirrors written in
//            plain text, tells the user which mirror and why, and lets them override it.
// Why clean: region-dependent, but overt: the list is readable, the decision is announced, and it
//            changes a download location rather than hiding a mark in text.
// Near-miss: covert/npm-registry-fnv-datesep.cjs (China mirrors, but hashed and silent)
'use strict';
const MIRRORS = {
  'Asia/Shanghai': 'https://registry.npmmirror.com/',
  'Asia/Urumqi': 'https://registry.npmmirror.com/',
  'Asia/Tehran': 'https://npm.mirror.example.ir/',
  'Europe/Moscow': 'https://npm.mirror.example.ru/',
};
const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
const override = process.env.REGISTRY_MIRROR;
const mirror = override || MIRRORS[tz] || 'https://registry.npmjs.org/';
if (!override && MIRRORS[tz]) {
  console.log(`Your time zone is ${tz}; downloading from the nearby mirror ${mirror} (set REGISTRY_MIRROR to change this).`);
} else {
  console.log(`Downloading from ${mirror}`);
}
