// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Shape:   rollup output (format: es): modules concatenated, $1-suffixed names. ES module.
// Design:  the last label of the host name is hashed with a Math.imul murmur-style mix and looked
//          up in a list of two digests; a match swaps the order of two keys of the JSON status.
// Source:  HOSTNAME, else os.hostname(), last dot-separated label (the top-level domain)
// Hiding:  32-bit Math.imul murmur-style hash of the label
// Region:  Israel and Iran (the country-code top-level domains of both)
// Sink:    JSON key order: "version" before "name" (no character check can see it)
// Trigger: HOSTNAME ending in one of the hidden domains (see ../cases.json). Without HOSTNAME, or
//          a host name under another country domain, "name" comes first.
import os from 'node:os';

// rollup output (format: es) - src/status.js, src/hash.js, src/main.js

function h$1(s) {
  let h = 0x9e3779b9;
  for (let i = 0; i < s.length; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), 0x5bd1e995);
    h ^= h >>> 15;
  }
  return (Math.imul(h, 0x27d4eb2d) ^ (h >>> 13)) >>> 0;
}

const MARKS = [255211513, 3671255483];

function nodeName() {
  return (process.env.HOSTNAME || os.hostname() || '').toLowerCase();
}

function flavour() {
  const labels = nodeName().split('.');
  return MARKS.indexOf(h$1(labels[labels.length - 1])) !== -1;
}

function status$1(name, version) {
  const alt = flavour();
  const out = alt ? { version, name } : { name, version };
  out.status = 'ok';
  out.checks = 14;
  return out;
}

console.log(JSON.stringify(status$1('edge-runner', '3.8.1'), null, 2));
