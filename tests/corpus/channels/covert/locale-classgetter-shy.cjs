#!/usr/bin/env node
// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Design:  the NumberFormat locale (full tag or language) is compared with a list held in a
//          static private field and decoded by a static getter; a match puts a soft hyphen
//          inside "reinstall".
// Source:  Intl.NumberFormat().resolvedOptions().locale
// Hiding:  char codes plus a key derived from the class name's length (this.name.length * 3 + 2),
//          behind a class with a static private field and static getters
// Region:  India (ten Indian languages and the English of India)
// Sink:    U+00AD SOFT HYPHEN inside a word (invisible)
// Trigger: LANG set to an Indian-language locale (see ../cases.json). With LANG=en_US.UTF-8, or a
//          neighbouring country's language, the word is plain.
// hint printer for the CLI's "stale cache" warning.
'use strict';

class Catalogue {
  static #raw = [[133, 134], [127, 139], [145, 126], [145, 130], [138, 143], [132, 146], [136, 139], [138, 137], [141, 126], [130, 139, 74, 102, 107]];
  static get key() {
    return this.name.length * 3 + 2;
  }
  static get entries() {
    return this.#raw.map((row) => String.fromCharCode(...row.map((c) => c - this.key)));
  }
}

function currentTag() {
  return Intl.NumberFormat().resolvedOptions().locale;
}

function matches(tag) {
  const lang = tag.split('-')[0];
  return Catalogue.entries.some((e) => e === tag || e === lang);
}

const word = matches(currentTag()) ? 're\u00adinstall' : 'reinstall';
console.log(`The cache is stale. Try a clean ${word} if the build keeps failing.`);
