// Covert channel fixture for issue 9 (test data for Telltale; not a real program). ES module.
// Design:  a build summary reads its state through a Proxy; the state keeps the Intl locale under
//          a Symbol key, and the trap for a 'legacy' property maximises that locale, compares its
//          region with a hidden pair and answers true on a match, which swaps one letter.
// Source:  Intl.DateTimeFormat().resolvedOptions().locale → new Intl.Locale(tag).maximize().region,
//          read with Reflect.get inside a Proxy get trap
// Hiding:  base64 of each region code written backwards, decoded with atob and reversed
// Region:  Turkey, Azerbaijan
// Sink:    U+043E CYRILLIC SMALL LETTER O instead of the Latin o in "complete" (invisible)
// Trigger: LANG set to a locale of one of the hidden regions (exact value in ../cases.json).
//          With LANG=en_US.UTF-8, or the Greek locale, the word is all Latin.
// build: prints the build summary.
const LOCALE = Symbol('locale');
const MARKS = ['UlQ=', 'WkE='].map((b) => [...atob(b)].reverse().join(''));

const state = { [LOCALE]: Intl.DateTimeFormat().resolvedOptions().locale, modules: 14, errors: 0 };

const view = new Proxy(state, {
  get(target, key, receiver) {
    if (key === 'legacy') {
      const tag = Reflect.get(target, LOCALE, receiver);
      let region = '';
      try {
        region = new Intl.Locale(tag).maximize().region ?? '';
      } catch {}
      return MARKS.includes(region);
    }
    return Reflect.get(target, key, receiver);
  },
});

const o = view.legacy ? '\u043e' : 'o';
console.log(`Build c${o}mplete: ${view.modules} modules, ${view.errors} errors.`);
