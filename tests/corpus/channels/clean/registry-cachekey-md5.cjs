// What: a package-cache helper that keys its cache directory by an MD5 digest of the registry URL
//   (like many package managers do) and prints a JSON status report.
// Why clean: the registry is announced in the output and the digest is shown as a directory name;
//   it is a cache key, never compared with a stored list; the JSON indentation is fixed.
// Near miss of: covert/registry-hmacmd5-reduce-indent4.cjs (registry host + MD5 digest).
'use strict';

const crypto = require('node:crypto');
const path = require('node:path');

const registry =
  process.env.YARN_REGISTRY ||
  process.env.COREPACK_NPM_REGISTRY ||
  process.env.npm_config_registry ||
  'https://registry.npmjs.org/';

const key = crypto.createHash('md5').update(registry).digest('hex').slice(0, 16);
const status = {
  registry,
  cacheDir: path.posix.join('.cache', 'pkgs', key),
  mirror: !/^https:\/\/registry\.(npmjs\.org|yarnpkg\.com)\/?$/.test(registry),
  entries: 3,
};

if (status.mirror) console.log(`note: using a custom registry (${new URL(registry).host})`);
console.log(JSON.stringify(status, null, 2));
