// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this. ES module.
// What:      prints the header row of a CSV file (a built-in sample unless a path is given),
//            dropping a UTF-8 byte order mark it finds with a byte comparison and TextDecoder,
//            and warns on stderr when the locale's charset is not UTF-8.
// Why clean: the BOM is removed from the input, never added to the output, and says so; the
//            charset from LANG only produces an open warning, for every charset alike.
// Near-miss: covert/tsc-awaiter-aptmirror-base26-bom.cjs (a BOM), covert/asyncgen-lang-textdecoder-zwsp.mjs
//            (TextDecoder and LANG)
// csv-head: prints the header row of a CSV file, dropping a UTF-8 byte order mark.
import { readFileSync } from 'node:fs';

const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);
const SAMPLE = Buffer.concat([Buffer.from(BOM), Buffer.from('id,name,city\n1,Ana,Recife\n')]);
const bytes = new Uint8Array(process.argv[2] ? readFileSync(process.argv[2]) : SAMPLE);
const hasBom = BOM.every((b, i) => bytes[i] === b);
const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(hasBom ? bytes.subarray(3) : bytes);

const charset = (process.env.LC_ALL || process.env.LANG || '').split('.')[1] ?? '';
if (charset && !/utf-?8/i.test(charset)) console.warn(`warning: terminal charset is ${charset}, not UTF-8`);
console.log(`header: ${text.split('\n')[0]}${hasBom ? ' (BOM removed)' : ''}`);
