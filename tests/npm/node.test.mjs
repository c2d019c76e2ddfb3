// The engine's npm package in Node (issue 14): installed from the tarball `make npm` packs,
// imported by its name both as an ES module and with require(), it checks a prompt and a real
// tarball, and agrees with the CLI on the same tarball.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { root, crateVersion, packed, project, covertTarball, MARKED, PLAIN } from './common.mjs';

const dir = project();
const tgz = covertTarball();

function run(file, src) {
  writeFileSync(join(dir, file), src);
  const r = spawnSync(process.execPath, [file], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

test('the package is named, versioned as the crate, and ships types', () => {
  const pkg = JSON.parse(readFileSync(join(dir, 'node_modules', 'telltale-engine', 'package.json'), 'utf8'));
  assert.equal(pkg.name, 'telltale-engine');
  assert.equal(pkg.version, crateVersion);
  assert.ok(statSync(packed()).size < 8 << 20, 'packed package under 8 MB');
  for (const t of ['node', 'web']) {
    const dts = readFileSync(join(dir, 'node_modules', 'telltale-engine', t, 'telltale.d.ts'), 'utf8');
    for (const sig of ['export function checkText(text: string, options?: TextOptions, on_progress?: (done: number, total: number) => void',
      'export function scanBytes(name: string, bytes: Uint8Array | number[], options?: ScanOptions): ScanReport;',
      'export function rules(): RuleDoc[];', 'export function toSarif(', 'export function toMarkdown(',
      'export function localize(', 'export interface Finding', 'export type Verdict']) {
      assert.ok(dts.includes(sig), `${t}/telltale.d.ts lacks ${sig}`);
    }
  }
});

test('ES module import: a marked prompt, a clean text, a covert tarball, exports', () => {
  const out = run('esm.mjs', `
    import { readFileSync } from 'node:fs';
    import { checkText, scanBytes, rules, toSarif, toMarkdown, version, localize, languages } from 'telltale-engine';
    const marked = checkText(${JSON.stringify(MARKED)});
    const zh = localize(marked, 'zh-CN');
    const zhDirect = checkText(${JSON.stringify(MARKED)}, { lang: 'zh' });
    const plain = checkText(${JSON.stringify(PLAIN)});
    const scan = scanBytes('agent-1.0.0.tgz', readFileSync(${JSON.stringify(tgz)}));
    const sarif = JSON.parse(toSarif(scan, 'agent-1.0.0.tgz'));
    console.log(JSON.stringify({ version: version(), rules: rules().length,
      marked: { verdict: marked.verdict, rules: marked.findings.map((f) => f.rule) },
      plain: plain.verdict,
      scan: { verdict: scan.verdict, codes: [...new Set(scan.findings.map((f) => f.code))].sort(),
        paths: [...new Set(scan.findings.map((f) => f.path))], complete: scan.coverage.complete },
      sarif: { version: sarif.version, results: sarif.runs[0].results.length },
      md: toMarkdown(scan, 'zh').slice(0, 200),
      langs: languages(), zh: { lang: zh.lang, summary: zh.summary, message: zh.findings[0].message, meaning: zh.findings[0].meaning,
        id: zh.findings[0].msg.id, same: zhDirect.summary === zh.summary }, en: { summary: marked.summary, id: marked.findings[0].msg.id } }));`);
  assert.equal(out.version, crateVersion);
  assert.ok(out.rules > 20);
  assert.equal(out.marked.verdict, 'covert');
  assert.ok(out.marked.rules.includes('dateline-marker'), out.marked.rules.join());
  assert.equal(out.plain, 'clean');
  assert.equal(out.scan.verdict, 'covert');
  assert.ok(out.scan.codes.includes('TB005'), out.scan.codes.join());
  assert.ok(out.scan.paths.includes('agent-1.0.0.tgz!package/index.js'), out.scan.paths.join());
  assert.equal(out.scan.complete, true);
  assert.equal(out.sarif.version, '2.1.0');
  assert.ok(out.sarif.results > 0);
  assert.match(out.md, /[\u4e00-\u9fff]/, 'Chinese Markdown');
  // Messages as data: the same finding rendered from the zh-CN catalogue, by option or later.
  assert.deepEqual(out.langs, ['en', 'zh-CN']);
  assert.equal(out.zh.lang, 'zh-CN');
  assert.equal(out.zh.id, out.en.id);
  for (const s of [out.zh.summary, out.zh.message, out.zh.meaning]) assert.match(s, /[\u4e00-\u9fff]/, s);
  assert.notEqual(out.zh.summary, out.en.summary);
  assert.equal(out.zh.same, true);

  // The same tarball through the CLI: the same verdict and rule codes (one engine).
  const cli = spawnSync(join(root, 'target', 'release', 'telltale'), ['scan', '--format', 'json', tgz], { encoding: 'utf8' });
  const r = JSON.parse(cli.stdout);
  assert.equal(r.verdict, out.scan.verdict);
  assert.deepEqual([...new Set(r.findings.map((f) => f.code))].sort(), out.scan.codes);
});

test('require() and bad input', () => {
  const out = run('cjs.cjs', `
    const t = require('telltale-engine');
    let err = null;
    try { t.checkText('x', { password: 42 }); } catch (e) { err = String(e); }
    const empty = t.scanBytes('empty.bin', new Uint8Array(0));
    const junk = t.scanBytes('broken.tgz', new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3]));
    console.log(JSON.stringify({ fns: ['checkText', 'checkBytes', 'scanBytes', 'rules', 'toSarif', 'toMarkdown'].filter((f) => typeof t[f] === 'function').length,
      err, empty: empty.verdict, junk: { verdict: junk.verdict, complete: junk.coverage.complete } }));`);
  assert.equal(out.fns, 6);
  assert.match(out.err, /bad options/);
  assert.equal(out.empty, 'unchecked');
  assert.equal(out.junk.complete, false, 'a truncated gzip is never called complete');
  assert.notEqual(out.junk.verdict, 'clean');
});
