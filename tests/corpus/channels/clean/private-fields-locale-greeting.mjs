// Clean near-miss fixture for issue 9 (test data for Telltale; not a real program). ES module.
// What:    a CLI greets the user in their language: the language is read once into a private
//          field, looked up by a private method in a plain table of greetings kept in a private
//          static field, English when the language is not in the table.
// Why clean: the table is readable text keyed by language, and the greeting it selects is
//          visible and means something to the reader (ordinary localisation).

class Greeter {
  static #greetings = { en: 'Hello', pl: 'Cześć', cs: 'Ahoj', de: 'Hallo', es: 'Hola' };
  #lang;

  constructor() {
    const raw = process.env.LC_ALL || process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
    this.#lang = String(raw).slice(0, 2).toLowerCase();
  }

  #word() {
    return Greeter.#greetings[this.#lang] ?? Greeter.#greetings.en;
  }

  greet(name) {
    return `${this.#word()}, ${name}!`;
  }
}

console.log(new Greeter().greet('Ada'));
