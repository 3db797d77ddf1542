// The organisation-scale benchmark: product-health against a simulated GitHub serving seeded sample
// organisations (`dev-dist/dev/simulated-github/main.js --organisation N`, in a child process so its memory
// is not the scanner's), through the real code paths: `product-health scan OWNER/REPO` for the cost
// of each profile, `product-health sweep --concurrency 16` (bench/sweep-runner.js, one process per
// sweep) for 100, 1,000 and 10,000 repositories, and the real app server for an event burst
// (bench/burst-runner.js). Needs the compiled `dist/` and `dev-dist/`:
//   npm run build && npm run build:dev && node bench/organisation.bench.js [--quick] [--only profiles,100,1000,10000,burst]
// --quick leaves out the 10,000 repository run. Prints Markdown tables (also written to
// .bench/organisation.md, the raw figures to .bench/organisation.json).
import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { generateOrganisation } from '../dev-dist/dev/simulated-github/generate-organisation.js';
import { errorAnswers, startSimulator, statsDelta } from './simulator-process.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    'time-scale': { type: 'string', default: '10' },
  },
  strict: true,
});
const PHASES = values.only
  ? values.only.split(',')
  : ['profiles', '100', '1000', ...(values.quick ? [] : ['10000']), 'burst'];

/**
 * First runs over more than 100 repositories run this many times faster than real time: the write
 * pacer (PRODUCT_HEALTH_WRITES_PER_MINUTE), the throttling plugin's 3 s spacing of issue creations
 * and the simulator's secondary-limit window all divided by it (1: real time).
 */
const TIME_SCALE = Number(values['time-scale']);
if (!Number.isInteger(TIME_SCALE) || TIME_SCALE < 1) throw new Error('--time-scale: a whole number ≥ 1');
const timeScaleFor = (repositories) => (repositories <= 100 ? 1 : TIME_SCALE);
const SEED = 2026;
const OWNER = 'beta-gouv-sample';
const LATENCY_MS = 50;
const CONCURRENCY = 16;
/** The instant the organisations' dates are relative to, and every scan's `--now`. */
const NOW = new Date();
const MB = 1024 * 1024;

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PEM = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();

/**
 * GitHub's hourly budget for an app installation: 5,000 requests (and GraphQL points), 50 more per
 * repository past 20, at most 12,500.
 */
const installationBudget = (repositories) => Math.min(12_500, 5_000 + 50 * Math.max(0, repositories - 20));

const results = { now: NOW.toISOString(), machine: machine(), phases: {} };
const out = [];
const print = (line = '') => {
  out.push(line);
  process.stdout.write(`${line}\n`);
};
const benchStart = performance.now();

print(
  `Organisation-scale bench: ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.ramGiB} GiB RAM, Node.js ${process.version}; ${LATENCY_MS} ms simulated latency, sweep --concurrency ${CONCURRENCY}, seed ${SEED}, now ${NOW.toISOString()}`,
);
for (const phase of PHASES) {
  if (phase === 'profiles') await profilesPhase();
  else if (phase === 'burst') await burstPhase();
  else if (/^\d+$/.test(phase)) await organisationPhase(Number(phase));
  else throw new Error(`unknown phase ${phase}`);
}
const totalS = (performance.now() - benchStart) / 1000;
print();
print(`Organisation bench total: ${totalS.toFixed(0)} s`);
results.totalS = totalS;
mkdirSync('.bench', { recursive: true });
writeFileSync('.bench/organisation.json', `${JSON.stringify(results, null, 2)}\n`);
writeFileSync('.bench/organisation.md', `${out.join('\n')}\n`);

// --- Requests per repository, by profile ----------------------------------------------------------

