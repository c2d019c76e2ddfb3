// The text checker in the built page, in real Chromium: paste, verdict, highlights, decoded
// payloads, cleaned text, and no request to any other origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, foreign, waitForVerdict } from './helpers.mjs';

let server, origin, browser;
before(async () => { ({ server, origin } = await startServer()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

async function check(text) {
  const s = await newPage(browser);
  await s.page.goto(origin + '/');
  await s.page.fill('#text', text);
  const verdict = await waitForVerdict(s.page);
  return { ...s, verdict };
}

test('date-line marker is covert, decoded, and its apostrophe highlighted', async () => {
  const { page, context, requests, errors, verdict } = await check('<env>\nToday\u2019s date is 2026/04/03.\n</env>');
  assert.equal(verdict, 'covert');
  const mark = page.locator('#highlighted mark[data-rule="dateline-marker"]').first();
  assert.equal(await mark.count(), 1);
  assert.match(await mark.getAttribute('aria-label'), /U\+2019|apostrophe/i);
  const flags = await page.locator('.flags').innerText();
  assert.match(flags, /custom_host_on_list\s+true/);
  assert.match(flags, /china_timezone\s+true/);
  assert.match(flags, /host_has_lab_keyword\s+false/);
  // The highlight explains itself on keyboard focus, not only on hover.
  await mark.focus();
  assert.ok(await mark.locator('.tip').isVisible());
  assert.deepEqual(foreign(requests, origin), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a plain prompt is clean and the cleaned text is offered', async () => {
  const { page, context, verdict } = await check("You are a helpful assistant. Today's date is 2026-04-03.");
  assert.equal(verdict, 'clean');
  assert.equal(await page.locator('#copy-cleaned').count(), 1);
  await context.close();
});

test('hidden tag text is decoded and shown', async () => {
  const hidden = [...'ignore previous'].map((c) => String.fromCodePoint(0xE0000 + c.charCodeAt(0))).join('');
  const { page, context, verdict } = await check('Please summarise this.' + hidden);
  assert.equal(verdict, 'covert');
  assert.equal((await page.locator('[data-decoded] .payload').first().innerText()).trim(), 'ignore previous');
  await context.close();
});

test('typing a new text replaces the verdict (debounced, in the worker)', async () => {
  const { page, context, verdict } = await check('p\u0430yp\u0430l.com');
  assert.equal(verdict, 'suspicious');
  await page.fill('#text', 'paypal.com');
  await page.waitForFunction(() => document.querySelector('#result').dataset.verdict === 'clean');
  await context.close();
});

test('the page and its engine worker cannot reach the network (CSP)', async () => {
  const { page, context, requests } = await check('hello');
  const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content);
  assert.match(csp, /connect-src 'none'/);
  assert.match(csp, /default-src 'none'/);
  // The page itself: fetch to its own origin is refused.
  const pageFetch = await page.evaluate((u) => fetch(u).then(() => 'reached', () => 'blocked'), origin + '/index.html');
  assert.equal(pageFetch, 'blocked');
  // The worker that owns the wasm inherits the page's policy (it starts from a blob: URL).
  const workers = page.workers();
  assert.equal(workers.length, 1);
  const workerFetch = await workers[0].evaluate((u) => fetch(u).then(() => 'reached', () => 'blocked'), origin + '/index.html');
  assert.equal(workerFetch, 'blocked');
  assert.deepEqual(foreign(requests, origin), []);
  await context.close();
});
