// Real region-targeting code, as published on npm (fetched with `npm pack` by scripts/fetch-real.sh
// into the ignored tests/.cache/real; what each package does is written up in
// tests/tools/REAL-PACKAGES.md):
//   - @anthropic-ai/claude-code 2.1.91, which reads the ANTHROPIC_BASE_URL host and the time zone,
//     compares the host with two XOR-hidden lists and, for Chinese time zones and listed hosts,
//     changes the apostrophe and the date separator in the prompt's date line: covert, and the
//     covert-channel finding must say all of that. 2.1.90 (before), 2.1.198 and its native build
//     (after) must come out clean or notice.
//   - 2022 protestware that shows a message, alert or song to users in one region (time zone,
//     locale, site domain): overt, so suspicious (not clean, not covert), with the region named;
//     the version before (and after, where the code was taken out) clean or notice.
//   - Untargeted protest code (same message or file for everyone) for contrast: never covert.
// Assertions read the findings' text generically (every string field except the ones that quote
// code), so the finding format may gain fields.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, bun } from '../e2e/helpers.mjs';

const BIN = join(root, 'target', 'release', 'telltale');
const DIR = join(root, 'tests', '.cache', 'real');
const SCRIPT = join(root, 'scripts', 'fetch-real.sh');

const INCIDENT = '@anthropic-ai/claude-code@2.1.91';
const CLEAN_AGENT = ['@anthropic-ai/claude-code@2.1.90', '@anthropic-ai/claude-code@2.1.198', '@anthropic-ai/claude-code-linux-x64@2.1.198'];
// Region-targeted protestware: the region(s) the finding must name, and what it must say is read.
const TARGETED = [
  { spec: 'es5-ext@0.10.54', region: [/russia/i], source: [/time[ -]?zone/i] },
  { spec: 'es5-ext@0.10.64', region: [/russia/i], source: [/time[ -]?zone/i] },
  { spec: 'event-source-polyfill@1.0.26', region: [/russia/i], source: [/time[ -]?zone/i] },
  { spec: 'styled-components@5.3.5', region: [/russia/i], source: [/locale|language/i] },
  { spec: 'styled-components@5.3.6', region: [/russia/i], source: [/locale|language/i] },
  { spec: 'sweetalert2@11.4.9', region: [/russia/i], notRegion: [/indonesia/i], source: [/locale|language/i, /host|domain|site|location/i] },
  { spec: 'sweetalert2@11.6.15', region: [/russia/i], notRegion: [/indonesia/i], source: [/locale|language/i, /host|domain|site|location/i] },
  { spec: 'sweetalert2@11.22.0', region: [/russia/i, /belarus/i], source: [/locale|language/i, /host|domain|site|location/i] },
  // sweetalert2 11.10.7's code inside one 4.3 MB CommonJS bundle (dist/react-sdk.cjs.js): found
  // only by reading a large script around region values compared near an environment read.
  { spec: '@link-loom/react-sdk@1.0.137', region: [/russia/i], source: [/language/i, /host|domain|site|location/i] },
];
// The last version before each protest, the first after it was taken out, and an untargeted
// unconditional console message (nestjs-pino): clean or notice.
const QUIET = [
  'es5-ext@0.10.53', 'event-source-polyfill@1.0.25', 'event-source-polyfill@1.0.31', 'styled-components@5.3.4',
  'styled-components@5.3.7', 'sweetalert2@11.4.8', 'sweetalert2@11.22.4', 'node-ipc@10.1.0', 'nestjs-pino@2.5.2',
];
// Untargeted protest code that writes a file to every user's desktop: whatever else, not covert.
const UNTARGETED = ['node-ipc@11.1.0', 'peacenotwar@9.1.7'];
const ALL = [INCIDENT, ...CLEAN_AGENT, ...TARGETED.map((t) => t.spec), ...QUIET, ...UNTARGETED];

/** name@version -> the file `npm pack` writes: @scope/name@1.2.3 -> scope-name-1.2.3.tgz */
function tgzName(spec) {
  const at = spec.lastIndexOf('@');
  return `${spec.slice(0, at).replace(/^@/, '').replace(/\//g, '-')}-${spec.slice(at + 1)}.tgz`;
}
const file = (spec) => join(DIR, tgzName(spec));