async function profilesPhase() {
  const samples = generateOrganisation({ owner: OWNER, repositories: 14, seed: SEED, now: NOW });
  const simulator = await startSimulator({
    repositories: 14,
    seed: SEED,
    owner: OWNER,
    now: NOW,
    latencyMs: LATENCY_MS,
  });
  const rows = [];
  try {
    for (const { spec, profile } of samples) {
      const name = `${spec.owner}/${spec.name}`;
      const scans = [];
      for (const run of ['first', 'rescan']) {
        const before = (await simulator.stats()).stats;
        const scan = await runCli(
          ['scan', name, '--format', 'json', '--write-issue', '--now', NOW.toISOString()],
          simulator.info,
        );
        const seen = statsDelta((await simulator.stats()).stats, before);
        const report = JSON.parse(scan.stdout);
        scans.push({ run, cost: report.cost, grade: report.grade, seen, code: scan.code });
      }
      rows.push({ profile, repository: name, scans });
    }
  } finally {
    await simulator.stop();
  }
  results.phases.profiles = rows;
  print();
  print('### Requests per repository for a full scan, by profile');
  print();
  print(
    `\`product-health scan OWNER/REPO --format json --write-issue\`, twice per repository (first scan, then a rescan with nothing changed), against a simulated organisation of 14 repositories (seed ${SEED}); \`cost\` from the JSON report, the simulator's own count alongside.`,
  );
  print();
  print(
    '| profile | GraphQL | REST reads | reads | writes (first scan) | GraphQL points | writes (rescan) | requests seen by the simulator (first / rescan) | target ≤ 4 reads |',
  );
  print('| --- | --: | --: | --: | --: | --: | --: | --: | --- |');
  for (const { profile, scans } of rows) {
    const [first, rescan] = scans;
    const c = first.cost.requests;
    const reads = c.graphql + c.restReads;
    print(
      `| ${profile} | ${c.graphql} | ${c.restReads} | ${reads} | ${c.restWrites} | ${first.cost.graphqlPoints} | ${rescan.cost.requests.restWrites} | ${first.seen.requests.total} / ${rescan.seen.requests.total} | ${reads <= 4 ? 'met' : 'missed'} |`,
    );
  }
}

function runCli(args, info) {
  return runNode(['bin/product-health.js', ...args], {
    GITHUB_API_URL: info.apiUrl,
    GITHUB_GRAPHQL_URL: info.graphqlUrl,
    GITHUB_TOKEN: 'bench',
  });
}

// --- Sweeps over an organisation ------------------------------------------------------------------

async function organisationPhase(repositories) {
  const large = repositories > 1000;
  // At 10,000 repositories one sweep needs about 40,000 requests: more than GitHub's hourly budget
  // for one installation (12,500). The budget is lifted there: that run is about memory.
  const budget = large ? 1_000_000 : installationBudget(repositories);
  const scale = large ? 1 : timeScaleFor(repositories);
  const simulator = await startSimulator({
    repositories,
    seed: SEED,
    owner: OWNER,
    now: NOW,
    latencyMs: LATENCY_MS,
    rateLimit: budget,
    ...(scale > 1 ? { secondaryWindowMs: Math.round(60_000 / scale) } : {}),
  });
  const expected = repositories - simulator.info.archived;
  const runs = [];
  let compares = [];
  try {
    // 10,000: one dry run (every read, every issue worked out, no write: creating 10,000 issues at
    // 80 a minute would take 2 hours), and a dry run over the first 1,000 to compare like for like.
    const plan = large
      ? [{ name: `dry run (${repositories})`, flags: ['--dry-run'], scale: 1 }]
      : [
          { name: 'first run', flags: [], scale },
          { name: 'second run, nothing changed', flags: [], scale: 1 },
        ];
    for (const { name, flags, scale: runScale } of plan) {
      process.stderr.write(`[bench] ${repositories} repositories: ${name}…\n`);
      const before = await simulator.stats();
      const sweep = await runSweep(simulator.info, expected, flags, runScale);
      const after = await simulator.stats();
      const seen = statsDelta(after.stats, before.stats);
      runs.push({ name, sweep, seen, simulatorMemory: after.memory, scale: runScale });
      process.stderr.write(
        `[bench]   ${(sweep.wallMs / 1000).toFixed(1)} s, ${seen.requests.total} requests, ${seen.writes} writes, peak RSS ${(sweep.maxRSS / MB).toFixed(0)} MB\n`,
      );
    }
    if (!large) compares = await comparePhase(simulator, repositories);
    // Within the same hour: unchanged rescans until the installation's budget runs out, to see how
    // many fit and what the next one does (repositories listed rate-limited, never half-scanned).
    if (!large) {
      for (let rescan = 1; rescan <= 4; rescan++) {
        const name = `rescan ${rescan} after the comparisons, same hour`;
        process.stderr.write(`[bench] ${repositories} repositories: ${name}…\n`);
        const before = await simulator.stats();
        const sweep = await runSweep(simulator.info, expected, [], 1);
        const after = await simulator.stats();
        const seen = statsDelta(after.stats, before.stats);
        const left = before.stats.rateLimits;
        runs.push({ name, sweep, seen, simulatorMemory: after.memory, scale: 1, left });
        process.stderr.write(
          `[bench]   ${(sweep.wallMs / 1000).toFixed(1)} s, ${seen.requests.total} requests, ${sweep.outcomes['rate-limited'] ?? 0} rate-limited\n`,
        );
        if ((sweep.outcomes['rate-limited'] ?? 0) > 0) break;
      }
    }
  } finally {
    await simulator.stop();
  }
  if (large) {
    const smaller = await startSimulator({
      repositories: 1000,
      seed: SEED,
      owner: OWNER,
      now: NOW,
      latencyMs: LATENCY_MS,
      rateLimit: budget,
    });
    try {
      process.stderr.write('[bench] 1000 repositories: dry run, to compare…\n');
      const before = await smaller.stats();
      const sweep = await runSweep(smaller.info, 1000 - smaller.info.archived, ['--dry-run']);
      const after = await smaller.stats();
      runs.unshift({
        name: 'dry run (1000)',
        scale: 1,
        sweep,
        seen: statsDelta(after.stats, before.stats),
        simulatorMemory: after.memory,
      });
    } finally {
      await smaller.stop();
    }
  }
  results.phases[repositories] = {
    repositories,
    archived: simulator.info.archived,
    budget,
    scale,
    runs,
    compares,
  };
  report(repositories, simulator.info, budget, runs);
  if (compares.length > 0) reportCompares(repositories, compares);
}

