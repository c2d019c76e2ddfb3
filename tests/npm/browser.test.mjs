// The npm package's `web` build in Chromium (issue 14): a page imports it as an ES module and
// checks a prompt; a module Worker hands a File to scanFiles, which reads it from Rust with
// Blob.slice + FileReaderSync (web-sys) and reports progress. Nothing leaves the origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launch, newPage, foreign } from '../e2e/helpers.mjs';
import { project, covertTarball, MARKED } from './common.mjs';

test('the web build checks text in a page and scans a File in a worker', async () => {
  const site = project();
  cpSync(join(site, 'node_modules', 'telltale-engine', 'web'), join(site, 'web'), { recursive: true });
  copyFileSync(covertTarball(), join(site, 'agent-1.0.0.tgz'));
  writeFileSync(join(site, 'index.html'), `<!doctype html><meta charset="utf-8"><title>npm web build</title><link rel="icon" href="data:,">
<script type="module">
import init, { checkText, version } from './web/telltale.js';
await init();
const text = checkText(${JSON.stringify(MARKED)});
const bytes = await (await fetch('agent-1.0.0.tgz')).arrayBuffer();
const file = new File([bytes], 'agent-1.0.0.tgz');
const w = new Worker('./worker.js', { type: 'module' });
const scan = await new Promise((ok, fail) => { w.onmessage = (e) => ok(e.data); w.onerror = (e) => fail(e.message); w.postMessage(file); });
// scanFiles outside a worker says why it cannot run there.
let mainThread = null;
try { (await import('./web/telltale.js')).scanFiles([file]); } catch (e) { mainThread = String(e); }
window.result = { version: version(), text: text.verdict, textRules: text.findings.map((f) => f.rule), scan, mainThread };
</script>`);
  writeFileSync(join(site, 'worker.js'), `import init, { scanFiles } from './web/telltale.js';
const ready = init();
self.onmessage = async (e) => {
  await ready;
  let calls = 0;
  const r = scanFiles([e.data, new Blob(['Today\\u02BCs date is 2026/04/03.'])], {}, (done, total, name) => { calls++; });
  self.postMessage({ verdict: r.verdict, names: r.checked.map((c) => c.name), paths: [...new Set(r.findings.map((f) => f.path))], calls });
};`);
  const { server, origin } = await startServer(site);
  const browser = await launch();
  try {
    const { page, requests, errors } = await newPage(browser);
    await page.goto(`${origin}/index.html`);
    await page.waitForFunction(() => window.result, null, { timeout: 60000 });
    const r = await page.evaluate(() => window.result);
    assert.equal(r.text, 'covert');
    assert.ok(r.textRules.includes('dateline-marker'));
    assert.equal(r.scan.verdict, 'covert');
    assert.deepEqual(r.scan.names, ['agent-1.0.0.tgz', 'blob-2']);
    assert.ok(r.scan.paths.includes('agent-1.0.0.tgz!package/index.js'), r.scan.paths.join());
    assert.ok(r.scan.calls >= 1, 'progress reported');
    assert.match(r.mainThread, /FileReaderSync|Web Worker/);
    assert.deepEqual(foreign(requests, origin), []);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});
