// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this.
// What:      strips a UTF-8 byte-order mark before parsing JSON, written both common ways.
// Why clean: U+FEFF is removed from input, never written into output; nothing reads the
//            environment. (The 2026 scanner called the version before the incident suspicious
//            for exactly this.)
// Near-miss: any zero-width "sink" (covert/alias-env-baseurl-hexxor-zwj.cjs)
'use strict';
const stripBom = (s) => (s.charCodeAt(0) === 0xFEFF ? s.slice(1) : s);
const stripBom2 = (s) => (s.startsWith('\uFEFF') ? s.slice(1) : s);
const input = '\uFEFF{"name":"demo","version":"1.0.0"}';
const pkg = JSON.parse(stripBom(input));
console.log(`${pkg.name}@${pkg.version} (BOM removed: ${stripBom2(input) === stripBom(input) && input.length === stripBom(input).length + 1})`);
