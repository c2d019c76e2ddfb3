// False-positive check on real published packages (fetched with `npm pack` by
// scripts/fetch-packages.sh into the ignored tests/.cache/packages): proxy support, timezone
// libraries, official SDKs, lodash, typescript and esbuild's native binary must come out clean
// or notice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../e2e/helpers.mjs';

const BIN = join(root, 'target', 'release', 'telltale');
const DIR = join(root, 'tests', '.cache', 'packages');
const EXPECTED = ['proxy-from-env', 'axios', 'undici', 'https-proxy-agent', 'moment-timezone', 'luxon', 'date-fns-tz', 'dayjs', 'typescript', 'lodash', 'openai', 'anthropic-ai-sdk', 'esbuild-linux-x64'];

test('popular packages come out clean or notice', () => {
  execFileSync('bash', [join(root, 'scripts', 'fetch-packages.sh')], { stdio: ['ignore', 'ignore', 'inherit'] });
  const files = readdirSync(DIR).filter((f) => f.endsWith('.tgz'));
  for (const p of EXPECTED) {
    assert.ok(files.some((f) => f.startsWith(p + '-')), `${p} was not fetched (npm registry unreachable?)`);
  }
  for (const f of files) {
    const r = spawnSync(BIN, ['scan', '--format', 'json', join(DIR, f)], { maxBuffer: 1 << 28 });
    const rep = JSON.parse(r.stdout.toString());
    const loud = rep.findings.filter((x) => !['info', 'low'].includes(x.severity)).map((x) => `${x.rule} ${x.message} @ ${x.path}`);
    assert.ok(['clean', 'notice'].includes(rep.verdict), `${f}: ${rep.verdict}\n${loud.join('\n')}`);
    assert.equal(r.status, 0);
    assert.ok(rep.inputs.length > 1 && rep.inputs.every((i) => !i.skipped), `${f}: inputs skipped`);
  }
});
