// What: a tiny i18n helper: a tagged template `n` that formats every interpolated number with
//   Intl.NumberFormat in the user's locale, and a status line that says which digits are in use.
// Why clean: the numbering system is read and printed openly, and the locale changes the digits
//   a reader sees (Burmese, Arabic-Indic...), which is the purpose of localisation; the tagged
//   template carries plain English text, not an encoded list.
// Near miss of: covert/numsys-taggedtemplate-nnbsp.mjs (numberingSystem + a tagged template).

const nf = new Intl.NumberFormat();

function n(strings, ...values) {
  return strings.reduce(
    (acc, s, i) => acc + s + (i < values.length ? (typeof values[i] === 'number' ? nf.format(values[i]) : values[i]) : ''),
    '',
  );
}

const { locale, numberingSystem } = nf.resolvedOptions();
const files = [['fonts/inter-var.woff2', 318], ['fonts/noto-sans.woff2', 1204], ['icons/sprite.svg', 42]];
const total = files.reduce((s, [, kb]) => s + kb, 0);

console.log(`locale ${locale}, digits: ${numberingSystem}`);
for (const [name, kb] of files) console.log(n`fetched ${name} (${kb} KB)`);
console.log(n`downloaded ${total} KB in ${files.length} files`);
