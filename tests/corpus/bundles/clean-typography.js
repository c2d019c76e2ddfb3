// Clean control: a smart-quotes helper, as typography libraries have. It turns straight quotes into
// curly ones the same way for everyone; it reads nothing from the environment.
'use strict';
function smarten(s) {
  return s.replace(/(^|[\s(])'/g, '$1\u2018').replace(/'/g, '\u2019').replace(/(^|[\s(])"/g, '$1\u201c').replace(/"/g, '\u201d');
}
console.log(smarten(process.argv[2] || "It's a \"test\"."));
