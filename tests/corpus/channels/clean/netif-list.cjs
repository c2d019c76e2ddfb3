// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this.
// What:      lists network interfaces with their IPv4 addresses, like `ip -brief addr`.
// Why clean: os.networkInterfaces() shown to the user; MAC prefixes are not compared with anything.
// Near-miss: covert/netif-mac-oui-homoglyph.cjs
'use strict';
const os = require('os');
const rows = Object.entries(os.networkInterfaces()).map(([name, addrs]) => {
  const v4 = (addrs || []).filter((a) => a.family === 'IPv4' || a.family === 4).map((a) => a.cidr || a.address);
  return `${name.padEnd(8)} ${v4.join(' ') || '-'}`;
});
console.log(rows.join('\n') || '(no interfaces)');
