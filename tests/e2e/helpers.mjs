// Shared browser test setup: serve dist/ on 127.0.0.1, launch Debian's Chromium through
// playwright-core, and record every request so a test can prove nothing left the page.
// Another Chromium-based browser: CHROMIUM or CHROME_PATH (CI on GitHub's runners sets
// CHROME_PATH to their Google Chrome; see .github/workflows/ci.yml).
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const dist = join(root, 'dist');

export async function startServer(dir = dist) {
  const server = await serve(dir, 0);
  const { port } = server.address();
  return { server, origin: `http://127.0.0.1:${port}` };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/** A new page whose every request (page, workers, service workers) is recorded in `requests`. */
export async function newPage(browser, opts = {}) {
  const context = await browser.newContext(opts);
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return { context, page, requests, errors };
}

/** Requests that went anywhere other than `origin` (data:/blob: URLs are in-page, not network). */
export function foreign(requests, origin) {
  return requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:'));
}

export async function waitForVerdict(page, selector = '#result', timeout = 20000) {
  await page.waitForFunction((s) => document.querySelector(s)?.dataset.state === 'done', selector, { timeout });
  return page.$eval(selector, (e) => e.dataset.verdict);
}

/** Bun itself, from npm (@oven/bun-linux-x64), cached in tests/.cache/bun: its path. */
export function bun() {
  const cache = join(root, 'tests', '.cache', 'bun');
  const exe = join(cache, 'package', 'bin', 'bun');
  if (!existsSync(exe)) {
    mkdirSync(cache, { recursive: true });
    execFileSync('npm', ['pack', '--silent', '@oven/bun-linux-x64'], { cwd: cache, stdio: ['ignore', 'ignore', 'inherit'] });
    const tgz = readdirSync(cache).find((f) => f.endsWith('.tgz'));
    execFileSync('tar', ['xzf', tgz], { cwd: cache });
  }
  return exe;
}
