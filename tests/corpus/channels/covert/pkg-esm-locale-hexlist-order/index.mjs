// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Design:  an ES module package: lib/locale.mjs reads the locale, data/regions.cjs (CommonJS,
//          imported by default) keeps the hidden list, lib/copy.mjs swaps the order of two
//          sentences when the locale is listed; index.mjs re-exports and prints.
// Source:  Intl.DateTimeFormat().resolvedOptions().locale (follows LANG in Node)
// Hiding:  hex of each language tag, split on commas (in data/regions.cjs)
// Region:  Iran, Afghanistan, Pakistan, Saudi Arabia, United Arab Emirates
// Sink:    the two sentences of the welcome text in the other order (no character differs)
// Trigger: LANG set to a listed language (exact value in ../../cases.json).
export { welcome } from './lib/copy.mjs';
import { welcome } from './lib/copy.mjs';

console.log(welcome());
