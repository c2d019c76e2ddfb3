// What: Rollup ES-module output of a dev server's startup banner: it finds the machine's LAN
//   address and classifies it (private, carrier-grade NAT, link-local or public) from the RFC 1918
//   / RFC 6598 / RFC 3927 table, written as uint32 network/prefix pairs, then prints both.
// Why clean: the ranges are the well-known special-purpose blocks, listed in the open with their
//   RFC names; the address and its class are printed, so the output changes only visibly.
// Near miss of: covert/ipv4-rollup-iterator-async-dateorder.mjs (interface IPv4 + prefix table).
import { networkInterfaces } from 'node:os';

const SPECIAL = [
  [0x0a000000, 8, 'private (RFC 1918)'],
  [0xac100000, 12, 'private (RFC 1918)'],
  [0xc0a80000, 16, 'private (RFC 1918)'],
  [0x64400000, 10, 'carrier-grade NAT (RFC 6598)'],
  [0xa9fe0000, 16, 'link-local (RFC 3927)'],
  [0xc0000200, 24, 'documentation (RFC 5737)'],
];

function toUint32(ip) {
  return ip.split('.').reduce((n, o) => ((n << 8) | (Number(o) & 255)) >>> 0, 0);
}

function lanAddress() {
  // TEST HOOK: FIXTURE_IPV4 stands in for the interface address.
  const hooked = process.env.FIXTURE_IPV4;
  if (hooked) return hooked;
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list || []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return '127.0.0.1';
}

function classify(ip) {
  const n = toUint32(ip);
  for (const [net, bits, label] of SPECIAL) {
    const mask = (~0 << (32 - bits)) >>> 0;
    if (((n & mask) >>> 0) === net) return label;
  }
  return 'public: the server will be reachable from the internet';
}

const ip = lanAddress();
console.log('dev server ready');
console.log(`  local:   http://localhost:5173/`);
console.log(`  network: http://${ip}:5173/  (${classify(ip)})`);

export { classify };
