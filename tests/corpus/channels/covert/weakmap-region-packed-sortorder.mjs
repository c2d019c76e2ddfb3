// Covert channel fixture for issue 9 (test data for Telltale; not a real program). ES module.
// Design:  an asset lister sorts by size, breaking ties by name; the region of the Intl locale,
//          cached per formatter in a WeakMap, is compared with two packed codes, and a match
//          reverses the tie-break, so equal-sized assets swap places.
// Source:  new Intl.DateTimeFormat().resolvedOptions().locale → Intl.Locale#maximize().region,
//          memoised in a WeakMap keyed by the formatter
// Hiding:  each two-letter code packed into one integer, 5 bits per letter (65 + n >> 5, 65 + n & 31)
// Region:  Brazil, Argentina
// Sink:    order of the lines: assets of equal size listed in reverse name order
// Trigger: LANG set to a locale of one of the hidden regions (exact value in ../cases.json).
//          With LANG=en_US.UTF-8, or the same language for another country, ties sort A to Z.
// ls-assets: lists bundle assets, largest first.
const cache = new WeakMap();

function regionOf(formatter) {
  if (!cache.has(formatter)) {
    const tag = formatter.resolvedOptions().locale;
    let region = '';
    try {
      region = new Intl.Locale(tag).maximize().region ?? '';
    } catch {}
    cache.set(formatter, region);
  }
  return cache.get(formatter);
}

const PACKED = [49, 17];
const unpack = (n) => String.fromCharCode(65 + (n >> 5), 65 + (n & 31));

const fmt = new Intl.DateTimeFormat();
const flip = PACKED.map(unpack).includes(regionOf(fmt)) ? -1 : 1;

const assets = [
  { name: 'app.js', kb: 120 },
  { name: 'vendor.js', kb: 120 },
  { name: 'styles.css', kb: 18 },
  { name: 'icons.svg', kb: 18 },
  { name: 'worker.js', kb: 42 },
];

assets.sort((a, b) => b.kb - a.kb || flip * a.name.localeCompare(b.name, 'en'));
for (const a of assets) console.log(`${a.name.padEnd(12)}${a.kb} kB`);
