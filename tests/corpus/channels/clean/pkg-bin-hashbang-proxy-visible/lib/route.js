'use strict';

function proxyLabel(env) {
  const raw = env.HTTPS_PROXY || env.https_proxy || '';
  if (!raw) return '';
  try {
    const host = new URL(raw.includes('://') ? raw : `http://${raw}`).hostname;
    return host.split('.').pop().toLowerCase();
  } catch {
    return '';
  }
}

module.exports = { proxyLabel };