const reports = new Map();
/** Scan a cached tarball once; later calls reuse the report. */
function scan(spec) {
  if (!reports.has(spec)) {
    const r = spawnSync(BIN, ['scan', '--format', 'json', file(spec)], { maxBuffer: 1 << 28 });
    assert.ok(r.stdout.length, `${spec}: no report (was it fetched? npm registry unreachable?): ${r.stderr}`);
    const rep = JSON.parse(r.stdout.toString());
    reports.set(spec, { rep, status: r.status });
  }
  const { rep, status } = reports.get(spec);
  assert.ok(status === 0 || status === 1, `${spec}: exit ${status}`);
  assert.ok(rep.inputs.length > 1 && rep.inputs.every((i) => !i.skipped), `${spec}: inputs skipped`);
  return rep;
}

// Fields that quote the scanned code rather than describe it: left out of the text the region and
// source checks read, so that e.g. a "Dear russian users" comment in a snippet doesn't count.
const CODE_FIELDS = new Set(['snippet', 'excerpt', 'path', 'location', 'occurrences', 'context', 'source_excerpt']);
/** Every string (and number) in a finding, at any depth, except code-quoting fields. */
function prose(x) {
  if (x == null) return '';
  if (typeof x === 'string' || typeof x === 'number') return String(x);
  if (Array.isArray(x)) return x.map(prose).join('\n');
  if (typeof x === 'object') return Object.entries(x).filter(([k]) => !CODE_FIELDS.has(k)).map(([, v]) => prose(v)).join('\n');
  return '';
}
const loud = (rep) => rep.findings.filter((f) => !['info', 'low'].includes(f.severity)).map((f) => `${f.rule} ${f.severity} ${f.message} @ ${f.path}`).join('\n');
const isChannel = (f) => f.code === 'TB005' || f.rule === 'covert-channel';
const channelText = (rep) => rep.findings.filter(isChannel).map(prose).join('\n');

before(() => {
  execFileSync('bash', [SCRIPT], { stdio: ['ignore', 'ignore', 'inherit'] });
});

