// The report people read (issue 12), on the built dist/ in real Chromium: the verdict first as
// a heading with a short summary, per-input verdicts, exports that stand alone (date, name,
// SHA-256), bidi shown in display order, one tab stop for the marked text, the verdict brought
// into view on narrow screens and in an iframe, and the small things people trip on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { startServer, launch, newPage, waitForVerdict, root } from './helpers.mjs';

let server, origin, browser;
before(async () => {
  ({ server, origin } = await startServer());
  browser = await launch();
});
after(async () => { await browser?.close(); server?.close(); });

async function open(opts = {}) {
  const s = await newPage(browser, { acceptDownloads: true, locale: 'en-US', ...opts });
  await s.page.goto(origin + '/');
  await s.page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 20000 });
  return s;
}

async function download(page, kind) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${kind}"]`)]);
  return { name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8') };
}

const sha = (f) => createHash('sha256').update(readFileSync(f)).digest('hex');
const BUNDLES = join(root, 'tests', 'corpus', 'bundles');
const COVERT_JS = join(BUNDLES, 'agent-b64-xor.js');
const CLEAN_JS = join(BUNDLES, 'clean-timezone-lib.js');
const CHANNEL = join(root, 'tests', 'corpus', 'channels', 'covert', 'tz-intl-b64-nbsp.cjs');

test('the verdict is a heading; the summary of a covert chain is short and gives numbers, not the lists', async () => {
  const { page, context } = await open();
  await page.setInputFiles('#files', COVERT_JS);
  assert.equal(await waitForVerdict(page), 'covert');
  assert.equal(await page.$eval('#verdict', (e) => e.tagName), 'H2');
  const summary = await page.textContent('#summary');
  assert.ok(summary.length <= 300, `${summary.length} characters: ${summary}`);
  assert.match(summary, /\d/);
  assert.doesNotMatch(summary, /api\.deepseek\.com|moonshot\.cn/);
  // At most one h2 of each name in the whole page.
  const h2 = await page.$$eval('h2', (hs) => hs.map((h) => h.textContent.trim()));
  assert.equal(new Set(h2).size, h2.length, JSON.stringify(h2));
  await context.close();
});

test('a three-file scan shows one verdict per input', async () => {
  const { page, context } = await open();
  await page.setInputFiles('#files', [COVERT_JS, CLEAN_JS, CHANNEL]);
  assert.equal(await waitForVerdict(page, '#result', 60000), 'covert');
  const rows = await page.$$eval('[data-input-verdict]', (rs) => rs.map((r) => [r.querySelector('code').textContent, r.dataset.inputVerdict]));
  assert.equal(rows.length, 3, JSON.stringify(rows));
  const by = Object.fromEntries(rows);
  assert.equal(by['agent-b64-xor.js'], 'covert');
  assert.ok(['clean', 'notice'].includes(by['clean-timezone-lib.js']), by['clean-timezone-lib.js']);
  assert.equal(by['tz-intl-b64-nbsp.cjs'], 'covert');
  // The channel replayed in the sandbox: the baseline and at least one environment whose
  // output differs, the difference naming the no-break space.
  const replay = await page.$$eval('.replay tr[data-replay-changed]', (rs) => rs.map((r) => [r.dataset.replayChanged, r.textContent]));
  assert.ok(replay.some(([c, tx]) => c === 'true' && /U\+00A0 NO-BREAK SPACE/.test(tx)), JSON.stringify(replay));
  await context.close();
});

