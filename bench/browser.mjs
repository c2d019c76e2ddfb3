// In-browser timing: a 100 KB prompt checked by the page's worker (the time the worker reports
// for checkText), median of repeated runs, in headless Chromium.
import { startServer, launch, newPage, waitForVerdict } from '../tests/e2e/helpers.mjs';
import { readFileSync } from 'node:fs';

const text = readFileSync('tests/.cache/bench/mixed-1mb.txt', 'utf8').slice(0, 100_000);
const { server, origin } = await startServer();
const browser = await launch();
const { page } = await newPage(browser);
await page.goto(origin + '/');
await page.fill('#text', text);
await waitForVerdict(page);
const times = [];
for (let i = 0; i < 15; i++) {
  const r = await page.evaluate(async (t) => (await window.telltale.engine.checkText(t, { views: true })).ms, text + ' '.repeat(i));
  times.push(r);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`browser checkText, 100 KB mixed prompt: median ${median.toFixed(1)} ms over ${times.length} runs (min ${times[0].toFixed(1)}, max ${times[times.length - 1].toFixed(1)})`);
await browser.close();
server.close();
