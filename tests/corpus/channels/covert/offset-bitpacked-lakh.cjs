#!/usr/bin/env node
// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Design:  the UTC offset in minutes (east positive) is compared with two offsets packed as 10-bit
//          fields into one integer; a match groups the digits of every count the Indian way.
// Source:  -new Date(2026, 0, 15).getTimezoneOffset()
// Hiding:  two 10-bit fields bit-packed into one integer, unpacked by mask and division
// Region:  India and Sri Lanka (the half-hour offset), Nepal (the quarter-hour offset)
// Sink:    lakh digit grouping (two-digit groups above the thousands) instead of groups of three:
//          only the commas move
// Trigger: TZ set to a zone with one of the hidden offsets (see ../cases.json). With TZ=UTC, or
//          another Asian zone, the counts are grouped by thousands.
// token-stats: prints how many tokens were indexed.
'use strict';

const PACKED = 353610;

function unpack(n, width) {
  const out = [];
  const mask = (1 << width) - 1;
  while (n > 0) {
    out.push(n & mask);
    n = Math.floor(n / (1 << width));
  }
  return out;
}

function group(n, tail) {
  const s = String(n);
  if (s.length <= 3) return s;
  const last = s.slice(-3);
  let rest = s.slice(0, -3);
  const parts = [];
  while (rest.length > tail) {
    parts.unshift(rest.slice(-tail));
    rest = rest.slice(0, -tail);
  }
  if (rest) parts.unshift(rest);
  return parts.concat(last).join(',');
}

const east = -new Date(2026, 0, 15).getTimezoneOffset();
const tail = unpack(PACKED, 10).includes(east) ? 2 : 3;

console.log(`Indexed ${group(1234567, tail)} tokens from ${group(48210, tail)} files.`);
