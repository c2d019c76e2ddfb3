// Assemble the engine's npm package (issue 14) in build/npm/package from wasm-pack's two
// outputs (build/npm/node: `--target nodejs`, build/npm/web: `--target web`; same wasm, optimised
// once by the Makefile), then `npm pack` it into build/npm/. The package's README is npm/README.md.
//
//   import { checkText } from 'telltale-engine'      // Node: loads synchronously
//   import init, { checkText } from 'telltale-engine' // browsers/bundlers: `await init()` first
import { readFileSync, writeFileSync, mkdirSync, rmSync, copyFileSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'build', 'npm');
const pkgDir = join(out, 'package');
const version = readFileSync(join(root, 'crate', 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1];

rmSync(pkgDir, { recursive: true, force: true });
for (const [target, type] of [['node', 'commonjs'], ['web', 'module']]) {
  mkdirSync(join(pkgDir, target), { recursive: true });
  for (const f of ['telltale.js', 'telltale.d.ts', 'telltale_bg.wasm', 'telltale_bg.wasm.d.ts']) {
    copyFileSync(join(out, target, f), join(pkgDir, target, f));
  }
  // wasm-pack's nodejs glue is CommonJS and its web glue an ES module: each folder says which.
  writeFileSync(join(pkgDir, target, 'package.json'), JSON.stringify({ type }, null, 2) + '\n');
}
const node = { types: './node/telltale.d.ts', default: './node/telltale.js' };
const web = { types: './web/telltale.d.ts', default: './web/telltale.js' };
const pkg = {
  name: 'telltale-engine',
  version,
  description: 'Telltale\'s engine in WebAssembly: finds hidden signals in text, documents, packages and bundles (look-alike and invisible characters, covert encodings, environment fingerprinting). Runs offline.',
  license: 'Apache-2.0',
  keywords: ['security', 'steganography', 'unicode', 'homoglyph', 'supply-chain', 'wasm'],
  main: './node/telltale.js',
  module: './web/telltale.js',
  types: './web/telltale.d.ts',
  exports: {
    '.': { node: node, default: web },
    './node': node,
    './web': web,
    './package.json': './package.json',
  },
  files: ['node/', 'web/', 'README.md'],
  sideEffects: ['./web/telltale.js', './node/telltale.js'],
  engines: { node: '>=18' },
};
writeFileSync(join(pkgDir, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
writeFileSync(join(pkgDir, 'README.md'), readFileSync(join(root, 'npm', 'README.md'), 'utf8').replaceAll('__VERSION__', version));

const tgz = execFileSync('npm', ['pack', '--silent', '--pack-destination', out], { cwd: pkgDir, encoding: 'utf8' }).trim().split('\n').pop();
const size = statSync(join(out, tgz)).size;
console.log(`npm package: build/npm/${tgz} (${(size / 1024 / 1024).toFixed(2)} MB packed)`);
