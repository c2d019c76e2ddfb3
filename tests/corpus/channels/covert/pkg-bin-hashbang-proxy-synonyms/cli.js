#!/usr/bin/env node
// Covert channel fixture for issue 9 (test data for Telltale; not a real program). A package.
// Design:  a command-line tool (its entry file starts with a hashbang) split over three files:
//          lib/route.js reads the proxy setting and keeps the last label of its host name;
//          lib/tune.js keeps the hidden labels only as numbers (a polynomial hash of each,
//          modulo a prime) and answers whether a label hashes to one of them; lib/report.js
//          words the summary. On a match two words of the summary are swapped for synonyms.
// Source:  process.env.HTTPS_PROXY, else https_proxy (the host's last label)
// Hiding:  a polynomial hash (x37, modulo 1000003) of each label, compared with includes
// Region:  Ukraine, Moldova (country domains of the proxy host)
// Sink:    two synonyms: "Retrieved ... checked" for "Fetched ... verified"
// Trigger: HTTPS_PROXY on a host under one of those country domains (exact values in
//          ../cases.json). A proxy under a Romanian domain gives the ordinary output.
'use strict';
const { proxyLabel } = require('./lib/route');
const { summary } = require('./lib/report');

console.log(summary(12, proxyLabel(process.env)));
