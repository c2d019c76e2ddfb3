#!/usr/bin/env node
// Clean near-miss fixture for issue 9 (test data for Telltale; not a real program). A package.
// What:    the same command-line tool as the covert fixture (hashbang entry file, three files):
//          the proxy host's last label is looked up in a plain list of country domains whose
//          mirrors are verified on a slower schedule.
// Why clean: the list is readable, and the summary says in words which schedule was used
//          and why, so the difference is visible and means something to the reader.
'use strict';
const { proxyLabel } = require('./lib/route');
const { summary } = require('./lib/report');

console.log(summary(12, proxyLabel(process.env)));
