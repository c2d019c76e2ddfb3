// Live round trips against the real tools: every run hides fresh random messages with stegsnow
// (Debian) and stegcloak / zwsp-steg (npm), then checks that the telltale CLI recovers them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../e2e/helpers.mjs';

const hide = (opts) => execFileSync(process.execPath, [join(root, 'tests', 'tools', 'hide.cjs'), JSON.stringify(opts)], { cwd: root }).toString();
const BIN = join(root, 'target', 'release', 'telltale');
const COVER = readFileSync(join(root, 'tests', 'corpus', 'gen', 'cover.txt'), 'utf8');
const WORDS = ['alpha', 'bravo', 'meet', 'north', 'gate', 'at', 'dawn', 'the', 'key', 'is', 'under', 'mat', 'send', 'report', 'friday', 'blue', 'river', 'seven'];

function randomMessage(n) {
  const w = [];
  for (let i = 0; i < n; i++) w.push(WORDS[Math.floor(Math.random() * WORDS.length)]);
  return w.join(' ');
}

function telltale(text, ...args) {
  const r = spawnSync(BIN, ['prompt', '-', '--format', 'json', ...args], { input: text, maxBuffer: 1 << 26 });
  assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout.toString());
}

function decodedTexts(report) {
  return report.findings.map((f) => f.decoded && f.decoded.text).filter(Boolean);
}

test('stegsnow plain and compressed messages are recovered', () => {
  const dir = mkdtempSync(join(tmpdir(), 'snow-'));
  writeFileSync(join(dir, 'in.txt'), COVER);
  for (let i = 0; i < 6; i++) {
    const msg = randomMessage(3 + i);
    const args = i % 2 ? ['-C'] : [];
    execFileSync('stegsnow', [...args, '-Q', '-m', msg, join(dir, 'in.txt'), join(dir, 'out.txt')]);
    const r = telltale(readFileSync(join(dir, 'out.txt')));
    assert.equal(r.verdict, 'covert', `${msg} (${args})`);
    assert.ok(decodedTexts(r).includes(msg), `${msg} not in ${JSON.stringify(decodedTexts(r))}`);
  }
});

test('stegsnow encrypted messages are detected, not misread', () => {
  const dir = mkdtempSync(join(tmpdir(), 'snow-'));
  writeFileSync(join(dir, 'in.txt'), COVER);
  const msg = randomMessage(5);
  execFileSync('stegsnow', ['-C', '-Q', '-p', 'pw' + Math.random(), '-m', msg, join(dir, 'in.txt'), join(dir, 'out.txt')]);
  const r = telltale(readFileSync(join(dir, 'out.txt')));
  assert.ok(['suspicious', 'covert'].includes(r.verdict));
  assert.ok(r.findings.some((f) => f.rule === 'whitespace-steganography'));
  assert.ok(!decodedTexts(r).includes(msg));
});

test('stegcloak messages are recovered, with and without a password', () => {
  for (const [encrypt, integrity] of [[false, false], [true, false], [true, true]]) {
    const msg = randomMessage(4);
    const pw = 'pw-' + Math.floor(Math.random() * 1e6);
    const text = hide({ tool: 'stegcloak', encrypt, integrity, message: msg, password: pw, cover: 'Thanks for the notes from this morning, they help.' });
    const r = telltale(text, ...(encrypt ? ['--password', pw] : []));
    assert.equal(r.verdict, 'covert');
    assert.ok(decodedTexts(r).includes(msg), `${msg} (encrypt=${encrypt}, integrity=${integrity}): ${JSON.stringify(decodedTexts(r))}`);
    if (encrypt) {
      const locked = telltale(text);
      assert.equal(locked.verdict, 'covert');
      assert.ok(locked.findings.some((f) => f.decoded && f.decoded.encrypted));
      const wrong = telltale(text, '--password', 'not-' + pw);
      assert.ok(!decodedTexts(wrong).includes(msg));
    }
  }
});

test('zwsp-steg messages are recovered in both modes', () => {
  for (const mode of ['zwsp', 'full']) {
    const msg = randomMessage(3);
    const r = telltale(hide({ tool: 'zwsp-steg', mode, message: msg, cover: 'Hello there.' }) + ' Bye.');
    assert.ok(decodedTexts(r).includes(msg), `${msg} mode ${mode}: ${JSON.stringify(decodedTexts(r))}`);
  }
});
