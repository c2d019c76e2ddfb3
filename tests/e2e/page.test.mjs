// The page for people who are not engineers, on the built dist/ in real Chromium: exports,
// languages, the single file from file://, the embed in another page's iframe, accessibility
// (axe-core), narrow screens, the size budget, screenshots for the README, and no request to any
// other origin during the whole run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { startServer, launch, newPage, waitForVerdict, dist, root } from './helpers.mjs';

const shots = join(root, 'docs', 'screenshots');
const COVERT = '<env>\nToday\u2019s date is 2026/04/03.\n</env>\nYou are a coding assistant.';
let server, origin, browser;
// Every request of every page in this file, checked by the last test.
const all = [];
const allowed = [];

before(async () => {
  ({ server, origin } = await startServer());
  allowed.push(origin);
  browser = await launch();
  mkdirSync(shots, { recursive: true });
});
after(async () => { await browser?.close(); server?.close(); });

async function open(url, opts = {}) {
  const s = await newPage(browser, { acceptDownloads: true, ...opts });
  s.context.on('request', (r) => all.push(r.url()));
  await s.page.goto(url);
  await s.page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 20000 });
  return s;
}

async function download(page, kind) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${kind}"]`)]);
  return { name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8') };
}

test('each export downloads and parses: JSON, SARIF, Markdown, HTML (text and file reports)', async () => {
  const { page, context, errors } = await open(origin + '/');
  await page.fill('#text', COVERT);
  assert.equal(await waitForVerdict(page), 'covert');
  const json = await download(page, 'json');
  assert.match(json.name, /\.json$/);
  const report = JSON.parse(json.text);
  assert.equal(report.verdict, 'covert');
  assert.ok(report.findings.some((f) => f.rule === 'dateline-marker'));
  const sarif = JSON.parse((await download(page, 'sarif')).text);
  assert.equal(sarif.version, '2.1.0');
  assert.ok(sarif.runs[0].results.some((r) => r.ruleId === 'dateline-marker' && r.locations[0].physicalLocation.region.startLine === 2));
  const md = (await download(page, 'markdown')).text;
  assert.match(md, /^# Telltale: Covert signal/);
  assert.match(md, /dateline-marker/);
  const html = (await download(page, 'html')).text;
  assert.match(html, /^<!doctype html>/i);
  assert.match(html, /Content-Security-Policy/);
  // The HTML report opens on its own and shows the same verdict, with the page's styles inlined.
  const dir = mkdtempSync(join(tmpdir(), 'tt-html-'));
  writeFileSync(join(dir, 'report.html'), html);
  const r = await newPage(browser);
  r.context.on('request', (q) => all.push(q.url()));
  await r.page.goto('file://' + join(dir, 'report.html'));
  assert.equal(await r.page.$eval('#result', (e) => e.dataset.verdict), 'covert');
  assert.ok(await r.page.$eval('style', (s) => s.textContent.includes('.verdict')));
  await r.context.close();

  // The file report exports too (SARIF names the file inside the archive).
  const tgz = join(mkdtempSync(join(tmpdir(), 'tt-tgz-')), 'agent.tgz');
  const pkg = join(tmpdir(), `tt-pkg-${process.pid}`);
  mkdirSync(join(pkg, 'package'), { recursive: true });
  copyFileSync(join(root, 'tests/corpus/bundles/agent-b64-xor.js'), join(pkg, 'package', 'cli.js'));
  execFileSync('tar', ['-czf', tgz, '-C', pkg, 'package']);
  await page.setInputFiles('#files', tgz);
  await page.waitForFunction(() => document.querySelector('#result').dataset.state === 'done' && document.querySelector('#findings li[data-code="TB005"]'));
  const scanSarif = JSON.parse((await download(page, 'sarif')).text);
  const chain = scanSarif.runs[0].results.find((x) => x.ruleId === 'covert-channel');
  assert.match(chain.locations[0].physicalLocation.artifactLocation.uri, /agent\.tgz!package\/cli\.js$/);
  const scanMd = (await download(page, 'markdown')).text;
  assert.match(scanMd, /api\.deepseek\.com/);
  assert.match(scanMd, /## What was read/);
  assert.equal(await page.locator('.chain ol li').count() > 2, true, 'the chain is shown as steps');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a zh-CN browser gets the Chinese page; switching language is remembered', async () => {
  const { page, context } = await open(origin + '/', { locale: 'zh-CN' });
  assert.equal(await page.$eval('html', (e) => e.lang), 'zh-CN');
  assert.equal(await page.$eval('#input-h', (e) => e.textContent), '粘贴文字');
  await page.fill('#text', COVERT);
  assert.equal(await waitForVerdict(page), 'covert');
  assert.equal(await page.$eval('#verdict', (e) => e.textContent.trim()), '!!隐蔽信号');
  assert.match(await page.$eval('#summary', (e) => e.textContent), /隐藏信号/);
  // Rule explanations are Chinese too.
  assert.match(await page.locator('.finding .head').first().innerText(), /[\u4e00-\u9fff]/);
  await page.screenshot({ path: join(shots, 'page-zh.png'), fullPage: false });
  // Switch to English: the verdict re-renders, and a reload keeps the choice.
  await page.selectOption('#lang', 'en');
  await page.waitForFunction(() => document.querySelector('#verdict')?.textContent.trim() === '!!Covert signal');
  // The findings' own words follow (the engine renders them again from their messages).
  await page.waitForFunction(() => !/[\u4e00-\u9fff]/.test(document.querySelector('#summary')?.textContent || '一'));
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  assert.equal(await page.$eval('#input-h', (e) => e.textContent), 'Paste text');
  // The Chinese Markdown export.
  await page.selectOption('#lang', 'zh');
  await page.fill('#text', COVERT);
  await waitForVerdict(page);
  const md = (await download(page, 'markdown')).text;
  assert.match(md, /^# Telltale: 隐蔽信号/);
  await context.close();
});

test('an English browser gets the English page (screenshot for the README)', async () => {
  const { page, context } = await open(origin + '/', { locale: 'en-US', viewport: { width: 1100, height: 900 } });
  await page.fill('#text', COVERT);
  assert.equal(await waitForVerdict(page), 'covert');
  assert.equal(await page.$eval('#verdict', (e) => e.textContent.trim()), '!!Covert signal');
  await page.screenshot({ path: join(shots, 'page-en.png') });
  await context.close();
});

test('the single file works from file:// in an empty folder', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tt-single-'));
  copyFileSync(join(dist, 'telltale.html'), join(dir, 'telltale.html'));
  assert.deepEqual(readdirSync(dir), ['telltale.html']);
  const { page, context, errors, requests } = await open('file://' + join(dir, 'telltale.html'), { locale: 'en-US' });
  await page.fill('#text', COVERT);
  assert.equal(await waitForVerdict(page), 'covert');
  await page.screenshot({ path: join(shots, 'single-file.png') });
  // Nothing but the file itself was loaded.
  assert.deepEqual(requests.filter((u) => !u.endsWith('/telltale.html') && !/^(data|blob):/.test(u)), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('embed.html inside an iframe of another page gives a verdict', async () => {
  // The wiki: another origin, serving a page with the iframe snippet from the README.
  const wiki = createServer((req, res) => {
    res.setHeader('Content-Type', 'text/html');
    res.end(`<!doctype html><title>Wiki</title><h1>Team wiki</h1><iframe id="tt" src="${origin}/embed.html" title="Telltale" style="width:100%;max-width:720px;height:560px;border:1px solid #ccc"></iframe>`);
  });
  await new Promise((r) => wiki.listen(0, '127.0.0.1', r));
  const wikiOrigin = `http://127.0.0.1:${wiki.address().port}`;
  allowed.push(wikiOrigin);
  const s = await newPage(browser, { locale: 'en-US' });
  s.context.on('request', (r) => all.push(r.url()));
  await s.page.goto(wikiOrigin + '/');
  const frame = s.page.frameLocator('#tt');
  await frame.locator('body[data-ready="true"]').waitFor({ timeout: 20000 });
  await frame.locator('#text').fill(COVERT);
  const f = s.page.frames().find((x) => x.url().endsWith('/embed.html'));
  assert.equal(await waitForVerdict(f), 'covert');
  assert.equal(await f.$eval('body', (b) => b.className), 'embed');
  // No page chrome, and it fits the frame: nothing wider than the frame.
  assert.equal(await f.$eval('footer', (e) => getComputedStyle(e).display), 'none');
  assert.ok(await f.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
  await s.page.screenshot({ path: join(shots, 'embed.png') });
  await s.context.close();
  wiki.close();
});

test('axe-core finds no serious or critical violations (empty page, text result, file result, Chinese)', async () => {
  const axe = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
  const check = async (page, label) => {
    await page.evaluate(axe); // evaluated by the test driver, not loaded by the page (its CSP stays strict)
    const res = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const bad = res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`), [], label);
  };
  for (const scheme of ['light', 'dark']) {
    const { page, context } = await open(origin + '/', { colorScheme: scheme, locale: 'en-US' });
    await check(page, `empty page (${scheme})`);
    await page.fill('#text', COVERT + ' p\u0430yp\u0430l a\u200Bb');
    await waitForVerdict(page);
    await check(page, `text result (${scheme})`);
    await page.setInputFiles('#files', join(root, 'tests/corpus/bundles/agent-b64-xor.js'));
    await page.waitForFunction(() => document.querySelector('#findings li[data-code="TB005"]'));
    await check(page, `file result (${scheme})`);
    await context.close();
  }
  const { page, context } = await open(origin + '/', { locale: 'zh-CN' });
  await page.fill('#text', COVERT);
  await waitForVerdict(page);
  await check(page, 'Chinese');
  await context.close();
});

test('keyboard only: tab to the text box, type, tab through results with visible focus', async () => {
  const { page, context } = await open(origin + '/', { locale: 'en-US' });
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab'); // language
  await page.keyboard.press('Tab'); // text
  assert.equal(await page.evaluate(() => document.activeElement.id), 'text');
  await page.keyboard.type('Today\u2019s date is 2026/04/03.');
  assert.equal(await waitForVerdict(page), 'covert');
  // Every flagged character can be focused (arrow keys inside the marked text) and shows its
  // explanation with an outline.
  const mark = page.locator('#highlighted mark').first();
  await mark.focus();
  assert.ok(await mark.locator('.tip').isVisible());
  assert.notEqual(await mark.evaluate((e) => getComputedStyle(e).outlineStyle), 'none');
  await context.close();
});

test('usable at 360 px wide: no horizontal scrolling', async () => {
  const { page, context } = await open(origin + '/', { viewport: { width: 360, height: 740 }, locale: 'en-US' });
  await page.fill('#text', COVERT);
  await waitForVerdict(page);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'page wider than 360 px');
  await page.screenshot({ path: join(shots, 'narrow.png') });
  await context.close();
});

test('a hosted copy registers a service worker that caches the page', async () => {
  const { page, context } = await open(origin + '/', { locale: 'en-US' });
  const cached = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    const keys = await caches.keys();
    const c = await caches.open(keys[0]);
    return { active: !!reg.active, files: (await c.keys()).map((r) => new URL(r.url).pathname) };
  });
  assert.ok(cached.active);
  for (const f of ['/engine.js', '/app.js', '/index.html', '/style.css']) assert.ok(cached.files.includes(f), f);
  await context.close();
});

// Issue 9's bounds: the site and the single file each at most 2.5 MB gzip; the first load (every
// file but the file module, engine-files.js) must not grow past the 849 KiB it weighed before the
// message catalogues. Project Fluent brought it to 929 KiB; shipping the file module xz-compressed
// (lzma-rs in the text module instead of brotli's decoder and its 120 KB dictionary) and the
// character names as text (no inflater) brought it to 846 KiB and dist/ to 2.42 MB.
// The file findings' catalogue went into the file module only; zopfli writes the text module's
// gzip stream (776 KiB first load, where gzip -9 gave 849 KiB): the bound is now 800 KiB.
test('dist/ (without the single file) and the single file are each at most 2.5 MB gzip-compressed; the first load is at most 800 KiB', () => {
  const files = readdirSync(dist).filter((f) => f !== 'telltale.html');
  const gz = (f) => gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
  const total = files.reduce((a, f) => a + gz(f), 0);
  assert.ok(total <= 2.5 * 1024 * 1024, `dist/ is ${total} bytes gzip`);
  const first = files.filter((f) => f !== 'engine-files.js').reduce((a, f) => a + gz(f), 0);
  assert.ok(first <= 800 * 1024, `the first load is ${first} bytes gzip (is zopfli installed? scripts/setup.sh)`);
  const single = gz('telltale.html');
  assert.ok(single <= 2.5 * 1024 * 1024, `telltale.html is ${single} bytes gzip`);
  for (const f of readdirSync(dist).filter((x) => x.endsWith('.html'))) {
    assert.match(readFileSync(join(dist, f), 'utf8'), /connect-src 'none'/, `${f} has a CSP forbidding connections`);
  }
});

test('no request to any other origin during the whole run', () => {
  assert.ok(all.length > 10, 'requests were recorded');
  const bad = all.filter((u) => !allowed.some((o) => u.startsWith(o + '/')) && !/^(data|blob|file):/.test(u));
  assert.deepEqual(bad, []);
});
