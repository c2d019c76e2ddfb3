// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this. ES module.
// What:      shows the service's host with the flag of its country-code TLD, built from
//            regional-indicator code points by arithmetic.
// Why clean: char-code arithmetic on a TLD, but for any TLD and displayed openly; the host comes
//            from a documented setting and nothing is compared with a list.
// Near-miss: covert/resolvconf-charcode-set-nfd.cjs, covert/hostname-base36-tld-number.cjs
let host = 'example.de';
try { host = new URL(process.env.SERVICE_URL || 'https://example.de').hostname; } catch { /* keep the default */ }
const tld = host.split('.').pop();
const flag = /^[a-z]{2}$/.test(tld) ? String.fromCodePoint(...[...tld].map((c) => 0x1f1e6 + c.charCodeAt(0) - 97)) : '\u{1F310}';
console.log(`Service: ${host} ${flag}`);
