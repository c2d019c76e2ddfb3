// Real Bun single-file executables: Bun itself comes from npm (@oven/bun-linux-x64, cached in
// tests/.cache/bun), compiles a channel fixture and a clean program with `bun build --compile`,
// and the scanner must name the embedded module in its findings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, bun } from '../e2e/helpers.mjs';

const BIN = join(root, 'target', 'release', 'telltale');

function compile(fixture) {
  const dir = mkdtempSync(join(tmpdir(), 'bun-'));
  copyFileSync(join(root, 'tests', 'corpus', 'bundles', fixture), join(dir, 'app.js'));
  execFileSync(bun(), ['build', '--compile', 'app.js', '--outfile', 'app'], { cwd: dir, stdio: 'ignore' });
  return join(dir, 'app');
}

function scan(p) {
  const r = spawnSync(BIN, ['scan', '--format', 'json', p], { maxBuffer: 1 << 26 });
  return { ...JSON.parse(r.stdout.toString()), status: r.status };
}

test('a covert channel compiled into a Bun executable is found in its embedded module', () => {
  const exe = compile('proxy-hex-date.js');
  // The executable really is the channel: it behaves differently by environment.
  const quiet = execFileSync(exe, { env: { PATH: process.env.PATH } }).toString();
  const loud = execFileSync(exe, { env: { PATH: process.env.PATH, HTTPS_PROXY: 'http://squid.relay.example.net:3128' } }).toString();
  assert.notEqual(quiet, loud);
  const r = scan(exe);
  assert.equal(r.verdict, 'covert');
  assert.match(r.inputs[0].kind, /^bun executable \(1 embedded module/);
  const chain = r.findings.find((f) => f.rule === 'covert-channel');
  assert.match(chain.path, /!\/\$bunfs\/root\/app/);
  assert.ok(chain.decoded.text.includes('squid.relay.example.net'));
});

test('a clean program compiled with Bun stays clean or notice', () => {
  const r = scan(compile('clean-proxy-support.js'));
  assert.ok(['clean', 'notice'].includes(r.verdict), `${r.verdict}: ${JSON.stringify(r.findings.filter((f) => f.severity !== 'info').map((f) => f.message))}`);
});

test('a Bun executable whose module graph is larger than a scan window still names the module', () => {
  // Two modules: 3 MB of real-looking padding code first, the channel after it, so the graph
  // (and the channel) lie far from the trailer; the graph is read from the end of the file.
  const dir = mkdtempSync(join(tmpdir(), 'bun-big-'));
  copyFileSync(join(root, 'tests', 'corpus', 'bundles', 'proxy-hex-date.js'), join(dir, 'channel.js'));
  const pad = Array.from({ length: 60000 }, (_, i) => `export function f${i}(a, b) { return a * ${i} + b; }`).join('\n');
  writeFileSync(join(dir, 'pad.js'), pad);
  writeFileSync(join(dir, 'app.js'), "import * as pad from './pad.js';\nimport './channel.js';\nif (process.argv[2] === 'x') console.log(Object.keys(pad).length);\n");
  execFileSync(bun(), ['build', '--compile', 'app.js', '--outfile', 'app'], { cwd: dir, stdio: 'ignore' });
  const r = scan(join(dir, 'app'));
  assert.equal(r.verdict, 'covert');
  assert.match(r.inputs[0].kind, /^bun executable/);
  const chain = r.findings.find((f) => f.rule === 'covert-channel');
  assert.match(chain.path, /!\/\$bunfs\/root\/app/);
});
