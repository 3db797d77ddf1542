// Start-up and scan CPU of the command line, next to repolinter (a peer that reads a local
// checkout) on the same checkouts, and the Action's cold start. CPU is user + system time of the
// process and its children (git), from /usr/bin/time (Linux); the median of --runs runs.
//   npm run build && node bench/startup.bench.js [--runs 5] [--repolinter BIN] [--before DIR]
//       [--action BUNDLE] [--node24 BIN] [CHECKOUT…]
// --before: a build of another version (bin/, dist/, templates/, schemas/, package.json) to show
// side by side; --repolinter: repolinter's bin (npm install repolinter in a folder of its own);
// --action (repeatable): an Action bundle to time (default action/dist/index.js), run under --node24
// against a closed port, so it stops at its first request to GitHub.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateRepo } from './generate-repo.js';

const ROOT = resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '5' },
    repolinter: { type: 'string' },
    before: { type: 'string' },
    action: { type: 'string', multiple: true, default: [join(ROOT, 'action/dist/index.js')] },
    node24: { type: 'string', default: join(ROOT, 'node_modules/node/bin/node') },
  },
});
const RUNS = Number(values.runs);

/** Median user + system CPU seconds (and wall seconds) of `argv`, run RUNS times. */
function cpu(argv, options = {}) {
  const samples = [];
  for (let run = 0; run < RUNS; run++) {
    const result = spawnSync('/usr/bin/time', ['-f', '%U %S %e', ...argv], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      ...options,
    });
    const [user, system, wall] = result.stderr.trim().split('\n').at(-1).split(' ').map(Number);
    samples.push({ cpu: user + system, wall });
  }
  samples.sort((a, b) => a.cpu - b.cpu);
  return samples[Math.floor(samples.length / 2)];
}

const benchRepo = await generateRepo('.bench/repo-10k');
const checkouts = [benchRepo, ...positionals.map((path) => resolve(path))];
const versions = [['this version', ROOT], ...(values.before ? [['before', resolve(values.before)]] : [])];

const rows = [];
const row = (what, measured) => {
  rows.push(`| ${what} | ${measured.cpu.toFixed(2)} s | ${measured.wall.toFixed(2)} s |`);
  console.error(rows.at(-1));
};
for (const [label, folder] of versions) {
  const cli = join(folder, 'bin/product-health.js');
  row(`product-health --version (${label})`, cpu(['node', cli, '--version']));
  for (const checkout of checkouts) {
    row(`product-health scan ${checkout} (${label})`, cpu(['node', cli, 'scan', checkout]));
  }
}
if (values.repolinter) {
  for (const checkout of checkouts) {
    row(`repolinter lint ${checkout}`, cpu([values.repolinter, 'lint', checkout]));
  }
}

const runner = mkdtempSync(join(tmpdir(), 'product-health-runner-'));
writeFileSync(join(runner, 'event.json'), '{}');
const closed = 'http://127.0.0.1:59999';
for (const bundle of values.action) {
  row(
    `Action cold start to its first request (${bundle})`,
    cpu([values.node24, resolve(bundle)], {
      cwd: runner,
      env: {
        PATH: process.env.PATH,
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: join(runner, 'event.json'),
        GITHUB_REPOSITORY: 'owner/repository',
        GITHUB_API_URL: closed,
        GITHUB_GRAPHQL_URL: `${closed}/graphql`,
        GITHUB_OUTPUT: join(runner, 'output'),
        GITHUB_STEP_SUMMARY: join(runner, 'summary'),
        GITHUB_WORKSPACE: runner,
        RUNNER_TEMP: join(runner, 'temp'),
        INPUT_TOKEN: 'not-a-token',
        'INPUT_CONFIG-PATH': '.github/product-health.yml',
        'INPUT_DRY-RUN': 'false',
        PRODUCT_HEALTH_RATE_LIMIT_WAIT_SECONDS: '0',
      },
    }),
  );
}

console.log(['| what | CPU (user + system, median) | wall |', '| --- | --- | --- |', ...rows].join('\n'));
