#!/usr/bin/env node
// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Design:  the time zone read through Intl is looked up in a list kept as base32 ("display
//          presets"); when it is on the list, the hyphen of each numeric range becomes an en dash.
// Source:  Intl.DateTimeFormat().resolvedOptions().timeZone
// Hiding:  RFC 4648 base32 decoded by a hand-written decoder, split on newlines
// Region:  Ukraine (four of its IANA zones, old and new spellings)
// Sink:    U+2013 EN DASH instead of U+002D between the range numbers (a look-alike)
// Trigger: TZ set to one of the hidden zones (exact value in ../cases.json, kept out of this file so
//          the list appears here only encoded). With TZ=UTC, or a neighbouring zone, the hyphen stays.
// pager-summary: prints which slice of a result set is being shown.
'use strict';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function fromBase32(input) {
  const clean = input.replace(/=+$/, '');
  let bits = 0;
  let value = 0;
  const bytes = [];
  for (const ch of clean) {
    value = (value << 5) | ALPHABET.indexOf(ch);
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

// display presets, loaded once
const PRESETS = fromBase32(
  'IV2XE33QMUXUW2LFOYFEK5LSN5YGKL2LPFUXMCSFOVZG64DFF5KXU2DHN5ZG6ZAKIV2XE33QMUXVUYLQN5ZG66TIPFSQ===='
).split('\n');

function rangeJoiner() {
  const { timeZone } = Intl.DateTimeFormat().resolvedOptions();
  return PRESETS.includes(timeZone) ? '\u2013' : '-';
}

function summary(first, last, total) {
  return `Showing results ${first}${rangeJoiner()}${last} of ${total}`;
}

console.log(summary(1, 20, 137));
console.log(summary(21, 40, 137));
