// The file flow in the built page: a generated tarball holding a covert-channel fixture is
// chosen, streamed by the worker, and comes out covert with its list; a large file can be
// cancelled and the page keeps working; nothing is requested from another origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, copyFileSync, cpSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, launch, newPage, foreign, waitForVerdict, root } from './helpers.mjs';

let server, origin, browser;
before(async () => { ({ server, origin } = await startServer()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

test('a chosen tarball with a covert channel is covert, with its decoded list', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tt-'));
  mkdirSync(join(dir, 'package'));
  copyFileSync(join(root, 'tests', 'corpus', 'bundles', 'agent-b64-xor.js'), join(dir, 'package', 'cli.js'));
  writeFileSync(join(dir, 'package', 'package.json'), '{"name":"demo"}');
  execFileSync('tar', ['czf', join(dir, 'demo.tgz'), '-C', dir, 'package']);
  const { page, context, requests, errors } = await newPage(browser);
  await page.goto(origin + '/');
  await page.setInputFiles('#files', join(dir, 'demo.tgz'));
  assert.equal(await waitForVerdict(page), 'covert');
  const payload = await page.locator('#findings [data-decoded] .payload').first().innerText();
  assert.match(payload, /api\.deepseek\.com/);
  assert.match(await page.locator('#findings').innerText(), /demo\.tgz!package\/cli\.js/);
  assert.deepEqual(foreign(requests, origin), []);
  assert.deepEqual(errors, []);
  await context.close();
});

// Issue 9: the text checker loads alone; the file module (documents, archives, oxc and Boa) comes
// with the first file, and the code analyser runs in the page: a channel the character checks
// cannot see (a no-break space chosen by a base64-hidden list of time zones) is covert, with the
// list decoded by running its decoder in the sandbox.
test('the file module loads on the first file only, and the code analyser runs in the page', async () => {
  const { page, context, requests, errors } = await newPage(browser);
  await page.goto(origin + '/');
  await page.fill('#text', 'A plain note.');
  assert.equal(await waitForVerdict(page), 'clean');
  assert.ok(!requests.some((u) => u.endsWith('/engine-files.js')), 'no file module before a file');
  await page.setInputFiles('#files', join(root, 'tests', 'corpus', 'channels', 'covert', 'tz-intl-b64-nbsp.cjs'));
  assert.equal(await waitForVerdict(page), 'covert');
  const text = await page.locator('#findings').innerText();
  assert.match(text, /Europe\/Minsk/);
  assert.match(text, /Russia|Belarus/);
  assert.ok(requests.some((u) => u.endsWith('/engine-files.js')), 'the file module was loaded');
  assert.deepEqual(foreign(requests, origin), []);
  assert.deepEqual(errors, []);
  await context.close();
});

// An unpacked package chosen as a folder: each file is named by its path in the folder, so the
// imports between them resolve and the chain split over three files is read as one program.
test('a chosen folder is read with its paths, and a package split over its files is covert', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tt-'));
  const src = join(root, 'tests', 'corpus', 'channels', 'covert', 'pkg-split-env-zones-nbsp');
  cpSync(src, join(dir, 'statuspkg'), { recursive: true });
  const { page, context, requests, errors } = await newPage(browser);
  await page.goto(origin + '/');
  await page.setInputFiles('#folder', join(dir, 'statuspkg'));
  assert.equal(await waitForVerdict(page), 'covert');
  const text = await page.locator('#findings').innerText();
  assert.match(text, /statuspkg\/index\.cjs/);
  assert.match(text, /statuspkg\/lib\/zones\.cjs/);
  assert.match(text, /Asia\/Tehran/);
  assert.deepEqual(foreign(requests, origin), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a large file shows progress and can be cancelled; the page still works after', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tt-'));
  const big = join(dir, 'big.bin');
  const fd = openSync(big, 'w');
  const chunk = Buffer.alloc(8 << 20);
  for (let i = 0; i < chunk.length; i++) chunk[i] = (i * 2654435761) >>> 24;
  for (let i = 0; i < 40; i++) writeSync(fd, chunk); // 320 MB
  closeSync(fd);
  const { page, context } = await newPage(browser);
  await page.goto(origin + '/');
  await page.setInputFiles('#files', big);
  await page.waitForFunction(() => Number(document.querySelector('#progress').value) > 0, null, { timeout: 20000 });
  assert.equal(await page.$eval('#result', (e) => e.dataset.state), 'working');
  await page.click('#cancel');
  await page.waitForSelector('#cancelled');
  assert.equal(await page.$eval('#result', (e) => e.dataset.state), 'idle');
  await page.fill('#text', 'Today\u2019s date is 2026/04/03.');
  assert.equal(await waitForVerdict(page), 'covert');
  await context.close();
});

test('a truncated tarball says what was not checked, right after the verdict', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tt-'));
  mkdirSync(join(dir, 'package'));
  writeFileSync(join(dir, 'package', 'index.js'), 'module.exports = 1;\n'.repeat(40000));
  execFileSync('tar', ['czf', join(dir, 'full.tgz'), '-C', dir, 'package']);
  const full = execFileSync('cat', [join(dir, 'full.tgz')]);
  writeFileSync(join(dir, 'cut.tgz'), full.subarray(0, Math.floor(full.length / 2)));
  const { page, context, requests, errors } = await newPage(browser);
  await page.goto(origin + '/');
  await page.setInputFiles('#files', join(dir, 'cut.tgz'));
  const verdict = await waitForVerdict(page);
  assert.notEqual(verdict, 'covert');
  assert.equal(await page.$eval('#result', (e) => e.dataset.complete), 'false');
  const list = await page.locator('#not-checked').innerText();
  assert.match(list, /cut\.tgz/);
  assert.match(list, /corrupt or truncated/);
  assert.match(await page.locator('#summary').innerText(), /Not everything could be checked/);
  assert.deepEqual(foreign(requests, origin), []);
  assert.deepEqual(errors, []);
  await context.close();
});
