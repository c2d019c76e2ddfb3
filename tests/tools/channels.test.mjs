// Issue 9's channel corpus, checked as data (no telltale here): every covert fixture in
// tests/corpus/channels/covert really is a channel — its output changes under the trigger
// environment, stays the same under a near-miss ("decoy") environment, and the change is one a
// reader cannot see or that carries no meaning — and its hidden list is not written in plain text.
// Every clean near-miss runs, and whatever it changes by environment is a change a reader can see.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIR = join(root, 'tests', 'corpus', 'channels');
const CASES = JSON.parse(readFileSync(join(DIR, 'cases.json'), 'utf8'));
const COVERT = CASES.filter((c) => c.expect === 'covert');
const CLEAN = CASES.filter((c) => c.expect === 'clean');
// Sinks a character check cannot see: both outputs are made of ordinary characters.
const NO_CHARACTER_SINKS = ['order', 'word-order', 'case', 'blank-line', 'synonym', 'punctuation'];

/** A fixture's text: a file's, or every file of a package fixture (a directory) joined. */
function source(file) {
  const p = join(DIR, file);
  if (!statSync(p).isDirectory()) return readFileSync(p, 'utf8');
  return readdirSync(p, { recursive: true })
    .sort()
    .filter((f) => statSync(join(p, f)).isFile())
    .map((f) => readFileSync(join(p, f), 'utf8'))
    .join('\n');
}

/** The header of a fixture: the file's first lines, or its package's entry file's. */
function header(file) {
  const p = join(DIR, file);
  if (!statSync(p).isDirectory()) return readFileSync(p, 'utf8').split('\n').slice(0, 25).join('\n');
  const main = JSON.parse(readFileSync(join(p, 'package.json'), 'utf8')).main;
  return readFileSync(join(p, main), 'utf8').split('\n').slice(0, 25).join('\n');
}

/** Runs a fixture with exactly `env` (plus PATH), as a parent process would. */
function run(file, env) {
  const r = spawnSync(process.execPath, [join(DIR, file)], {
    env: { PATH: process.env.PATH, ...env },
    cwd: DIR,
    encoding: 'utf8',
    timeout: 20000,
  });
  assert.equal(r.status, 0, `${file} exited ${r.status} (${r.signal ?? ''}): ${r.stderr}`);
  return r.stdout;
}

function hasCommand(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { env: { PATH: process.env.PATH } }).status === 0;
}

// Characters that look like ASCII ones (beyond what NFKC folds): quotes, apostrophes, primes,
// dashes, and the Cyrillic letters that are drawn like Latin ones.
const LOOKALIKE = new Map(Object.entries({
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u02bc': "'", '\u02b9': "'", '\u02bb': "'",
  '\u2032': "'", '\u00b4': "'", '\u0060': "'", '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2033': '"',
  '\u00ab': '"', '\u00bb': '"', '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2212': '-',
  '\u0430': 'a', '\u0435': 'e', '\u043e': 'o', '\u0440': 'p', '\u0441': 'c', '\u0445': 'x', '\u0443': 'y',
  '\u0410': 'A', '\u0412': 'B', '\u0415': 'E', '\u041a': 'K', '\u041c': 'M', '\u041d': 'H', '\u041e': 'O',
  '\u0420': 'P', '\u0421': 'C', '\u0422': 'T', '\u0425': 'X', '\u0456': 'i', '\u0458': 'j', '\u0455': 's',
}));

/** What a reader sees: NFKC, format and zero-width characters and variation selectors removed,
 *  look-alikes mapped to ASCII, runs of spaces collapsed, trailing spaces dropped. */
function seen(s) {
  return s
    .normalize('NFKC')
    .replace(/[\p{Cf}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]/gu, '')
    .replace(/./gu, (c) => LOOKALIKE.get(c) ?? c)
    .replace(/[\p{Zs}\t]+/gu, ' ')
    .replace(/ +$/gm, '');
}

/** …and with number and date formats made uniform: group separators between digits removed,
 *  date separators between digits unified. */
