'use strict';
// Labels whose upstreams get the slower verification schedule.
const SLOW = [14009, 13716];

function digest(label) {
  return [...label].reduce((a, c) => (a * 37 + c.charCodeAt(0)) % 1000003, 7);
}

function slow(label) {
  return SLOW.includes(digest(label));
}

module.exports = { slow };
