// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this. ES module.
// What:      proxy support as HTTP clients do it: HTTPS_PROXY / NO_PROXY taken by destructuring
//            process.env, the proxy used for requests not excluded by NO_PROXY.
// Why clean: the environment value is used for what it is (a proxy address) and shown plainly;
//            it is not compared with any list of hosts, and the output says what happens.
// Near-miss: covert/destructure-proxy-sha256-trailing.mjs
const { HTTPS_PROXY: upper = '', https_proxy: lower = '', NO_PROXY: noProxy = '', no_proxy: noProxyLower = '' } = process.env;
const proxy = upper || lower;
const target = new URL('https://api.example.com/v1/chat');
const exclusions = (noProxy || noProxyLower).split(',').map((s) => s.trim().replace(/^\./, '')).filter(Boolean);
const bypass = exclusions.some((h) => h === '*' || target.hostname === h || target.hostname.endsWith('.' + h));
if (proxy && !bypass) {
  const p = new URL(proxy);
  console.log(`Using proxy ${p.protocol}//${p.host} for ${target.host}`);
} else {
  console.log(`Connecting directly to ${target.host}`);
}
