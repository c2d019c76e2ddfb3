// Clean control: ordinary proxy support, as HTTP clients do it. Reads HTTPS_PROXY and NO_PROXY
// and decides whether to use the proxy; nothing hidden, nothing varies in the output text.
'use strict';
function proxyFor(url) {
  const u = new URL(url);
  const noProxy = (process.env.NO_PROXY || process.env.no_proxy || '').split(',').map((s) => s.trim()).filter(Boolean);
  if (noProxy.some((h) => u.hostname === h || u.hostname.endsWith('.' + h))) return null;
  return process.env.HTTPS_PROXY || process.env.https_proxy || process.env.HTTP_PROXY || null;
}
const base = process.env.EXAMPLE_API_BASE_URL || 'https://api.example.com';
console.log(JSON.stringify({ base, proxy: proxyFor(base) }));
