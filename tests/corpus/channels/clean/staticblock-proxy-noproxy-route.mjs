// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this. ES module.
// What:      a class static block reads HTTPS_PROXY / HTTP_PROXY and NO_PROXY once; route(host)
//            decides whether each request goes through the proxy, and the decision is printed.
// Why clean: ordinary proxy support: the proxy host and the NO_PROXY bypass are printed per
//            request, no list of hosts or countries is consulted, and nothing is hidden.
// Near-miss: covert/destructure-proxy-sha256-trailing.mjs (same proxy variables)
// fetch-config: decides whether a request goes through the configured proxy and says which.
class ProxyConfig {
  static url = null;
  static bypass = [];
  static {
    const raw = process.env.HTTPS_PROXY ?? process.env.https_proxy ?? process.env.HTTP_PROXY ?? process.env.http_proxy;
    try {
      this.url = raw ? new URL(raw.includes('://') ? raw : `http://${raw}`) : null;
    } catch {
      this.url = null;
    }
    this.bypass = (process.env.NO_PROXY ?? process.env.no_proxy ?? '')
      .split(',')
      .map((s) => s.trim().replace(/^\*?\./, ''))
      .filter(Boolean);
  }
  static route(host) {
    if (!this.url) return 'direct';
    if (this.bypass.some((b) => host === b || host.endsWith(`.${b}`))) return 'direct (NO_PROXY)';
    return `via proxy ${this.url.host}`;
  }
}

for (const host of ['registry.npmjs.org', 'api.github.com', 'localhost']) {
  console.log(`${host.padEnd(20)} ${ProxyConfig.route(host)}`);
}
