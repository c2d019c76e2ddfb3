// The bundle scanner on fixtures that really implement covert channels: each is run with node
// under different environments to show it behaves differently, then scanned (plain, inside a
// generated .tgz, a .zip, a zip nested in a tgz) and must come out covert with its list decoded.
// Clean look-alikes must stay clean or notice. Hostile archives give a clear entry, no crash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, copyFileSync, mkdirSync, readFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { root } from '../e2e/helpers.mjs';

const BIN = join(root, 'target', 'release', 'telltale');
const FX = join(root, 'tests', 'corpus', 'bundles');

function run(file, env) {
  return execFileSync(process.execPath, [join(FX, file)], { env: { PATH: process.env.PATH, TZ: 'UTC', LANG: 'en_US.UTF-8', ...env } }).toString();
}

function scan(...paths) {
  const r = spawnSync(BIN, ['scan', '--format', 'json', ...paths], { maxBuffer: 1 << 26 });
  assert.ok([0, 1].includes(r.status), `exit ${r.status}: ${r.stderr}`);
  return { ...JSON.parse(r.stdout.toString()), status: r.status };
}

const CHANNELS = [
  { file: 'agent-b64-xor.js', quiet: {}, loud: { ANTHROPIC_BASE_URL: 'https://api.deepseek.com', TZ: 'Asia/Shanghai' }, list: 'api.deepseek.com' },
  { file: 'locale-charcodes-zw.js', quiet: {}, loud: { OPENAI_API_BASE: 'https://gpt.aiproxy.io/v1' }, list: 'gpt.aiproxy.io' },
  { file: 'proxy-hex-date.js', quiet: {}, loud: { HTTPS_PROXY: 'http://squid.relay.example.net:3128' }, list: 'squid.relay.example.net' },
  { file: 'hash-vs-emoji.js', quiet: {}, loud: { OPENAI_BASE_URL: 'https://api.deepseek.com/v1' }, list: 'api.deepseek.com' },
];

test('each fixture channel really behaves differently by environment', () => {
  for (const c of CHANNELS) {
    const a = run(c.file, c.quiet);
    const b = run(c.file, c.loud);
    assert.notEqual(a, b, c.file);
  }
  // The incident fixture encodes exactly the published scheme: U+02B9 = both flags, '/' = China.
  assert.match(run('agent-b64-xor.js', CHANNELS[0].loud), /Today\u02b9s date is 2026\/04\/03\./);
  assert.match(run('agent-b64-xor.js', {}), /Today's date is 2026-04-03\./);
  // …and telltale's text checker reads the signal back out of the prompt it printed.
  const t = spawnSync(BIN, ['prompt', '-', '--format', 'json'], { input: run('agent-b64-xor.js', CHANNELS[0].loud) });
  const flags = JSON.parse(t.stdout).findings.find((f) => f.rule === 'dateline-marker').decoded.flags;
  assert.deepEqual(flags, { custom_host_on_list: true, host_has_lab_keyword: true, china_timezone: true });
});

test('every fixture channel is covert with its hidden list decoded', () => {
  for (const c of CHANNELS) {
    const r = scan(join(FX, c.file));
    assert.equal(r.verdict, 'covert', c.file);
    assert.equal(r.status, 1);
    const chain = r.findings.find((f) => f.rule === 'covert-channel');
    assert.ok(chain.decoded.text.split('\n').includes(c.list), `${c.file}: ${chain.decoded.text}`);
    assert.ok(chain.occurrences.length >= 3, 'source, comparison and sink are all listed');
    assert.ok(chain.location.line >= 1 && chain.excerpt.length > 0);
  }
});

test('clean look-alikes stay clean or notice', () => {
  for (const f of ['clean-proxy-support.js', 'clean-timezone-lib.js', 'clean-typography.js']) {
    const r = scan(join(FX, f));
    assert.ok(['clean', 'notice'].includes(r.verdict), `${f}: ${r.verdict} ${JSON.stringify(r.findings.map((x) => x.rule))}`);
    assert.equal(r.status, 0);
  }
});

test('archives: tgz (npm layout), zip, zip nested in tgz', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tt-'));
  mkdirSync(join(dir, 'package'));
  copyFileSync(join(FX, 'agent-b64-xor.js'), join(dir, 'package', 'cli.js'));
  writeFileSync(join(dir, 'package', 'package.json'), '{"name":"demo","version":"1.0.0"}');
  execFileSync('tar', ['czf', join(dir, 'demo.tgz'), '-C', dir, 'package']);
  let r = scan(join(dir, 'demo.tgz'));
  assert.equal(r.verdict, 'covert');
  assert.ok(r.findings.find((f) => f.rule === 'covert-channel').path.endsWith('demo.tgz!package/cli.js'), JSON.stringify(r.findings[0].path));
  assert.ok(r.inputs.some((i) => i.kind === 'tar'));
  // A zip holding the tgz and a clean file.
  execFileSync('python3', ['-c', `import zipfile,sys
z=zipfile.ZipFile(sys.argv[1],'w',zipfile.ZIP_DEFLATED)
z.write(sys.argv[2],'ext/demo.tgz'); z.writestr('ext/readme.txt','hello'); z.close()`, join(dir, 'demo.vsix'), join(dir, 'demo.tgz')]);
  r = scan(join(dir, 'demo.vsix'));
  assert.equal(r.verdict, 'covert');
  assert.ok(r.findings.some((f) => f.path && f.path.includes('demo.vsix!ext/demo.tgz!')));
});

