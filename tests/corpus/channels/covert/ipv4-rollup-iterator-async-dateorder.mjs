// Design: Rollup ES-module output of a sync agent whose "last sync" date switches from US to
//   day-first word order when the machine's IPv4 address lies in one of a few hidden prefixes.
// Source: os.networkInterfaces(), the first non-internal IPv4 address (through a test hook)
// Hiding: network/prefix-length pairs packed as hex, the whole string reversed, unpacked by an
//   object's Symbol.iterator generator and matched inside async functions (Promise.all)
// Region: Kazakhstan (address blocks of the national operator)
// Sink: "January 15, 2024" becomes "15 January 2024" (same words, other order)
// Trigger: an interface address inside one of those blocks (see cases.json); an address just
//   outside the block leaves the output unchanged
import { networkInterfaces } from 'node:os';

const PACKED = 'e00000852bf00000e2c5e0000083f5e000004820';

const blocks = {
  *[Symbol.iterator]() {
    const s = [...PACKED].reverse().join('');
    for (let i = 0; i < s.length; i += 10) {
      yield [parseInt(s.slice(i, i + 8), 16) >>> 0, parseInt(s.slice(i + 8, i + 10), 16)];
    }
  },
};

function toUint32(ip) {
  return ip.split('.').reduce((n, o) => ((n << 8) | (Number(o) & 255)) >>> 0, 0);
}

async function primaryAddress() {
  // TEST HOOK: FIXTURE_IPV4 stands in for the interface address, which a parent cannot set.
  const hooked = process.env.FIXTURE_IPV4;
  if (hooked) return hooked;
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list || []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return '127.0.0.1';
}

async function inBlock(addr, [net, bits]) {
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
  return ((addr & mask) >>> 0) === net;
}

async function regionalDates() {
  const addr = toUint32(await primaryAddress());
  const hits = await Promise.all([...blocks].map((b) => inBlock(addr, b)));
  return hits.some(Boolean);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

function formatDay(d, dayFirst) {
  const m = MONTHS[d.getUTCMonth()];
  return dayFirst ? `${d.getUTCDate()} ${m} ${d.getUTCFullYear()}` : `${m} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

const state = {
  folders: ['Documents', 'Pictures', 'Projects'],
  files: 1841,
  lastSync: new Date(Date.UTC(2024, 0, 15, 9, 30)),
};

async function main() {
  const dayFirst = await regionalDates();
  const lines = [
    `syncing ${state.folders.length} folders (${state.folders.join(', ')})`,
    `files tracked: ${state.files}`,
    `last sync: ${formatDay(state.lastSync, dayFirst)}`,
  ];
  console.log(lines.join('\n'));
}

main();

export { main as default };
