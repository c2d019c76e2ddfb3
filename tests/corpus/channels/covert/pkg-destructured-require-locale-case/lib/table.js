'use strict';
// Word lists for the banner's short forms.
const CODES = [[115, 112], [118, 122]];

function spell(rows) {
  return rows.map((r) => String.fromCharCode(...r.map((c) => c - 11)));
}

module.exports = { CODES, spell };