test('hostile archives: bomb, traversal, truncation, deep nesting are reported and the rest is scanned', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tt-'));
  execFileSync('python3', ['-c', `import zipfile,sys
z=zipfile.ZipFile(sys.argv[1],'w',zipfile.ZIP_DEFLATED)
z.writestr('bomb.txt', b'\\0' * (300 << 20)); z.writestr('../../etc/evil.js', 'x=1'); z.close()`, join(dir, 'hostile.zip')]);
  copyFileSync(join(FX, 'proxy-hex-date.js'), join(dir, 'real.js'));
  const good = readFileSync(join(FX, 'clean-typography.js'));
  writeFileSync(join(dir, 'truncated.gz'), gzipSync(good).subarray(0, 40));
  let deep = gzipSync(readFileSync(join(FX, 'clean-typography.js')));
  for (let i = 0; i < 20; i++) deep = gzipSync(deep);
  writeFileSync(join(dir, 'deep.gz'), deep);
  writeFileSync(join(dir, 'empty.js'), '');
  const r = scan(dir);
  const problems = r.findings.filter((f) => f.rule === 'archive-problem').map((f) => `${f.path}: ${f.message}`).join('\n');
  // Each problem is a sentence in the reader's language with the reader's own words as detail.
  assert.match(problems, /hostile\.zip!bomb\.txt: Decompression bomb \(zip bomb: expands \d+×/);
  assert.match(problems, /escapes the archive: \.\.\/\.\.\/etc\/evil\.js/);
  assert.match(problems, /truncated\.gz: Corrupt or truncated \(corrupt or truncated compressed data/);
  assert.match(problems, /nested deeper than 16/);
  // What was not read is listed with its reason, and the CLI fails closed on it.
  const unchecked = r.coverage.unchecked.map((u) => u.path).join('\n');
  assert.match(unchecked, /hostile\.zip!bomb\.txt/);
  assert.match(unchecked, /truncated\.gz/);
  assert.equal(r.coverage.complete, false);
  // …and the real channel next to them is still found.
  assert.equal(r.verdict, 'covert');
  assert.ok(r.inputs.some((i) => i.path.endsWith('empty.js') && i.size === 0));
});

test('random binary and a missing path', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tt-'));
  const bytes = Buffer.alloc(3 << 20);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
  writeFileSync(join(dir, 'random.bin'), bytes);
  const r = scan(join(dir, 'random.bin'));
  assert.ok(['clean', 'notice'].includes(r.verdict));
  assert.equal(r.inputs[0].bytes_read, bytes.length);
  const m = spawnSync(BIN, ['scan', join(dir, 'nope')]);
  assert.equal(m.status, 2);
  assert.match(m.stderr.toString(), /nope/);
});

test('a 2 GB file is read to the end in bounded memory, and a channel after it is still found', () => {
  // Sparse: 2 GiB of zeros with a channel fixture written at the very end.
  const dir = mkdtempSync(join(tmpdir(), 'tt-2g-'));
  const big = join(dir, 'huge.bin');
  const channel = readFileSync(join(root, 'tests', 'corpus', 'bundles', 'agent-b64-xor.js'));
  execFileSync('truncate', ['-s', String(2 ** 31), big]);
  const fd = openSync(big, 'r+');
  writeSync(fd, channel, 0, channel.length, 2 ** 31 - channel.length);
  closeSync(fd);
  const t = spawnSync('/usr/bin/time', ['-f', '%M', BIN, 'scan', '--format', 'json', big], { maxBuffer: 1 << 26 });
  const r = JSON.parse(t.stdout.toString());
  const rssKb = Number(t.stderr.toString().trim().split('\n').pop());
  assert.equal(r.inputs[0].bytes_read, 2 ** 31);
  assert.equal(r.verdict, 'covert');
  assert.ok(rssKb < 64 * 1024, `peak RSS ${rssKb} KB`);
});
