// In-browser bundle timings: from choosing a file to the verdict, in headless Chromium on the
// built page, with the wasm memory size after the scan (wasm memory never shrinks: the peak).
import { startServer, launch, newPage } from '../tests/e2e/helpers.mjs';

const files = process.argv.slice(2);
const { server, origin } = await startServer();
const browser = await launch();
for (const f of files) {
  const times = [];
  let memory = 0;
  let verdict = '';
  for (let i = 0; i < 3; i++) {
    const { page, context } = await newPage(browser);
    await page.goto(origin + '/');
    await page.waitForFunction(() => document.querySelector('#version').textContent !== '');
    const t0 = Date.now();
    await page.setInputFiles('#files', f);
    await page.waitForFunction(() => document.querySelector('#result').dataset.state === 'done', null, { timeout: 120000 });
    times.push(Date.now() - t0);
    memory = Math.max(memory, Number(await page.$eval('#timing', (e) => e.dataset.memory)));
    verdict = await page.$eval('#result', (e) => e.dataset.verdict);
    await context.close();
  }
  times.sort((a, b) => a - b);
  console.log(`${f.split('/').pop()}: choose → verdict median ${times[1]} ms (runs ${times.join(', ')}), verdict ${verdict}, wasm memory ${(memory / 1048576).toFixed(0)} MB`);
}
await browser.close();
server.close();
