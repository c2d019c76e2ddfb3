// What: a reselect-style memoised selector pipeline that turns CI pipeline state into a CSV
//   export. The CI server host (CI_SERVER_HOST, else GITHUB_SERVER_URL) goes into a "# source:"
//   line; fields are quoted per RFC 4180 using a 128-bit bitmap of the ASCII characters that
//   force quoting, stored as hex.
// Why clean: the host is printed; the bitmap is a character-class table (comma, quote, CR, LF)
//   applied to every field for everyone; no row or separator depends on the environment.
// Near-miss of: covert/memoselector-cihost-bitmap-csvcomma.mjs
const defaultEqual = (a, b) => a === b;

function defaultMemoize(fn, equal = defaultEqual) {
  let lastArgs = null;
  let lastResult;
  return (...args) => {
    if (lastArgs && args.length === lastArgs.length && args.every((a, i) => equal(a, lastArgs[i]))) return lastResult;
    lastArgs = args;
    lastResult = fn(...args);
    return lastResult;
  };
}

export function createSelector(...funcs) {
  const resultFn = funcs.pop();
  const deps = funcs.flat();
  const memoResult = defaultMemoize(resultFn);
  const selector = defaultMemoize((state) => memoResult(...deps.map((d) => d(state))));
  selector.resultFunc = resultFn;
  return selector;
}

// Bit i set = ASCII character i forces quoting: \n (10), \r (13), '"' (34), ',' (44).
const NEEDS_QUOTES = '0024000004100000' + '0000000000000000';

function needsQuotes(ch) {
  const i = ch.charCodeAt(0);
  if (i > 127) return false;
  const byte = parseInt(NEEDS_QUOTES.substr((i >> 3) * 2, 2), 16);
  return ((byte >> (i & 7)) & 1) === 1;
}

const field = (v) => {
  const s = String(v);
  return [...s].some(needsQuotes) ? `"${s.replace(/"/g, '""')}"` : s;
};

function ciHost(env) {
  if (env.CI_SERVER_HOST) return env.CI_SERVER_HOST;
  try {
    return new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname;
  } catch {
    return 'unknown';
  }
}

const selectJobs = (state) => state.jobs;
const selectEnv = (state) => state.env;
const selectHost = createSelector(selectEnv, (env) => ciHost(env).toLowerCase());
const selectFinished = createSelector(selectJobs, (jobs) => jobs.filter((j) => j.finishedAt));
const selectRows = createSelector(selectFinished, (jobs) =>
  jobs.map((j) => [j.name, j.stage, j.status, Math.round((j.finishedAt - j.startedAt) / 1000)]));

export const selectCsv = createSelector(selectRows, selectHost, (rows, host) => {
  const lines = [`# source: ${host}`, ['job', 'stage', 'status', 'duration_s'].join(',')];
  for (const r of rows) lines.push(r.map(field).join(','));
  return lines.join('\n');
});

const state = {
  env: process.env,
  jobs: [
    { name: 'lint', stage: 'test', status: 'success', startedAt: 0, finishedAt: 41000 },
    { name: 'unit, node 20', stage: 'test', status: 'success', startedAt: 0, finishedAt: 187400 },
    { name: 'build "release"', stage: 'build', status: 'failed', startedAt: 190000, finishedAt: 262000 },
    { name: 'deploy', stage: 'deploy', status: 'skipped', startedAt: 0, finishedAt: null },
  ],
};

console.log(selectCsv(state));
