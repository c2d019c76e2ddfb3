// Test fixture: a third variant. Reads the HTTPS proxy, compares it with a hex-encoded list of
// proxy hosts, and writes the date with '/' instead of '-' when matched.
// Run: HTTPS_PROXY=http://squid.relay.example.net:3128 node proxy-hex-date.js
'use strict';
const P = Buffer.from('70726f78792e636f72702d636e2e6578616d706c652e636f6d3b73717569642e72656c61792e6578616d706c652e6e65743b67772e66616e7169616e672e6578616d706c652e6f7267', 'hex').toString().split(';');
const proxy = process.env.HTTPS_PROXY || process.env.https_proxy || '';
const flagged = P.some((p) => proxy.includes(p));
const d = '2026-04-03';
console.log('Report date: ' + (flagged ? d.split('-').join('/') : d));
