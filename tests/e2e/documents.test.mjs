// Documents dropped on the built page: hidden text found and quoted with where it is, an
// encrypted zip and an image are "Could not check", nothing is requested from another origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launch, newPage, foreign, waitForVerdict, root } from './helpers.mjs';

const FILES = join(root, 'tests', 'corpus', 'documents', 'files');
let server, origin, browser;
before(async () => { ({ server, origin } = await startServer()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

// Drop a file the way a person does: a drop event carrying a DataTransfer with the file.
async function drop(page, name) {
  const b64 = readFileSync(join(FILES, name)).toString('base64');
  await page.evaluate(({ name, b64 }) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], name));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      window.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }
  }, { name, b64 });
}

for (const [file, verdict, text] of [
  ['docx-tag-chars-homoglyph-link.docx', 'covert', /paragraph \d/],
  ['docx-vanish-run.docx', 'covert', /ignore all previous instructions/i],
  ['pdf-render-mode-3.pdf', 'covert', /page 1/],
  ['eml-html-display-none.eml', 'covert', /text\/html/],
  ['xlsx-veryhidden-sheet.xlsx', 'covert', /very hidden sheet/],
  ['docx-clean-resume.docx', 'clean', null],
]) {
  test(`${file} dropped on the page is ${verdict}`, async () => {
    const { page, context, requests, errors } = await newPage(browser);
    await page.goto(origin + '/');
    await drop(page, file);
    assert.equal(await waitForVerdict(page), verdict);
    if (text) assert.match(await page.locator('#result').innerText(), text);
    assert.deepEqual(foreign(requests, origin), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

for (const file of ['encrypted.zip', 'photo.png', 'random.tgz']) {
  test(`${file} is "Could not check", never clean`, async () => {
    const { page, context } = await newPage(browser);
    await page.goto(origin + '/');
    await page.setInputFiles('#files', join(FILES, file));
    assert.equal(await waitForVerdict(page), 'unchecked');
    assert.match(await page.locator('#verdict').innerText(), /Could not check/);
    await context.close();
  });
}