function seenFormat(s) {
  return seen(s)
    .replace(/(?<=\d)[ ,.'](?=\d{3}(?!\d))/g, '')
    .replace(/(?<=\d)[-/.](?=\d)/g, '-');
}

const sentences = (s) => s.split(/\n|(?<=[.!?:])[ \t]+/).map((x) => x.trim()).filter(Boolean).sort();

/** Asserts that `a` and `b` differ only in the way the case's sink class allows. */
function assertSameToAReader(c, a, b) {
  const what = `${c.file} (${c.sink_class}: ${c.sink})\n  baseline: ${JSON.stringify(a)}\n  trigger:  ${JSON.stringify(b)}`;
  switch (c.sink_class) {
    case 'invisible':
      assert.equal(seen(a), seen(b), `the difference is visible: ${what}`);
      break;
    case 'format':
      assert.notEqual(seen(a), seen(b), `format sink expected, got an invisible one: ${what}`);
      assert.equal(seenFormat(a), seenFormat(b), `differs in more than number/date format: ${what}`);
      break;
    case 'case':
      assert.equal(a.toLowerCase(), b.toLowerCase(), `differs in more than letter case: ${what}`);
      break;
    case 'blank-line':
      assert.equal(a.replace(/\n{2,}/g, '\n'), b.replace(/\n{2,}/g, '\n'), `differs in more than blank lines: ${what}`);
      break;
    case 'order':
      assert.deepEqual(sentences(a), sentences(b), `differs in more than order: ${what}`);
      break;
    case 'punctuation':
      // Commas, semicolons, and full stops that end a sentence (not a decimal point).
      assert.equal(a.replace(/[,;]|\.(?!\d)/g, ''), b.replace(/[,;]|\.(?!\d)/g, ''), `differs in more than punctuation: ${what}`);
      break;
    case 'line-ending':
      assert.notEqual(a, b);
      assert.equal(a.replace(/\r\n/g, '\n'), b.replace(/\r\n/g, '\n'), `differs in more than line endings: ${what}`);
      break;
    case 'word-order': {
      // The same words in each line, in another order (`April 3, 2026` / `3 April 2026`).
      const w = (s) => s.split('\n').map((l) => l.split(/[\s,]+/).filter(Boolean).sort().join(' '));
      assert.notEqual(a, b);
      assert.deepEqual(w(a), w(b), `differs in more than the order of words: ${what}`);
      break;
    }
    case 'synonym': {
      const [x, y] = c.sink_variants;
      assert.ok(a.includes(x) && !a.includes(y), `baseline should use "${x}": ${what}`);
      assert.equal(a.replace(x, y), b, `differs in more than the synonym ${x}/${y}: ${what}`);
      break;
    }
    default:
      assert.fail(`unknown sink_class ${c.sink_class} in ${c.file}`);
  }
  if (NO_CHARACTER_SINKS.includes(c.sink_class)) {
    // No character check can see these: the triggered output holds no character the baseline lacks.
    const chars = new Set(a);
    assert.ok([...b].every((ch) => chars.has(ch) || ch.toLowerCase() !== ch.toUpperCase()), `new non-letter characters: ${what}`);
  }
}

/** Whether `value` is written in plain text in `src`. Values of 4 characters or more: anywhere,
 *  comments included. Shorter ones (country codes, TLDs): as a whole token outside `//` comments. */
function writtenPlainly(src, value) {
  if (value.length >= 4) return src.includes(value);
  const code = src.split('\n').filter((l) => !l.trimStart().startsWith('//')).join('\n');
  const esc = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![A-Za-z0-9_])${esc}(?![A-Za-z0-9_])`).test(code);
}

test('cases.json describes every fixture once, and the corpus meets issue 9\'s minimums', () => {
  const listed = CASES.map((c) => c.file).sort();
  const onDisk = ['covert', 'clean'].flatMap((d) => readdirSync(join(DIR, d)).map((f) => `${d}/${f}`)).sort();
  assert.deepEqual(listed, onDisk);
  assert.equal(new Set(listed).size, listed.length, 'a fixture is listed twice');
  assert.ok(COVERT.length >= 20, `${COVERT.length} covert fixtures`);
  assert.ok(CLEAN.length >= 20, `${CLEAN.length} clean fixtures`);
  const noChar = COVERT.filter((c) => NO_CHARACTER_SINKS.includes(c.sink_class));
  assert.ok(new Set(noChar.map((c) => c.sink_class)).size >= 3, 'at least 3 kinds of sink no character check can see');
  const regions = new Set(COVERT.flatMap((c) => c.regions));
  regions.delete('China');
  assert.ok(regions.size >= 3, `regions other than China: ${[...regions]}`);
  assert.ok(COVERT.filter((c) => c.shape).length >= 2, 'at least 2 bundle-shaped fixtures');
  // Every covert fixture is a different design: no two share source, hiding and sink.
  const designs = COVERT.map((c) => `${c.source} | ${c.hiding} | ${c.sink}`);
  assert.equal(new Set(designs).size, designs.length);
  for (const c of CASES) {
    for (const k of ['file', 'expect', 'baseline_env', 'trigger_env', 'regions', 'source', 'hiding', 'sink']) {
      assert.ok(k in c, `${c.file}: missing ${k}`);
    }
    assert.equal(c.baseline_env.TZ, 'UTC', c.file);
    assert.equal(c.baseline_env.LANG, 'en_US.UTF-8', c.file);
    assert.ok(!Object.keys(c.baseline_env).some((k) => /proxy|_BASE|registry/i.test(k)), `${c.file}: baseline sets a proxy or base URL`);
    const head = header(c.file);
    const fields = c.expect === 'covert' ? ['Design:', 'Source:', 'Hiding:', 'Region:', 'Sink:', 'Trigger:'] : ['What:', 'Why clean:'];
    for (const f of fields) assert.ok(head.includes(f), `${c.file}: header lacks "${f}"`);
    if (c.expect === 'covert') assert.ok(c.decoded_list_contains?.length > 0 && c.sink_class && c.decoy_env, c.file);
  }
});

test('covert fixtures: output changes with the trigger, only with it, and invisibly or meaninglessly', (t) => {
  for (const c of COVERT) {
    if (c.requires && !c.requires.every(hasCommand)) {
      t.diagnostic(`skipped ${c.file}: needs ${c.requires.join(', ')}`);
      continue;
    }
    const base = run(c.file, c.baseline_env);
    const trig = run(c.file, c.trigger_env);
    const decoy = run(c.file, c.decoy_env);
    assert.ok(base.trim().length > 0, `${c.file} printed nothing`);
    assert.notEqual(base, trig, `${c.file}: the trigger ${JSON.stringify(c.trigger_env)} changed nothing`);
    assert.equal(decoy, base, `${c.file}: the near-miss environment ${JSON.stringify(c.decoy_env)} changed the output`);
    assert.equal(run(c.file, c.baseline_env), base, `${c.file}: output is not stable`);
    assertSameToAReader(c, base, trig);
  }
});

test('covert fixtures: the concealed set is not written in plain text', () => {
  for (const c of COVERT) {
    const src = source(c.file);
    // The first value does not occur in the file at all, not even inside a word or a comment…
    const [first] = c.decoded_list_contains;
    assert.ok(!src.includes(first), `${c.file}: "${first}" appears literally`);
    // …and no value is written plainly (short ones such as TLDs: not as a token in the code).
    for (const v of c.decoded_list_contains) assert.ok(!writtenPlainly(src, v), `${c.file}: "${v}" appears in plain text`);
    // Nor do the trigger values that select the channel (they live in cases.json only).
    for (const [k, v] of Object.entries(c.trigger_env)) {
      if (c.baseline_env[k] === v) continue;
      assert.ok(!src.includes(v), `${c.file}: trigger value ${k}=${v} appears in the file`);
    }
  }
});

test('covert fixtures with a test hook also run on the real source', () => {
  for (const c of COVERT.filter((x) => x.test_hooks)) {
    const env = { ...c.baseline_env };
    for (const k of c.test_hooks) delete env[k];
    run(c.file, env);
    const src = source(c.file);
    for (const k of c.test_hooks) {
      assert.ok(src.includes('TEST HOOK'), `${c.file}: hook is not marked`);
      assert.equal(src.split(`process.env.${k}`).length - 1 <= 2, true, `${c.file}: ${k} read outside its hook`);
    }
  }
});

test('clean near-misses run, and any change by environment is one a reader can see', () => {
  for (const c of CLEAN) {
    const base = run(c.file, c.baseline_env);
    const trig = run(c.file, c.trigger_env);
    assert.ok(base.trim().length > 0 && trig.trim().length > 0, `${c.file} printed nothing`);
    if (base !== trig) {
      assert.notEqual(seen(base), seen(trig), `${c.file}: changes invisibly\n  ${JSON.stringify(base)}\n  ${JSON.stringify(trig)}`);
    }
  }
});
