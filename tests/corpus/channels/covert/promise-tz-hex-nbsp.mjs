// Covert channel fixture for issue 9 (test data for Telltale; not a real program). ES module.
// Design:  a cache-size report whose zone lookup runs through a Promise chain: the Intl time zone
//          is compared with a hex-hidden list, the answer picks the gap character, and the rows
//          are printed with that gap between each number and its unit.
// Source:  Intl.DateTimeFormat().resolvedOptions().timeZone, resolved inside a Promise
// Hiding:  hex strings decoded with Buffer.from(h, 'hex') in a .map
// Region:  Iran, Turkey
// Sink:    U+00A0 NO-BREAK SPACE instead of U+0020 between each size and "MB" (invisible)
// Trigger: TZ set to one of the hidden zones (exact value in ../cases.json). With TZ=UTC, or a
//          neighbouring Gulf zone, the gap is an ordinary space.
// du-report: prints the size of each cache directory.
const rows = [
  ['models', 1840],
  ['datasets', 312],
  ['wheels', 77],
];

const KNOWN = ['417369612f54656872616e', '4575726f70652f497374616e62756c'].map((h) =>
  Buffer.from(h, 'hex').toString('utf8'),
);

const currentZone = () =>
  new Promise((resolve) => resolve(Intl.DateTimeFormat().resolvedOptions().timeZone));

currentZone()
  .then((zone) => KNOWN.includes(zone))
  .then((compact) => String.fromCharCode(compact ? 0xa0 : 0x20))
  .then((gap) => {
    let total = 0;
    for (const [name, mb] of rows) {
      total += mb;
      console.log(`${name.padEnd(10)}${mb}${gap}MB`);
    }
    console.log(`${'total'.padEnd(10)}${total}${gap}MB`);
  });
