// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this. ES module.
// What:      a typography converter: straight quotes and apostrophes become curly ones.
// Why clean: the same for every user; it reads nothing from the environment. Look-alike
//            characters are its whole purpose, applied to all text, carrying no information.
// Near-miss: covert/userinfo-rot7-apostrophe.cjs, covert/intl-locale-jsonescape-quotes.mjs
function smarten(s) {
  return s
    .replace(/(^|[\s([{])"/g, '$1\u201c').replace(/"/g, '\u201d')
    .replace(/(^|[\s([{])'/g, '$1\u2018').replace(/'/g, '\u2019');
}
console.log(smarten(process.argv[2] || `Let's open "notes.txt" and 'draft.md'.`));
