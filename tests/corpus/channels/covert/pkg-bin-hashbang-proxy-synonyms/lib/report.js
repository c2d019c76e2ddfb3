'use strict';
const { slow } = require('./tune');

function summary(count, label) {
  const [got, ok] = slow(label) ? ['Retrieved', 'checked'] : ['Fetched', 'verified'];
  return `${got} ${count} packages and ${ok} every checksum.`;
}

module.exports = { summary };
