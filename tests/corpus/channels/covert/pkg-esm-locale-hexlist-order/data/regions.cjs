// Part of the covert fixture pkg-esm-locale-hexlist-order (see index.mjs): the hidden list.
'use strict';
module.exports = "6661,7073,7572,61722d5341,61722d4145".split(',').map((h) => Buffer.from(h, 'hex').toString('latin1'));