/**
 * `product-health compare` over the organisation the sweeps just kept: first as coaches run it
 * (every issue is fresh, so stored states are read), then `--rescan` (every repository scanned, no
 * write). Real time, the real command line in a process of its own.
 */
async function comparePhase(simulator, repositories) {
  const plan = [
    { name: 'compare (issues fresh: stored states read)', flags: [] },
    { name: 'compare --rescan (every repository scanned)', flags: ['--rescan'] },
  ];
  const compares = [];
  for (const { name, flags } of plan) {
    process.stderr.write(`[bench] ${repositories} repositories: ${name}…\n`);
    const before = await simulator.stats();
    const run = resultOf(
      await runNode(
        [
          'bench/compare-runner.js',
          '--org',
          OWNER,
          '--concurrency',
          String(CONCURRENCY),
          '--now',
          NOW.toISOString(),
          ...flags,
        ],
        {
          GITHUB_TOKEN: 'bench-token',
          GITHUB_API_URL: simulator.info.apiUrl,
          GITHUB_GRAPHQL_URL: simulator.info.graphqlUrl,
        },
      ),
    );
    const after = await simulator.stats();
    const seen = statsDelta(after.stats, before.stats);
    compares.push({ name, run, seen });
    process.stderr.write(`[bench]   ${(run.wallMs / 1000).toFixed(1)} s, ${seen.requests.total} requests\n`);
  }
  return compares;
}

function reportCompares(repositories, compares) {
  print();
  print(
    `#### Comparing ${repositories.toLocaleString('en')} repositories (\`product-health compare --org\`, concurrency ${CONCURRENCY})`,
  );
  print();
  print(
    '| run | wall | rows: stored / scanned / failed | left out | requests | GraphQL / REST reads / writes | GraphQL points | 403 / 5xx answers | peak RSS |',
  );
  print('| --- | --: | --- | --: | --: | --- | --: | --: | --: |');
  for (const { name, run, seen } of compares) {
    const r = seen.requests;
    print(
      `| ${name} | ${(run.wallMs / 1000).toFixed(1)} s | ${run.stored} / ${run.scanned} / ${run.failed} | ${run.skipped} | ${r.total.toLocaleString('en')} | ${r.graphql} / ${r.restReads} / ${r.restWrites} | ${seen.graphqlPoints} | ${errorAnswers(seen.byStatus)} | ${(run.maxRSS / MB).toFixed(0)} MB |`,
    );
    if (run.code !== 0) print(`\n${name}: exit ${run.code} ${run.stderr}`);
  }
}

