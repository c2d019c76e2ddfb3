'use strict';
// Country domains whose mirrors get the slower verification schedule.
const SLOW = ['ua', 'md'];

function slow(label) {
  return SLOW.includes(label);
}

module.exports = { slow };