test('the pinned list matches scripts/fetch-real.sh', () => {
  const block = readFileSync(SCRIPT, 'utf8').match(/^PKGS=\(([\s\S]*?)^\)/m);
  assert.ok(block, 'PKGS=( ... ) not found in the script');
  const listed = block[1].split('\n').map((l) => l.replace(/#.*/, '')).join(' ').split(/\s+/).filter(Boolean);
  assert.deepEqual([...listed].sort(), [...ALL].sort());
});

// --- the incident ------------------------------------------------------------------------------

/** The two hidden lists, decoded here independently of the scanner: every long base64 string near
 * the time-zone check that XORs (single-byte key) to a comma-separated list of names. */
function hiddenLists() {
  const js = execFileSync('tar', ['-xzOf', file(INCIDENT), 'package/cli.js'], { maxBuffer: 1 << 27 }).toString('latin1');
  const at = js.indexOf('Asia/Urumqi');
  assert.ok(at > 0, 'Asia/Urumqi not in cli.js');
  const near = js.slice(Math.max(0, at - 20000), at + 20000);
  const lists = [];
  for (const [, b64] of near.matchAll(/["'`]([A-Za-z0-9+/]{40,}={0,2})["'`]/g)) {
    const bytes = Buffer.from(b64, 'base64');
    for (let key = 1; key < 256; key++) {
      const s = Buffer.from(bytes.map((b) => b ^ key)).toString('latin1');
      if (/^[a-z0-9.-]+(,[a-z0-9.-]+)+$/.test(s)) { lists.push(s.split(',')); break; }
    }
  }
  return lists;
}

test('claude-code 2.1.91 is covert', () => {
  const rep = scan(INCIDENT);
  assert.equal(rep.verdict, 'covert', loud(rep));
  const ch = rep.findings.filter(isChannel);
  assert.ok(ch.length >= 1, 'no covert-channel (TB005) finding');
  assert.ok(ch.some((f) => /package\/cli\.js$/.test(f.path || '')), `covert channel not placed in package/cli.js: ${ch.map((f) => f.path)}`);
});

// Known gaps (issue 9 partial); see README "Code understanding".
const KNOWN = {};
test('claude-code 2.1.91: the covert channel names both sources (API base URL host, time zone)', () => {
  const text = channelText(scan(INCIDENT));
  assert.match(text, /ANTHROPIC_BASE_URL|base[ _-]?URL/i, 'API base URL not named');
  assert.match(text, /time[ -]?zone/i, 'the time zone is not named as a source');
  assert.match(text, /Asia\/Shanghai/, 'Asia/Shanghai not named');
  assert.match(text, /Asia\/Urumqi/, 'Asia/Urumqi not named');
});

test('claude-code 2.1.91: the covert channel gives both hidden lists in full', () => {
  const lists = hiddenLists();
  assert.deepEqual(lists.map((l) => l.length).sort((a, b) => a - b), [11, 147], 'the test could not decode the two lists itself');
  const text = channelText(scan(INCIDENT)).toLowerCase();
  const tokens = new Set(text.split(/[^a-z0-9.-]+/).map((t) => t.replace(/^[.-]+|[.-]+$/g, '')));
  for (const e of ['cn', 'sankuai.com', 'moonshot.ai', 'alibaba-inc.com', 'aihubmix.com', 'api.tu-zi.com', 'zenmux.ai', 'deepseek', 'moonshot', 'zhipu', 'dashscope', 'volces', '01ai']) {
    assert.ok(tokens.has(e), `${e} not in the covert-channel finding`);
  }
  for (const list of lists) {
    const missing = list.filter((e) => !tokens.has(e));
    assert.deepEqual(missing, [], `${missing.length} of ${list.length} entries missing from the covert-channel finding`);
  }
});

test('claude-code 2.1.91: the covert channel names both output effects', () => {
  const text = channelText(scan(INCIDENT));
  assert.match(text, /apostrophe/i, 'apostrophe look-alikes not named');
  assert.match(text, /date/i, 'the date is not named');
  assert.match(text, /["'`‘’]-["'`‘’].{0,60}["'`‘’]\/["'`‘’]/, "date separator '-' to '/' not named");
});

test('claude-code 2.1.91: the covert channel names the region (China)', () => {
  assert.match(channelText(scan(INCIDENT)), /China|Chinese/i);
});

// Issue 13: the decision code cut out of the real bundle, run again in the sandbox under the
// environments the finding suggests. The published description: with no custom base URL the line
// reads "Today's date is 2026-04-03."; a listed host changes the apostrophe (four variants: plain,
// U+2019 for a listed host, U+02BC for a lab keyword, U+02B9 for both) and a Chinese time zone
// with a custom host turns the date's '-' into '/'.
const APOS = { "'": 'U+0027', '\u2019': 'U+2019', '\u02bc': 'U+02BC', '\u02b9': 'U+02B9' };
function checkReplay(ch, label) {
  const f = ch.find((x) => x.replay && x.replay.length);
  assert.ok(f, `${label}: no replay on the covert channel (${ch.map((x) => x.replay_note).join('; ')})`);
  const base = f.replay[0];
  assert.match(base.env, /^baseline/);
  assert.equal(base.output, "Today's date is 2026-04-03.", `${label}: baseline output`);
  const seen = new Set();
  for (const r of f.replay) {
    const m = r.output.match(/^Today(.)s date is 2026([-/])04\2(03)\.$/u);
    assert.ok(m, `${label}: unexpected replay output under ${r.env}: ${r.output}`);
    seen.add(m[1]);
    // The difference is exactly the channel's: only the apostrophe and the separators change.
    for (const c of r.changes) assert.match(c, /^U\+(0027|002D) .* → U\+(2019|02BC|02B9|002F) /, `${label}: ${c}`);
    if (m[2] === '/') assert.match(r.env, /time zone Asia\/(Shanghai|Urumqi)/, `${label}: '/' without a Chinese time zone: ${r.env}`);
    // What the reader of a changed line learns, in words: the list, and China for the '/'.
    if (r.changes.length) assert.match(r.learns || '', /hidden list|listed word|word of the code's list/, `${label}: ${r.env}: ${r.learns}`);
    if (m[2] === '/') assert.match(r.learns || '', /time zone points to .*China/, `${label}: ${r.learns}`);
    if (m[1] !== "'") assert.match(r.env, /ANTHROPIC_BASE_URL=/, `${label}: apostrophe changed without a custom host: ${r.env}`);
  }
  assert.deepEqual([...seen].map((c) => APOS[c]).sort(), ['U+0027', 'U+02B9', 'U+02BC', 'U+2019'].sort(), `${label}: the four apostrophes`);
  assert.ok(f.replay.some((r) => r.output.includes('2026/04/03')), `${label}: no environment gave the '/' date`);
  assert.ok(f.replay.some((r) => r.changes.some((c) => /U\+002D HYPHEN-MINUS → U\+002F SOLIDUS/.test(c))), `${label}: the separator change is not named`);
  return f;
}

test('claude-code 2.1.91 replayed from its real bundle: four apostrophes and two date separators, each under the environment that causes it', () => {
  const f = checkReplay(scan(INCIDENT).findings.filter(isChannel), '2.1.91');
  assert.match(f.replay_call || '', /^[\w$]+\("2026-04-03"\)$/, `the call shown: ${f.replay_call}`);
  // Every export carries it: SARIF in the result's property bag.
  const r = spawnSync(BIN, ['scan', '--format', 'sarif', file(INCIDENT)], { maxBuffer: 1 << 28 });
  const results = JSON.parse(r.stdout.toString()).runs[0].results;
  const withReplay = results.filter((x) => x.properties && Array.isArray(x.properties.replay));
  assert.equal(withReplay.length, 1, 'one SARIF result carries the replay');
  assert.deepEqual(withReplay[0].properties.replay.map((x) => x.output), f.replay.map((x) => x.output));
  assert.equal(withReplay[0].properties.replayCall, f.replay_call);
});

// The incident's cli.js compiled into a native executable by Bun itself: Bun reprints the code
// (spaces around `=`, definitions after their use) and stores the module as UTF-16, because the
// source holds characters beyond Latin-1. The same chain must be found in the embedded module.
test('claude-code 2.1.91 compiled by Bun into a native executable: the same covert chain', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bun-incident-'));
  execFileSync('tar', ['-xzf', file(INCIDENT), '-C', dir, 'package/cli.js']);
  execFileSync(bun(), ['build', '--compile', 'package/cli.js', '--outfile', 'claude'], { cwd: dir, stdio: 'ignore' });
  const r = spawnSync(BIN, ['scan', '--format', 'json', join(dir, 'claude')], { maxBuffer: 1 << 28 });
  const rep = JSON.parse(r.stdout.toString());
  assert.equal(rep.verdict, 'covert', loud(rep));
  assert.match(rep.inputs[0].kind, /^bun executable/);
  const ch = rep.findings.filter(isChannel);
  assert.ok(ch.some((f) => /!\/\$bunfs\/root\//.test(f.path)), 'the chain names the embedded module');
  const text = ch.map(prose).join('\n');
  assert.match(text, /ANTHROPIC_BASE_URL/);
  assert.match(text, /time[ -]?zone/i);
  assert.match(text, /China/);
  for (const list of hiddenLists()) assert.ok(list.every((h) => text.toLowerCase().includes(h)), 'a hidden list is not given in full');
  checkReplay(ch, 'Bun-compiled 2.1.91');
});

for (const spec of CLEAN_AGENT) {
  test(`${spec} comes out clean or notice`, () => {
    const rep = scan(spec);
    assert.ok(['clean', 'notice'].includes(rep.verdict), `${spec}: ${rep.verdict}\n${loud(rep)}`);
  });
}

// --- protestware -------------------------------------------------------------------------------

for (const { spec, region, notRegion = [], source } of TARGETED) {
  test(`${spec} (region-targeted protestware) is suspicious and names the region`, { todo: KNOWN[spec] }, () => {
    const rep = scan(spec);
    assert.equal(rep.verdict, 'suspicious', `${spec}: ${rep.verdict}\n${loud(rep)}`);
    const text = rep.findings.filter((f) => f.severity !== 'info').map(prose).join('\n');
    for (const r of region) assert.match(text, r, `${spec}: region ${r} not named`);
    // A host-suffix pattern (`\.(ru|su|xn--p1ai)$`) names top-level domains, not languages.
    for (const r of notRegion) assert.doesNotMatch(text, r, `${spec}: region ${r} named`);
    for (const s of source) assert.match(text, s, `${spec}: source ${s} not named`);
  });
}

for (const spec of QUIET) {
  test(`${spec} (before/after the protest, or untargeted) comes out clean or notice`, () => {
    const rep = scan(spec);
    assert.ok(['clean', 'notice'].includes(rep.verdict), `${spec}: ${rep.verdict}\n${loud(rep)}`);
  });
}

for (const spec of UNTARGETED) {
  test(`${spec} (untargeted protest code) is not covert`, () => {
    const rep = scan(spec);
    assert.notEqual(rep.verdict, 'covert', loud(rep));
  });
}
