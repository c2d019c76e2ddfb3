// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this. ES module.
// What:      an "env doctor": a generator over the settings this tool honours (proxy, registry,
//            index, TZ, LANG, APP_*), secrets masked with a Math.imul FNV-1a fingerprint.
// Why clean: every setting is printed by name; the hash only masks secret values, it is compared
//            with nothing.
// Near-miss: covert/datecmd-generator-case.cjs (generator), covert/hostname-imul-keyorder.mjs
//            (Math.imul hash)
// env doctor: lists the settings this tool honours, secrets masked with a short fingerprint.
function fingerprint(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

const PREFIXES = ['APP_', 'HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'npm_config_registry', 'PIP_INDEX_URL', 'TZ', 'LANG'];
const SECRET = /(TOKEN|KEY|SECRET|PASSWORD)/i;

function* relevant(env) {
  for (const [k, v] of Object.entries(env).sort(([a], [b]) => a.localeCompare(b))) {
    if (PREFIXES.some((p) => k === p || k.startsWith(p))) yield [k, v];
  }
}

let n = 0;
for (const [k, v] of relevant(process.env)) {
  const shown = SECRET.test(k) ? `<hidden, fp ${fingerprint(v)}>` : v;
  console.log(`${k.padEnd(22)} ${shown}`);
  n++;
}
console.log(n ? `${n} setting(s) in effect` : 'no settings found; defaults in use');
