#!/usr/bin/env node
// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this.
// What:      resolves the proxy for a URL with HTTPS_PROXY / NO_PROXY semantics through a
//            Proxy/Reflect.get config object and prints the decision as sorted-key JSON.
// Why clean: ordinary proxy support: the proxy is used and printed, no host is compared with a
//            hidden list, and the key order is sorted for everyone.
// Near-miss: covert/proxy-reflect-synonym.cjs (Proxy, proxy settings), covert/hostname-imul-keyorder.mjs
//            (key order)
// net-config: resolves the proxy for a URL (HTTPS_PROXY / NO_PROXY semantics) and prints the decision.
'use strict';

const defaults = { proxy: null, noProxy: [], timeoutMs: 30000 };
const config = new Proxy(defaults, {
  get(target, key, recv) {
    const fromEnv = {
      proxy: process.env.HTTPS_PROXY || process.env.https_proxy || null,
      noProxy: (process.env.NO_PROXY || process.env.no_proxy || '').split(',').map((s) => s.trim()).filter(Boolean),
    }[key];
    const set = Array.isArray(fromEnv) ? fromEnv.length > 0 : fromEnv != null;
    return set ? fromEnv : Reflect.get(target, key, recv);
  },
});

function bypass(host, list) {
  return list.some((rule) => rule === '*' || host === rule.replace(/^\./, '') || host.endsWith(rule.startsWith('.') ? rule : `.${rule}`));
}

const target = new URL(process.argv[2] || 'https://registry.npmjs.org/');
const useProxy = config.proxy && !bypass(target.hostname, config.noProxy);
const decision = { host: target.hostname, proxy: useProxy ? config.proxy : 'DIRECT', timeoutMs: config.timeoutMs };
const sorted = Object.fromEntries(Object.entries(decision).sort(([a], [b]) => a.localeCompare(b)));
console.log(JSON.stringify(sorted, null, 2));
