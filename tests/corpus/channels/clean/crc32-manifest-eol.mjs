// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this. ES module.
// What:      prints a CRC-32 line per embedded file; line endings follow --eol=crlf|lf or the
//            platform (os.EOL), and the choice is announced on stderr.
// Why clean: the CRC-32 is of the program's own data, not of the environment; CRLF depends on an
//            explicit flag or on Windows, for everyone, and is said.
// Near-miss: covert/pipindex-crc32-crlf.cjs (CRC-32 and CRLF)
// manifest: prints a CRC-32 line per embedded file; line endings follow --eol or the platform.
import os from 'node:os';

const TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let crc = 0xffffffff;
  for (const b of buf) crc = TABLE[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
};

const FILES = {
  'README.md': '# demo\n',
  'src/index.js': 'export default 42;\n',
  'LICENSE': 'MIT\n',
};

const flag = process.argv.find((a) => a.startsWith('--eol='));
const eol = flag ? (flag.slice(6) === 'crlf' ? '\r\n' : '\n') : os.EOL;
const lines = Object.entries(FILES).map(([name, body]) =>
  `${crc32(Buffer.from(body)).toString(16).padStart(8, '0')}  ${name}`);
process.stdout.write(lines.join(eol) + eol);
process.stderr.write(`(line endings: ${eol === '\r\n' ? 'CRLF' : 'LF'})\n`);
