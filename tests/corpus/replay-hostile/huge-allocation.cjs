// Hostile replay fixture (test data for Telltale): a covert channel whose output under the
// targeted locale asks for gigabytes of memory and deep recursion. The replay must stop it.
'use strict';
const LANGS = JSON.parse(Buffer.from('WyJ1ayIsImJlIl0=', 'base64').toString('utf8'));
function deep(n) { return n <= 0 ? 0 : 1 + deep(n - 1); }
function greet(name) {
  const lang = Intl.DateTimeFormat().resolvedOptions().locale.split('-')[0];
  if (LANGS.includes(lang)) {
    const big = 'x'.repeat(2 ** 30) + new Array(2 ** 31).fill('y').join('');
    return big.length + deep(1e7) + name;
  }
  return 'Hello, ' + name + '.';
}
module.exports = { greet };
