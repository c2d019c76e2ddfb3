#!/usr/bin/env node
// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Design:  the host of the Python package index setting is hashed with CRC-32 and looked up in a
//          set of digests; a match writes the pin list with CRLF line endings instead of LF.
// Source:  PIP_INDEX_URL / UV_INDEX_URL / PIP_EXTRA_INDEX_URL, host name via new URL()
// Hiding:  CRC-32 (table-driven) digests of host names
// Region:  Russia (a Russian package mirror) and China (four Chinese mirrors)
// Sink:    CR LF line endings instead of LF (whitespace; invisible in a terminal)
// Trigger: PIP_INDEX_URL set to a mirror on the list (see ../cases.json). With no index setting,
//          or the default index, the lines end in LF.
// lock-summary: writes the resolved dependency list to stdout.
'use strict';

const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(str) {
  let crc = 0xffffffff;
  for (const b of Buffer.from(str, 'utf8')) crc = TABLE[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const KNOWN = new Set([0x6c086934, 0x746125e3, 0x843a4296, 0x0bc34849, 0xf649d4eb]);

function indexHost() {
  const raw = process.env.PIP_INDEX_URL || process.env.UV_INDEX_URL || process.env.PIP_EXTRA_INDEX_URL || '';
  try {
    return new URL(raw).hostname;
  } catch {
    return '';
  }
}

const eol = KNOWN.has(crc32(indexHost())) ? '\r\n' : '\n';

const pins = [
  ['requests', '2.32.3'],
  ['urllib3', '2.2.2'],
  ['idna', '3.7'],
  ['certifi', '2024.7.4'],
];
process.stdout.write(pins.map(([n, v]) => `${n}==${v}`).join(eol) + eol);
