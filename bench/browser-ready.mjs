// Time from navigation to an interactive page (the engine worker has started the wasm and the
// page is wired: body[data-ready]), served over http and as the single file from file://.
// Median of 9 fresh browser contexts each.
import { startServer, launch, dist } from '../tests/e2e/helpers.mjs';
import { join } from 'node:path';

const { server, origin } = await startServer();
const browser = await launch();
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
for (const [label, url] of [['dist/ over http', origin + '/'], ['telltale.html from file://', 'file://' + join(dist, 'telltale.html')]]) {
  const times = [];
  for (let i = 0; i < 9; i++) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 20000 });
    // Navigation start is time 0 of performance.now() in the page.
    times.push(await page.evaluate(() => performance.now()));
    await ctx.close();
  }
  console.log(`${label}: open → interactive median ${median(times).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`);
}
await browser.close();
server.close();
