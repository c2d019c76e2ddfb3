#!/usr/bin/env node
// Pack npm packages into a directory with `npm pack`, for `telltale scan` (the CI recipe
// .github/workflows/scan-dependencies.yml). Nothing is installed and no package script runs:
// `npm pack` of a registry spec only downloads the published tarball, and --ignore-scripts is
// passed anyway. Only registry specs are accepted (name, name@version, name@range, name@tag):
// git, GitHub, file, folder, URL and alias specs are refused, since npm would fetch them from
// elsewhere and, for git, install their dev dependencies and run their `prepare` script to pack.
//
// Usage: node scripts/pack-npm.mjs [--list] [--lockfile FILE] DIR [SPEC...]
//   SPEC...          registry specs, e.g. left-pad@1.3.0 chalk @scope/name@^2
//   no SPEC          every registry package pinned in FILE (default package-lock.json; npm 7+
//                    lockfile), each checked against the lockfile's integrity once packed
//   --list           print the specs, one a line, and pack nothing (DIR not needed)
// Exit 0 when everything was packed, 1 otherwise (a refused spec, npm failed, an integrity mismatch).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/i;
// A version, a range without spaces or a dist-tag: no ':' or '/', so no URL, path, git or alias.
const RANGE = /^[a-z0-9._~^<>=*|+-]+$/i;
const BATCH = 50;

/** `name@range` -> [name, range] (range '' when absent), or null when it is not a registry spec. */
export function parseSpec(spec) {
  const at = spec.indexOf('@', 1);
  const [name, range] = at < 0 ? [spec, ''] : [spec.slice(0, at), spec.slice(at + 1)];
  if (!NAME.test(name) || name.length > 214) return null;
  if (at >= 0 && !RANGE.test(range)) return null;
  return [name, range];
}

/** Registry packages pinned in an npm 7+ lockfile: { specs: Map(name@version -> integrity), skipped }. */
export function lockfileSpecs(text, file = 'package-lock.json') {
  const lock = JSON.parse(text);
  if (!lock.packages) throw new Error(`${file}: lockfileVersion ${lock.lockfileVersion}: only npm 7+ lockfiles (v2, v3) are read`);
  const specs = new Map();
  const skipped = [];
  for (const [path, e] of Object.entries(lock.packages)) {
    const i = path.lastIndexOf('node_modules/');
    if (i < 0) continue;                 // the project itself and its workspace folders
    if (e.link || e.inBundle) continue;  // a folder of this repository; inside its parent's tarball
    const name = e.name || path.slice(i + 'node_modules/'.length);
    // Registry packages have no `resolved` (omit-lockfile-registry-resolved) or a registry
    // tarball URL (.../name/-/name-1.2.3.tgz); anything else (git, a tarball elsewhere) is not packed.
    const fromRegistry = !e.resolved || /^https:\/\/[^#?]*\/-\/[^/#?]+\.tgz$/.test(e.resolved);
    const spec = `${name}@${e.version}`;
    if (!fromRegistry || !e.version || !parseSpec(spec)) {
      skipped.push(`${path} (${e.resolved || e.version || 'no version'})`);
      continue;
    }
    specs.set(spec, e.integrity || '');
  }
  return { specs, skipped };
}

/** Does the packed tarball (npm pack --json entry) match the lockfile's integrity string? */
export function integrityMatches(expected, packed) {
  if (!expected) return true;
  for (const h of expected.split(/\s+/).filter(Boolean)) {
    const [algo, b64] = [h.slice(0, h.indexOf('-')), h.slice(h.indexOf('-') + 1)];
    if (algo === 'sha512' && packed.integrity) return packed.integrity === h;
    if (algo === 'sha1' && packed.shasum) return Buffer.from(b64, 'base64').toString('hex') === packed.shasum;
  }
  return false;  // no hash we can compare: refuse rather than trust
}

function main(argv) {
  let list = false;
  let lockfile = 'package-lock.json';
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--list') list = true;
    else if (argv[i] === '--lockfile') lockfile = argv[++i];
    else if (argv[i] === '-h' || argv[i] === '--help') {
      console.log('usage: node scripts/pack-npm.mjs [--list] [--lockfile FILE] DIR [SPEC...]');
      return 0;
    } else rest.push(argv[i]);
  }
  const dir = list ? null : rest.shift();
  if (!list && !dir) {
    console.error('pack-npm: no directory given (usage: node scripts/pack-npm.mjs DIR [SPEC...])');
    return 1;
  }
  let specs;
  const fromLockfile = rest.length === 0;
  if (!fromLockfile) {
    const bad = rest.filter((s) => !parseSpec(s));
    if (bad.length) {
      console.error(`pack-npm: not a registry spec (name, name@version, name@range or name@tag): ${bad.join(' ')}`);
      return 1;
    }
    specs = new Map(rest.map((s) => [s, '']));
  } else {
    const found = lockfileSpecs(readFileSync(lockfile, 'utf8'), lockfile);
    for (const s of found.skipped) console.error(`pack-npm: not from the registry, not packed: ${s}`);
    specs = found.specs;
    if (!specs.size) {
      console.error(`pack-npm: ${lockfile} pins no registry package`);
      return 1;
    }
  }
  if (list) {
    for (const s of specs.keys()) console.log(s);
    return 0;
  }

  mkdirSync(dir, { recursive: true });
  const all = [...specs.keys()];
  const byFile = new Map();
  const seen = new Set();
  let failed = 0;
  for (let i = 0; i < all.length; i += BATCH) {
    const batch = all.slice(i, i + BATCH);
    const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir, ...batch], {
      stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 28,
    });
    for (const p of JSON.parse(out.toString())) {
      // Two different packages written to the same file name (@a/b-c and a-b-c): one would be lost.
      const other = byFile.get(p.filename);
      if (other && other !== p.id) {
        console.error(`pack-npm: ${p.id} and ${other} both pack to ${p.filename}`);
        failed++;
      }
      byFile.set(p.filename, p.id);
      seen.add(p.id);
      if (fromLockfile && specs.has(p.id) && !integrityMatches(specs.get(p.id), p)) {
        console.error(`pack-npm: ${p.id}: integrity ${p.integrity} differs from the lockfile's ${specs.get(p.id)}`);
        failed++;
      }
    }
  }
  // From the lockfile every spec is an exact name@version: each must have come back as packed.
  if (fromLockfile) {
    for (const s of all) {
      if (!seen.has(s)) {
        console.error(`pack-npm: ${s} was not packed`);
        failed++;
      }
    }
  }
  console.error(`pack-npm: ${byFile.size} package(s) packed into ${dir}`);
  return failed ? 1 : 0;
}

// Run as a script (also through a symlink), not when imported by the tests.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    console.error(`pack-npm: ${e.message}`);
    process.exitCode = 1;
  }
}
