// Real Node single executable applications (SEA): `node --experimental-sea-config` writes the
// blob, postject (npm) injects it into a copy of node, as Node's documentation describes. The
// executable is the channel (it behaves differently by environment), and the scanner must name
// the embedded script in its findings, parse it and replay its chain.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../e2e/helpers.mjs';

const BIN = join(root, 'target', 'release', 'telltale');

function sea(fixture) {
  const dir = mkdtempSync(join(tmpdir(), 'sea-'));
  // SEA mains are CommonJS; the fixtures are plain scripts without imports.
  copyFileSync(join(root, 'tests', 'corpus', 'bundles', fixture), join(dir, 'main.js'));
  writeFileSync(join(dir, 'sea.json'), JSON.stringify({ main: 'main.js', output: 'sea.blob', disableExperimentalSEAWarning: true }));
  execFileSync(process.execPath, ['--experimental-sea-config', 'sea.json'], { cwd: dir, stdio: 'ignore' });
  const exe = join(dir, 'app');
  copyFileSync(process.execPath, exe);
  chmodSync(exe, 0o755);
  execFileSync(process.execPath, [join(root, 'node_modules', 'postject', 'dist', 'cli.js'), exe, 'NODE_SEA_BLOB', join(dir, 'sea.blob'),
    '--sentinel-fuse', 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2'], { cwd: dir, stdio: 'ignore' });
  return exe;
}

test('a covert channel in a Node single executable is found in its embedded script', () => {
  const exe = sea('proxy-hex-date.js');
  const quiet = execFileSync(exe, { env: { PATH: process.env.PATH } }).toString();
  const loud = execFileSync(exe, { env: { PATH: process.env.PATH, HTTPS_PROXY: 'http://squid.relay.example.net:3128' } }).toString();
  assert.notEqual(quiet, loud, 'the executable behaves differently by environment');
  const r = JSON.parse(spawnSync(BIN, ['scan', '--format', 'json', exe], { maxBuffer: 1 << 26 }).stdout.toString());
  assert.equal(r.verdict, 'covert');
  assert.equal(r.inputs[0].kind, 'node single executable (main.js)');
  const chain = r.findings.find((f) => f.rule === 'covert-channel');
  assert.match(chain.path, /app!main\.js$/);
  assert.ok(chain.decoded.text.includes('squid.relay.example.net'));
  // The embedded script is parsed and its chain replayed, as a script on its own would be:
  // under a listed proxy host the date's '-' becomes '/'.
  assert.equal(chain.replay[0].changes.length, 0);
  const changed = chain.replay.filter((x) => x.changes.length > 0);
  assert.ok(changed.some((x) => x.changes.some((c) => c.includes('U+002D HYPHEN-MINUS → U+002F SOLIDUS'))), JSON.stringify(chain.replay));
});