test('every export carries the date, the input name and its SHA-256; Markdown keeps the date-line flags', async () => {
  const { page, context } = await open();
  await page.setInputFiles('#files', COVERT_JS);
  assert.equal(await waitForVerdict(page), 'covert');
  const want = sha(COVERT_JS);
  const json = JSON.parse((await download(page, 'json')).text);
  assert.match(json.generated, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  assert.equal(json.checked[0].name, 'agent-b64-xor.js');
  assert.equal(json.checked[0].sha256, want);
  const sarif = JSON.parse((await download(page, 'sarif')).text);
  assert.equal(sarif.runs[0].artifacts[0].hashes['sha-256'], want);
  assert.match(sarif.runs[0].invocations[0].endTimeUtc, /^\d{4}-/);
  const md = (await download(page, 'markdown')).text;
  assert.ok(md.includes(want) && md.includes('agent-b64-xor.js') && md.includes(json.generated), md.slice(0, 600));
  const html = (await download(page, 'html')).text;
  assert.ok(html.includes(want) && html.includes(json.generated));

  // A pasted date line: its decoded flags are in the Markdown, with the text's digest.
  const line = 'Today\u2019s date is 2026/04/03.';
  await page.fill('#text', line);
  await page.waitForFunction(() => document.querySelector('#result').dataset.state === 'done' && document.querySelector('#highlighted'));
  const tmd = (await download(page, 'markdown')).text;
  assert.match(tmd, /\| china_timezone \|/);
  assert.ok(tmd.includes(createHash('sha256').update(line).digest('hex')));
  // The punctuation table names every variant (no "undefined").
  assert.doesNotMatch(await page.textContent('#result'), /undefined/);
  await context.close();
});

test('bidi: the display order shown matches what the browser draws; the marked text is not reordered', async () => {
  const { page, context } = await open();
  const sample = 'if \u202E0001 < tnuoma\u202C then';
  await page.fill('#text', sample);
  await waitForVerdict(page);
  const seen = await page.$eval('[data-code] .payload', (e) => e.textContent);
  // Where Chromium places each character of the sample: its visual order, left to right.
  const drawn = await page.evaluate((s) => {
    const p = document.createElement('p');
    p.style.cssText = 'position:absolute;top:0;left:0;white-space:pre;font:20px monospace';
    p.textContent = s;
    document.body.append(p);
    const node = p.firstChild;
    const cells = [];
    for (let i = 0; i < s.length; i++) {
      if (/[\u202A-\u202E]/.test(s[i])) continue;
      const r = document.createRange();
      r.setStart(node, i);
      r.setEnd(node, i + 1);
      cells.push([r.getBoundingClientRect().left, s[i]]);
    }
    p.remove();
    return cells.sort((a, b) => a[0] - b[0]).map((c) => c[1]).join('');
  }, sample);
  // Same characters in the same places; a browser also mirrors `<` inside the override.
  assert.equal(seen.replace(/[<>]/g, '?'), drawn.replace(/[<>]/g, '?'));
  assert.equal(seen, 'if amount > 1000 then');
  // The marked view holds no control character: nothing after a mark is reordered.
  const marked = await page.$eval('#highlighted', (e) => e.textContent);
  assert.doesNotMatch(marked, /[\u202A-\u202E\u2066-\u2069]/);
  await context.close();
});

test('keyboard: the marked text is one tab stop, the arrow keys move between marks; exports are near', async () => {
  const { page, context } = await open();
  const text = readFileSync(join(root, 'tests', 'corpus', 'text', 'sneaky-bits.txt'), 'utf8');
  await page.fill('#text', text);
  assert.equal(await waitForVerdict(page), 'covert');
  // From the text box to the first export button in at most 3 presses of Tab.
  await page.focus('#text');
  let reached = -1;
  for (let i = 1; i <= 3; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.dataset?.export !== undefined)) { reached = i; break; }
  }
  assert.ok(reached > 0, 'an export button within 3 tab stops');
  const marks = await page.$$eval('#highlighted mark', (ms) => ms.map((m) => m.tabIndex));
  assert.ok(marks.length > 1 && marks.every((x) => x === -1), JSON.stringify(marks.slice(0, 5)));
  await page.focus('#highlighted');
  await page.keyboard.press('ArrowRight');
  const first = await page.evaluate(() => document.activeElement.tagName + ' ' + document.activeElement.getAttribute('aria-label'));
  assert.match(first, /^MARK \S/);
  await page.keyboard.press('ArrowRight');
  const second = await page.evaluate(() => [...document.querySelectorAll('#highlighted mark')].indexOf(document.activeElement));
  assert.equal(second, 1);
  await context.close();
});

test('the verdict is brought into view after pasting at 360 px and in a 520 px wiki iframe', async () => {
  const line = '<env>\nToday\u2019s date is 2026/04/03.\n</env>';
  const inView = (page) => page.$eval('#verdict', (v) => { const b = v.getBoundingClientRect(); return b.top >= 0 && b.bottom <= window.innerHeight; });
  const { page, context } = await open({ viewport: { width: 360, height: 640 } });
  await page.fill('#text', line);
  assert.equal(await waitForVerdict(page), 'covert');
  assert.ok(await inView(page), 'verdict in the viewport at 360 px');
  await context.close();

  // A wiki page on another origin embeds the page in a 520 px iframe.
  const wiki = createServer((q, s) => {
    s.writeHead(200, { 'content-type': 'text/html' });
    s.end(`<!doctype html><title>wiki</title><h1>Wiki</h1><iframe id="tt" src="${origin}/" style="width:520px;height:600px;border:0"></iframe>`);
  });
  await new Promise((r) => wiki.listen(0, '127.0.0.1', r));
  const w = await newPage(browser, { locale: 'en-US', viewport: { width: 800, height: 700 } });
  await w.page.goto(`http://127.0.0.1:${wiki.address().port}/`);
  const frame = await (await w.page.waitForSelector('#tt')).contentFrame();
  await frame.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 20000 });
  await frame.fill('#text', line);
  await frame.waitForFunction(() => document.querySelector('#result').dataset.state === 'done');
  assert.ok(await inView(frame), 'verdict in view inside the iframe');
  await w.context.close();
  wiki.close();
});

