// Covert channel fixture for issue 9 (test data for Telltale; not a real program). ES module.
// Design:  a tag-list printer reads the locale variables through an async generator and takes the
//          language part; if it is one of a hidden set, the tag separator gets a zero-width space.
// Source:  LC_ALL / LC_MESSAGES / LANG, yielded by an async generator, the part before _ . @ -
// Hiding:  bytes XOR 0x5a in a Uint8Array, decoded with TextDecoder and split on NUL
// Region:  Russia, Belarus, Kazakhstan (their language codes)
// Sink:    U+200B ZERO WIDTH SPACE after each comma of the tag list (invisible)
// Trigger: LANG set to a locale of one of the hidden languages (exact value in ../cases.json).
//          With LANG=en_US.UTF-8, or the Ukrainian locale, the separator is ", ".
// tags: prints the tag list of the current project.
const SEED = new Uint8Array([0x28, 0x2f, 0x5a, 0x38, 0x3f, 0x5a, 0x31, 0x31]);
const families = new TextDecoder().decode(SEED.map((b) => b ^ 0x5a)).split('\0');

async function* localeHints() {
  for (const key of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = process.env[key];
    if (value) yield value;
  }
}

let family = 'en';
for await (const hint of localeHints()) {
  family = hint.split(/[_.@-]/)[0].toLowerCase();
  break;
}

const tags = ['parser', 'cli', 'streaming', 'unicode', 'tested'];
const comma = families.includes(family) ? ',\u200b ' : ', ';
console.log(`Tags: ${tags.join(comma)}`);
