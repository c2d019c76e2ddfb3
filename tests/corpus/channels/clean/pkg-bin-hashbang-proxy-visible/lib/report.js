'use strict';
const { slow } = require('./tune');

function summary(count, label) {
  const schedule = slow(label) ? `slow schedule for .${label} mirrors` : 'standard schedule';
  return `Fetched ${count} packages and verified every checksum (${schedule}).`;
}

module.exports = { summary };