test('small things: settings closed at first, watchlist explained, the same file re-checked, a file report kept while typing', async () => {
  const { page, context } = await open();
  assert.equal(await page.$eval('#settings', (d) => d.open), false);
  // The watchlist is explained in a sentence before its names.
  assert.match(await page.$eval('#settings [data-i18n="watchlistExplain"]', (e) => e.textContent), /hides? them/);
  await page.setInputFiles('#files', COVERT_JS);
  assert.equal(await waitForVerdict(page), 'covert');
  assert.match(await page.textContent('#files-chosen'), /agent-b64-xor\.js/);
  assert.equal(await page.$eval('#files', (i) => i.value), '');
  // The same file again is checked again.
  await page.evaluate(() => { document.querySelector('#result').dataset.state = 'stale'; });
  await page.setInputFiles('#files', COVERT_JS);
  assert.equal(await waitForVerdict(page), 'covert');
  // Typing shows the text report, and the file report is one click away.
  await page.fill('#text', 'hello');
  await page.waitForFunction(() => document.querySelector('#result').dataset.verdict === 'clean' && document.querySelector('#result').dataset.state === 'done');
  await page.click('#show-other');
  await page.waitForFunction(() => document.querySelector('#result').dataset.verdict === 'covert' && document.querySelector('#result').dataset.state === 'done');
  assert.ok(await page.$('[data-input-verdict]'));
  await context.close();
});

// The structure that keeps a huge paste responsive (the timing itself is in BENCHMARKS.md):
// the marked text of a large input is windows around the marks, never the whole text.
test('a 30 MB paste: verdict without a long freeze, marked text shown as windows', async () => {
  const { page, context } = await open();
  // The clipboard's content is made first, in a task of its own: the long tasks measured are
  // the page's, from the paste on.
  const size = await page.evaluate(() => {
    const line = 'The quick brown fox jumps over the lazy dog while the clock reads 2026-04-03.\n';
    let s = line.repeat(Math.ceil((30 << 20) / line.length));
    s = s.slice(0, 1000) + '\u200B' + s.slice(1000);
    window.__dt = new DataTransfer();
    window.__dt.setData('text/plain', s);
    return s.length;
  });
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask', buffered: false });
    // The progress the page shows while the engine checks (issue 12: over 1 MB).
    window.__progress = [];
    new MutationObserver((ms) => { for (const m of ms) if (m.target.id === 'checking-progress') window.__progress.push(Number(m.target.value)); })
      .observe(document.querySelector('#result'), { subtree: true, attributes: true, attributeFilter: ['value'] });
    window.__t0 = performance.now();
    // A real paste event carrying the text, as the clipboard delivers it.
    document.querySelector('#text').dispatchEvent(new ClipboardEvent('paste', { clipboardData: window.__dt, bubbles: true, cancelable: true }));
  });
  assert.ok(size > 30e6);
  await waitForVerdict(page, '#result', 60000);
  const { ms, long, shownChars } = await page.evaluate(() => ({
    ms: performance.now() - window.__t0,
    long: Math.max(0, ...window.__long),
    shownChars: document.querySelector('#highlighted')?.textContent.length ?? 0,
  }));
  assert.ok(shownChars < 100000, `marked view holds ${shownChars} characters`);
  const progress = await page.evaluate(() => window.__progress);
  assert.ok(progress.length >= 3 && progress.some((v) => v > 0 && v < 1), `progress shown: ${progress}`);
  // The whole text was checked, and the box holds only its beginning.
  assert.equal(await page.$eval('#result', (e) => e.dataset.verdict), 'notice');
  assert.ok((await page.$eval('#text', (t) => t.value.length)) < 30000);
  assert.ok((await page.evaluate(() => window.telltale.lastReport.stats.chars)) > 30e6);
  // Its SHA-256 (from the browser's digest for a text this large) is the text's own.
  const line = 'The quick brown fox jumps over the lazy dog while the clock reads 2026-04-03.\n';
  let same = line.repeat(Math.ceil((30 << 20) / line.length));
  same = same.slice(0, 1000) + '\u200B' + same.slice(1000);
  assert.equal(await page.evaluate(() => window.telltale.lastReport.checked[0].sha256), createHash('sha256').update(same).digest('hex'));
  console.log(`30 MB paste: verdict after ${ms.toFixed(0)} ms, longest main-thread task ${long.toFixed(0)} ms`);
  await context.close();
});