function report(repositories, info, budget, runs) {
  print();
  print(
    `### ${repositories.toLocaleString('en')} repositories (${info.archived} archived, left out by the sweep; GitHub's budget ${budget.toLocaleString('en')} requests and GraphQL points an hour)`,
  );
  print();
  print(
    '| run | time | wall | repositories scanned | issues created / updated / unchanged | requests | per scanned repository | GraphQL / REST reads / writes | GraphQL points | writes applied | secondary-limit refusals | retries | 403 / 5xx answers | failed | rate-limited | per-repository p50 / p95 | peak RSS (scanner) | simulator RSS |',
  );
  print(
    '| --- | --- | --: | --: | --- | --: | --: | --- | --: | --: | --: | --: | --: | --: | --: | --- | --: | --: |',
  );
  for (const { name, sweep, seen, simulatorMemory, scale } of runs) {
    const o = sweep.outcomes;
    const scanned = sweep.repositories;
    const r = seen.requests;
    print(
      `| ${name} | ${scale === 1 ? 'real' : `×${scale} (≈ ${((sweep.wallMs * scale) / 60_000).toFixed(0)} min real)`} | ${(sweep.wallMs / 1000).toFixed(1)} s | ${scanned} | ${o.created ?? 0} / ${o.updated ?? 0} / ${o.unchanged ?? 0} | ${r.total.toLocaleString('en')} | ${(r.total / Math.max(1, scanned)).toFixed(2)} | ${r.graphql} / ${r.restReads} / ${r.restWrites} | ${seen.graphqlPoints} | ${seen.writes} | ${seen.refusals.secondary} | ${seen.retries.total} | ${errorAnswers(seen.byStatus)} | ${o.failed ?? 0} | ${o['rate-limited'] ?? 0} | ${ms(sweep.perRepository.p50)} / ${ms(sweep.perRepository.p95)} | ${(sweep.maxRSS / MB).toFixed(0)} MB | ${(simulatorMemory.rss / MB).toFixed(0)} MB |`,
    );
  }
  budgetReport(budget, runs);

  for (const { name, sweep } of runs) {
    if (sweep.error || sweep.failures.length > 0 || sweep.warnings.total > 0) {
      print();
      print(
        `${name}: ${sweep.error ?? ''} ${sweep.failures.join(' · ')} ${sweep.warnings.total} warning(s) ${sweep.warnings.samples.join(' · ')}`,
      );
    }
    if (sweep.rssTrend.length > 0) {
      print();
      print(
        `${name}, scanner RSS as the sweep went: ${sweep.rssTrend.map((point) => `${point.repositories} → ${(point.rss / MB).toFixed(0)} MB`).join(', ')}`,
      );
    }
  }
}

/** How many sweeps the hour's budget holds, and what the one past it did. */
function budgetReport(budget, runs) {
  const rescans = runs.filter((run) => run.left);
  if (rescans.length === 0) return;
  const unchanged = runs.find((run) => run.name.startsWith('second run'));
  const points = unchanged?.seen.graphqlPoints ?? 0;
  const rest = unchanged ? unchanged.seen.requests.restReads + unchanged.seen.requests.restWrites : 0;
  print();
  print(
    `Budget: an unchanged sweep costs ${points.toLocaleString('en')} GraphQL points and ${rest.toLocaleString('en')} REST requests (the app's own included): the hour's ${budget.toLocaleString('en')} hold ${points > 0 ? Math.floor(budget / points) : '?'} such sweeps, GraphQL points running out first.`,
  );
  for (const run of rescans) {
    const limited = run.sweep.outcomes['rate-limited'] ?? 0;
    const listed = Object.values(run.sweep.outcomes).reduce((sum, count) => sum + count, 0);
    const left = `${run.left.graphql.remaining.toLocaleString('en')} GraphQL points and ${run.left.core.remaining.toLocaleString('en')} REST requests left before it`;
    print(
      limited === 0
        ? `- ${run.name}: ${left}; all ${listed} repositories scanned.`
        : `- ${run.name}: ${left}; ${listed - limited - (run.sweep.outcomes.failed ?? 0)} scanned whole, ${limited} listed rate-limited (none half-scanned, ${run.seen.writes} write(s)), exit ${run.sweep.error ? 1 : 0}: "${run.sweep.notRefreshed}".`,
    );
  }
}

async function runSweep(info, expected, flags, scale = 1) {
  const run = await runNode(
    ['bench/sweep-runner.js', '--concurrency', String(CONCURRENCY), '--now', NOW.toISOString(), ...flags],
    {
      APP_ID: '1',
      PRIVATE_KEY: PEM,
      GITHUB_API_URL: info.apiUrl,
      GITHUB_GRAPHQL_URL: info.graphqlUrl,
      BENCH_EXPECTED_REPOSITORIES: String(expected),
      BENCH_TIME_SCALE: String(scale),
      ...(scale > 1 ? { PRODUCT_HEALTH_WRITES_PER_MINUTE: String(80 * scale) } : {}),
    },
  );
  return resultOf(run);
}

