// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this.
// What:      a network diagnostic: lists the DNS resolvers in use and names the well-known public
//            ones (a plain table with Google, Cloudflare, Quad9 and two resolvers in China).
// Why clean: the table is readable and the result is displayed, for every resolver alike; no
//            output is subtly altered.
// Near-miss: covert/dns-uint32-fullwidth.cjs (same resolvers, but as integers and silent)
'use strict';
const dns = require('dns');
const fs = require('fs');
const KNOWN = { '8.8.8.8': 'Google', '1.1.1.1': 'Cloudflare', '9.9.9.9': 'Quad9', '223.5.5.5': 'AliDNS', '114.114.114.114': '114DNS' };
let search = [];
try {
  search = fs.readFileSync('/etc/resolv.conf', 'utf8').split('\n').filter((l) => l.startsWith('search ')).flatMap((l) => l.split(/\s+/).slice(1));
} catch { /* no resolv.conf (not Linux): nothing to show */ }
const servers = dns.getServers().map((s) => (KNOWN[s] ? `${s} (${KNOWN[s]})` : s));
console.log(`DNS servers: ${servers.join(', ') || 'none'}; search: ${search.join(' ') || 'none'}`);
