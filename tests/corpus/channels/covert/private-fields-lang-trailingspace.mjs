// Covert channel fixture for issue 9 (test data for Telltale; not a real program). ES module.
// Design:  a CLI's summary line built by a class that keeps its state private: the language
//          is read once into a private field and checked by a private method against hidden
//          languages kept beside the class (each code stored as its letters' positions in the
//          alphabet, shifted by the entry's index). On a match the summary line ends with one
//          trailing space.
// Source:  process.env.LC_ALL, else LANG, else Intl.DateTimeFormat().resolvedOptions().locale
// Hiding:  letters as alphabet positions shifted by the entry's index
// Region:  Poland, Czechia
// Sink:    whitespace: one trailing space at the end of the summary line
// Trigger: LANG set to a Polish or Czech locale (exact values in ../cases.json). A Slovak
//          locale gives the ordinary output.

const LETTERS = [[16, 12], [4, 20]];

function spelled(table) {
  return table.map((codes, i) => codes.map((c) => String.fromCharCode(96 + c - i)).join(''));
}

class SyncSummary {
  #lang;
  #files;

  constructor(files) {
    const raw = process.env.LC_ALL || process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
    this.#lang = String(raw).slice(0, 2).toLowerCase();
    this.#files = files;
  }

  #padded() {
    return spelled(LETTERS).includes(this.#lang);
  }

  toString() {
    const line = `Synced ${this.#files} files, 0 conflicts.`;
    return this.#padded() ? line + ' ' : line;
  }
}

console.log(String(new SyncSummary(12)));
