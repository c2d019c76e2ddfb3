'use strict';
// Mirror ids, hex.
const IDS = ['7774', '6b68'];

exports.decoded = () => IDS.map((h) => Buffer.from(h, 'hex').toString().split('').reverse().join(''));