// --- Event burst ----------------------------------------------------------------------------------

async function burstPhase() {
  const samples = generateOrganisation({ owner: OWNER, repositories: 14, seed: SEED, now: NOW });
  const target = samples.find((sample) => sample.profile === 'slow-feedback') ?? samples[0];
  const { spec } = target;
  const label = spec.labels?.at(-1) ?? 'feedback';
  const issues = (spec.issues ?? []).map((issue, index) => issue.number ?? index + 1);
  const simulator = await startSimulator({
    repositories: 14,
    seed: SEED,
    owner: OWNER,
    now: NOW,
    latencyMs: LATENCY_MS,
  });
  let burst;
  let seen;
  let setup;
  try {
    // The repository already has its product-health issue, as after the installation's first scan.
    setup = await runCli(
      ['scan', `${spec.owner}/${spec.name}`, '--write-issue', '--format', 'json', '--now', NOW.toISOString()],
      simulator.info,
    );
    const before = (await simulator.stats()).stats;
    const run = await runNode([
      'bench/burst-runner.js',
      JSON.stringify({
        apiUrl: simulator.info.apiUrl,
        owner: spec.owner,
        repo: spec.name,
        label,
        issues,
        now: NOW.toISOString(),
        events: 50,
        delayMs: 2000,
      }),
    ]);
    burst = resultOf(run);
    burst.logLines = run.stdout.split('\n').filter((line) => line && !line.startsWith('BENCH_RESULT')).length;
    seen = statsDelta((await simulator.stats()).stats, before);
  } finally {
    await simulator.stop();
  }
  results.phases.burst = {
    repository: `${spec.owner}/${spec.name}`,
    setup: JSON.parse(setup.stdout).cost,
    burst,
    seen,
  };
  const cost = burst.scanned[0]?.cost?.requests;
  print();
  print('### Event burst: 50 webhooks for one repository');
  print();
  print(
    `The real app server (Probot's node middleware, \`createProductHealthApp\`, Probot's Octokit) against the simulated GitHub, \`RESCAN_DELAY_SECONDS\` 2; 50 signed \`issues.labeled\` deliveries (GitHub's published example, rehomed) for ${spec.owner}/${spec.name} (\`${target.profile}\`, its product-health issue already written), sent back to back over HTTP; then watched ${(burst.watchedAfterScanMs / 1000).toFixed(0)} s more after the scan.`,
  );
  print();
  print(
    '| webhooks | answered | answer p50 / max | burst lasted | scans run (target 1) | scan done after the last webhook | requests spent (simulator) | GraphQL / REST reads / writes | of which the scan (its cost) | writes applied | 403 / 5xx answers |',
  );
  print('| --: | --- | --- | --: | --: | --: | --: | --- | --- | --: | --: |');
  print(
    `| ${burst.events} | ${Object.entries(burst.statuses)
      .map(([status, n]) => `${n} × ${status}`)
      .join(
        ', ',
      )} | ${ms(burst.answerMs.p50)} / ${ms(burst.answerMs.max)} | ${ms(burst.burstMs)} | ${burst.scans} | ${ms(burst.scanEndAfterLastEventMs)} | ${seen.requests.total} | ${seen.requests.graphql} / ${seen.requests.restReads} / ${seen.requests.restWrites} | ${cost ? `${cost.graphql} GraphQL, ${cost.restReads} REST, ${cost.restWrites} writes` : '—'} | ${seen.writes} | ${errorAnswers(seen.byStatus)} |`,
  );
  print();
  print(`Requests by route during the burst: ${JSON.stringify(seen.byRoute)}`);
}

// --- Helpers --------------------------------------------------------------------------------------

function runNode(args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

function resultOf(run) {
  const line = run.stdout.split('\n').find((candidate) => candidate.startsWith('BENCH_RESULT '));
  if (!line) {
    throw new Error(`no result (exit ${run.code}):\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`);
  }
  return JSON.parse(line.slice('BENCH_RESULT '.length));
}

function ms(value) {
  if (value === null || value === undefined) return '—';
  return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
}

function machine() {
  const model =
    /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model;
  return {
    cpu: model,
    cores: cpus().length,
    ramGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
  };
}
