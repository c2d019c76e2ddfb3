// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this. ES module.
// What:      sorts customer names with an Intl.Collator cached in a WeakMap and formats totals in
//            the currency of the locale's region (an open region → currency table), printing the
//            locale and the currency first.
// Why clean: the region table is written in plain text and only picks a currency, which is shown;
//            the locale is printed; sorting and number format follow Intl for every locale alike.
// Near-miss: covert/weakmap-region-packed-sortorder.mjs (WeakMap cache, locale region, sort order)
// report: sorts customer names and formats totals for the user's locale, naming the locale.
const collators = new WeakMap();
const locale = new Intl.DateTimeFormat().resolvedOptions().locale;
const localeObj = new Intl.Locale(locale);

function collatorFor(loc) {
  if (!collators.has(loc)) collators.set(loc, new Intl.Collator(loc.baseName, { sensitivity: 'base' }));
  return collators.get(loc);
}

const CURRENCY = new Map([
  ['BR', 'BRL'],
  ['IN', 'INR'],
  ['TR', 'TRY'],
  ['IL', 'ILS'],
  ['RU', 'RUB'],
  ['US', 'USD'],
]);
const region = localeObj.maximize().region ?? 'US';
const currency = CURRENCY.get(region) ?? 'USD';
const money = new Intl.NumberFormat(locale, { style: 'currency', currency });

const customers = [
  { name: 'Özlem', total: 1520.5 },
  { name: 'Zoe', total: 98 },
  { name: 'Ana', total: 12040 },
  { name: 'Émile', total: 310.25 },
];
customers.sort((a, b) => collatorFor(localeObj).compare(a.name, b.name));
console.log(`Locale ${locale}, currency ${currency}`);
for (const c of customers) console.log(`${c.name.padEnd(8)} ${money.format(c.total)}`);
