// Shared by the npm package's tests: the packed package (make npm), unpacked where a project
// would have it, and a real tarball holding a covert bundle from the corpus.
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const crateVersion = readFileSync(join(root, 'crate', 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1];

/** The tarball `make npm` made. */
export function packed() {
  const dir = join(root, 'build', 'npm');
  const f = readdirSync(dir).find((x) => /^telltale-engine-.*\.tgz$/.test(x));
  if (!f) throw new Error('build/npm/telltale-engine-*.tgz is missing: run `make npm`');
  return join(dir, f);
}

/** A project directory with the package installed from its tarball (npm's layout, no network). */
export function project() {
  const dir = mkdtempSync(join(tmpdir(), 'telltale-npm-'));
  const dest = join(dir, 'node_modules', 'telltale-engine');
  mkdirSync(dest, { recursive: true });
  execFileSync('tar', ['xzf', packed(), '-C', dest, '--strip-components=1']);
  writeFileSync(join(dir, 'package.json'), '{"name":"consumer","private":true}\n');
  return dir;
}

/** An npm-style tarball (package/…) whose index.js is the corpus's covert bundle. */
export function covertTarball() {
  const dir = mkdtempSync(join(tmpdir(), 'telltale-pkg-'));
  mkdirSync(join(dir, 'package'));
  copyFileSync(join(root, 'tests', 'corpus', 'bundles', 'agent-b64-xor.js'), join(dir, 'package', 'index.js'));
  writeFileSync(join(dir, 'package', 'package.json'), '{"name":"agent","version":"1.0.0","main":"index.js"}\n');
  execFileSync('tar', ['czf', 'agent-1.0.0.tgz', 'package'], { cwd: dir });
  return join(dir, 'agent-1.0.0.tgz');
}

/** The date line of the 2026 incident with its marker: U+02BC apostrophe and a slashed date. */
export const MARKED = 'You are an interactive CLI tool that helps users with software engineering tasks.\nToday\u02BCs date is 2026/04/03.\n';
export const PLAIN = 'Hello! The meeting moved to Thursday. 会议改到星期四。 Привет, увидимся в четверг.\n';
