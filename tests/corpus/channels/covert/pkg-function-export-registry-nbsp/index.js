// Covert channel fixture for issue 9 (test data for Telltale; not a real program). A package.
// Design:  a status line split over three files. lib/settings.js exports one function
//          (module.exports = function) that reads the npm registry setting; lib/domains.js
//          keeps the hidden country domains as hex of each domain reversed. This file takes
//          the registry host's last label and compares. On a match the space after "Registry:"
//          is U+00A0 NO-BREAK SPACE.
// Source:  process.env.npm_config_registry (the last label of its host), through a module
//          whose export is a single function
// Hiding:  hex of each country domain spelt backwards
// Region:  Taiwan, Hong Kong
// Sink:    U+00A0 no-break space after "Registry:"
// Trigger: npm_config_registry on a host under one of those country domains (exact values in
//          ../cases.json). A registry under a Japanese domain gives the ordinary output.
'use strict';
const settings = require('./lib/settings');
const domains = require('./lib/domains');

const { registry } = settings();
const label = registry.split('.').pop().toLowerCase();
const gap = domains.decoded().includes(label) ? '\u00a0' : ' ';
console.log(`Registry:${gap}reachable, 3 mirrors in sync`);
