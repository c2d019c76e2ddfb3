// The incident's real package (@anthropic-ai/claude-code 2.1.91, fetched by scripts/fetch-real.sh
// into tests/.cache/real) dropped on the built page: the file module parses the 13 MB cli.js
// around the pattern finder's chain in the browser, and the verdict names both sources, the lists
// and the region, within issue 9's memory bound (128 MB of wasm memory).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { startServer, launch, newPage, foreign, waitForVerdict, root } from './helpers.mjs';

const TGZ = join(root, 'tests', '.cache', 'real', 'anthropic-ai-claude-code-2.1.91.tgz');
let server, origin, browser;
before(async () => {
  execFileSync('bash', [join(root, 'scripts', 'fetch-real.sh')], { stdio: ['ignore', 'ignore', 'inherit'] });
  ({ server, origin } = await startServer());
  browser = await launch();
});
after(async () => { await browser?.close(); server?.close(); });

test('claude-code 2.1.91 in the page: covert, both sources and China named, under 128 MB of wasm memory', async () => {
  const { page, context, requests, errors } = await newPage(browser);
  await page.goto(origin + '/');
  await page.setInputFiles('#files', TGZ);
  assert.equal(await waitForVerdict(page, '#result', 120000), 'covert');
  const text = await page.locator('#findings').innerText();
  assert.match(text, /ANTHROPIC_BASE_URL/);
  assert.match(text, /time zone/i);
  assert.match(text, /China/);
  // The summary a manager forwards: short, with the numbers and the region, not the 158 names.
  const summary = await page.textContent('#summary');
  console.log(`2.1.91 summary (${summary.length} characters): ${summary}`);
  assert.ok(summary.length <= 300, `${summary.length} characters`);
  assert.match(summary, /\d{3} /);
  assert.match(summary, /China/);
  assert.doesNotMatch(summary, /sankuai|deepseek|moonshot/i);
  // The replay (issue 13), run in the page's own sandbox: the baseline, then the environments
  // whose output differs, the four apostrophes and the '/' date among them.
  await page.waitForSelector('#result[data-state="done"]', { timeout: 60000 }).catch(() => {});
  const rows = await page.locator('.replay tr[data-replay-changed]').allInnerTexts();
  assert.ok(rows.length >= 4, `replay rows: ${rows.length}`);
  const outs = rows.join('\n');
  for (const c of ["Today's date is 2026-04-03.", 'Today\u2019s date is 2026-04-03.', 'Today\u02bcs date', 'Today\u02b9s date', '2026/04/03']) {
    assert.ok(outs.includes(c), `replay table lacks ${c}`);
  }
  assert.ok(await page.locator('.replay tr[data-replay-changed="true"]').count() >= 3);
  const memory = Number(await page.locator('#timing').getAttribute('data-memory'));
  const ms = Number(await page.locator('#timing').getAttribute('data-ms'));
  console.log(`2.1.91 in the page: ${ms.toFixed(0)} ms, wasm memory ${(memory / 1048576).toFixed(0)} MB`);
  assert.ok(memory > 0 && memory <= 128 * 1048576, `wasm memory ${memory}`);
  assert.deepEqual(foreign(requests, origin), []);
  assert.deepEqual(errors, []);
  await context.close();
});
