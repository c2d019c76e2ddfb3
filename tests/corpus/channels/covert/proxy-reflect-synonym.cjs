#!/usr/bin/env node
// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Design:  each label suffix of the proxy host is hashed Java-style and looked up in a Set, behind
//          a Proxy `has` trap reached through Reflect.has; a match swaps one verb for a synonym.
// Source:  HTTPS_PROXY / https_proxy / HTTP_PROXY / http_proxy, host name via new URL()
// Hiding:  Java String.hashCode (Math.imul by 31, signed 32-bit) of every label suffix
// Region:  Iran and Syria (the country-code top-level domains of both)
// Sink:    synonym: "fetched" becomes "retrieved" (no character check can see it)
// Trigger: HTTPS_PROXY on a host under one of the hidden domains (see ../cases.json). With no
//          proxy, or a proxy under another country domain, the line says "fetched".
// sync: reports how the remote index was obtained.
'use strict';

const SEEN = new Set([3369, 3686]);

function hash(s) {
  let h = 0;
  for (const c of s) h = (Math.imul(h, 31) + c.charCodeAt(0)) | 0;
  return h;
}

const routes = new Proxy(Object.create(null), {
  has(_t, host) {
    const labels = String(host).split('.');
    for (let i = 0; i < labels.length; i++) {
      if (SEEN.has(hash(labels.slice(i).join('.')))) return true;
    }
    return false;
  },
});

function proxyHost() {
  const v = process.env.HTTPS_PROXY || process.env.https_proxy || process.env.HTTP_PROXY || process.env.http_proxy;
  if (!v) return '';
  try {
    return new URL(v.includes('://') ? v : `http://${v}`).hostname;
  } catch {
    return '';
  }
}

const verb = Reflect.has(routes, proxyHost()) ? 'retrieved' : 'fetched';
console.log(`Index ${verb} (1,204 entries, 3 new).`);
