// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this. CommonJS.
// What:      an esbuild bundle whose namespace objects are filled by its `__export(target,
//            { name: () => value })` helper (getters set in a for-in loop); the status line
//            names the user's time zone by its city, from a plain table, and falls back to the
//            zone id.
// Why clean: the table is in plain text and the output names the zone for the reader to see:
//            ordinary time-zone display.
'use strict';
var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all) __defProp(target, name, { get: all[name], enumerable: true });
};

// src/zone.js
var zone_exports = {};
__export(zone_exports, { currentZone: () => currentZone });
function currentZone() {
  return process.env.TZ || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

// src/label.js
var label_exports = {};
__export(label_exports, { zoneLabel: () => zoneLabel });
var CITIES = {
  'Asia/Almaty': 'Almaty',
  'Asia/Tashkent': 'Tashkent',
  'Europe/Berlin': 'Berlin',
  'America/New_York': 'New York',
};
function zoneLabel(zone) {
  for (var id in CITIES) {
    if (id === zone) return CITIES[id] + ' time';
  }
  return zone;
}

// src/main.js
console.log('Clock: ' + label_exports.zoneLabel(zone_exports.currentZone()));
