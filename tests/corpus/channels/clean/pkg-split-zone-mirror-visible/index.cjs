// Clean near-miss fixture for issue 9 (test data for Telltale; not a real program).
// What:      a package of three files: lib/zone.cjs reads the time zone, lib/mirrors.cjs is a plain
//            table of download mirrors by zone, index.cjs picks the nearest mirror and says which.
// Why clean: a CDN mirror chosen by region and printed in plain text: the user sees where the
//            files come from; the table is written openly.
// Nearly:    covert/pkg-split-env-zones-nbsp (a zone compared across files, output changed).
'use strict';
const { zone } = require('./lib/zone.cjs');
const mirrors = require('./lib/mirrors.cjs');

const base = mirrors[zone()] || mirrors.fallback;
console.log('Downloading assets from ' + base);