// The Chinese page after a suspicious prompt and a covert file: the summary, every finding's
// headline and what it means are Chinese; English words appear only as code, character names,
// identifiers, domains or quoted decoded text.
test('zh-CN: the summary, every finding headline and what each file finding means are in Chinese', async () => {
  const { page, context } = await open({ locale: 'zh-CN' });
  const english = (s) => s.replace(/「[^」]*」/g, '').match(/\b[a-z]{4,}\b/g) || [];
  await page.fill('#text', 'Log in to your p\u0430yp\u0430l account: pass\u200Bword.');
  assert.equal(await waitForVerdict(page), 'suspicious');
  // Text findings come from the zh-CN message catalogue: the headline and what it means.
  for (const sel of ['#summary', '#findings .finding > .head', '#findings .finding > .head + div']) {
    for (const s of await page.$$eval(sel, (es) => es.map((e) => e.textContent))) {
      assert.ok(/[\u4e00-\u9fff]/.test(s), `${sel}: ${s}`);
      assert.deepEqual(english(s), [], `${sel}: ${s}`);
    }
  }
  // Switching language renders the same report's messages in English, without a new check.
  await page.selectOption('#lang', 'en');
  await page.waitForFunction(() => { const h = document.querySelector('#findings .finding > .head'); return h && !/[\u4e00-\u9fff]/.test(h.textContent); });
  assert.match(await page.$eval('#findings .finding > .head + div', (e) => e.textContent), /looks like|letters|invisible/);
  await page.selectOption('#lang', 'zh');
  await page.waitForFunction(() => { const h = document.querySelector('#findings .finding > .head'); return h && /[\u4e00-\u9fff]/.test(h.textContent); });
  await page.fill('#text', '');
  await page.setInputFiles('#files', COVERT_JS);
  await page.waitForFunction(() => document.querySelector('#result').dataset.state === 'done' && document.querySelector('[data-input-verdict]'));
  for (const sel of ['#summary', '#findings .finding > .head']) {
    for (const s of await page.$$eval(sel, (es) => es.map((e) => e.textContent))) {
      assert.ok(/[\u4e00-\u9fff]/.test(s), `${sel}: ${s}`);
      assert.deepEqual(english(s), [], `${sel}: ${s}`);
    }
  }
  // Every part of a file finding the engine words (what it means, how a list was decoded,
  // the chain's steps, why a chain was not replayed) is Chinese too. What is left in Latin
  // letters is data: code (in code elements or marked translate=no), domains, the decoded
  // values themselves, quoted outputs and character names.
  const parts = await page.$$eval('#findings .finding', (fs) => fs.map((f) => {
    const copy = f.cloneNode(true);
    copy.querySelectorAll('code, [translate="no"], .snippet, .excerpt, .rule-doc, .payload, .original').forEach((x) => x.remove());
    const data = [...f.querySelectorAll('.payload')].map((x) => x.textContent).join(' ');
    const texts = [...copy.querySelectorAll('.head + div, .decoded > strong, .meta, .chain li')].map((x) => x.textContent);
    return { data, texts };
  }));
  assert.ok(parts.length >= 3, `${parts.length} findings`);
  let wordsChecked = 0;
  for (const { data, texts } of parts) {
    const values = new Set((data.toLowerCase().match(/[a-z]{4,}/g) || []));
    for (const t of texts) {
      const stripped = t.replace(/\b(?:TB|TT|TD)\d{3}\s+[a-z-]+|«[^»]*»|`[^`]*`|'[^']*'|[\w.-]+\.[a-z]{2,}\b|\b[A-Z][A-Z0-9_ -]+\b/g, ' ');
      const left = english(stripped).filter((w) => !values.has(w));
      wordsChecked += t.length;
      assert.deepEqual(left, [], `English words in a file finding: ${t}`);
    }
  }
  assert.ok(wordsChecked > 500, `only ${wordsChecked} characters of file findings checked`);
  await context.close();
});
