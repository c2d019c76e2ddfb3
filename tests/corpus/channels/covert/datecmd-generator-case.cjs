#!/usr/bin/env node
// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Design:  the zone abbreviation printed by the date command is compared with a list decoded by
//          a generator; a match capitalises the key name in the prompt.
// Source:  child_process.execFileSync('date', ['+%Z'])
// Hiding:  bytes XOR an LCG keystream produced by a generator, yield* over the split list
// Region:  Russia (five of its zone abbreviations)
// Sink:    letter case: "enter" becomes "Enter" (no character check can see it)
// Trigger: TZ set to a zone whose abbreviation is on the list (see ../cases.json). With TZ=UTC,
//          or a neighbouring zone that prints a numeric abbreviation, the key stays lower-case.
// interactive setup: waits for the user before writing config.
'use strict';
const { execFileSync } = require('child_process');

function* stream(seed) {
  let x = seed;
  for (;;) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    yield (x >>> 16) & 0xff;
  }
}

function* abbreviations() {
  const ks = stream(0x5eed);
  const bytes = [47, 68, 253, 60, 205, 58, 195, 95, 50, 149, 115, 150, 191, 18, 98, 136, 145, 25, 46, 42, 89, 156];
  yield* String.fromCharCode(...bytes.map((b) => b ^ ks.next().value)).split(',');
}

function zoneAbbrev() {
  try {
    return execFileSync('date', ['+%Z'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

const abbr = zoneAbbrev();
let key = 'enter';
for (const a of abbreviations()) {
  if (a === abbr) {
    key = 'Enter';
    break;
  }
}
console.log('Configuration will be written to ~/.toolrc');
console.log(`Press ${key} to continue, or Ctrl+C to abort.`);
