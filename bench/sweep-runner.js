// One `product-health sweep`, in a process of its own so that its peak RSS is the scanner's alone:
// the compiled command (`dist/cli/sweep-command.js`) with Probot's Octokit — retries, throttling,
// the shared write pacer, as `product-health sweep` runs — plus a passive hook that notes when each
// repository's first request left, so each repository's duration is known when its line is printed.
//   APP_ID=… PRIVATE_KEY=… GITHUB_API_URL=…/api/v3 GITHUB_GRAPHQL_URL=…/api/graphql \
//     node bench/sweep-runner.js [sweep options…]
// BENCH_TIME_SCALE=K (bench only) divides by K the throttling plugin's 3 s spacing of the requests
// that notify (issue creation): with PRODUCT_HEALTH_WRITES_PER_MINUTE=80×K for the write pacer and
// the simulator's secondary window divided by K, time runs K times faster.
// Prints one line `BENCH_RESULT {json}`: wall time, per-repository p50/p95, outcomes, peak RSS, RSS as it went.
import Bottleneck from 'bottleneck';
import { ProbotOctokit } from 'probot';
import { sweepCommand } from '../dist/cli/sweep-command.js';

const started = new Map();
const durations = [];
const outcomes = {};
const failures = [];
const warnings = { total: 0, rateLimit: 0, samples: [] };
const rssTrend = [];
let summary = '';
let notRefreshed = '';
let expected = 0;

/** `owner/repo` of a request: REST routes by their parameters, GraphQL queries by their variables. */
function repositoryOf(options) {
  if (typeof options.owner === 'string' && typeof options.repo === 'string') {
    return `${options.owner}/${options.repo}`;
  }
  const variables = options.variables;
  if (variables && typeof variables.owner === 'string' && typeof variables.name === 'string') {
    return `${variables.owner}/${variables.name}`;
  }
  return null;
}

function timing(octokit) {
  octokit.hook.wrap('request', (request, options) => {
    const name = repositoryOf(options);
    if (name !== null && !started.has(name)) started.set(name, performance.now());
    return request(options);
  });
}

const TIME_SCALE = Number(process.env.BENCH_TIME_SCALE ?? 1);
/** @octokit/plugin-throttling's spacing of the requests that trigger notifications. */
const NOTIFICATIONS_MIN_TIME_MS = 3000;
const scaled = new Bottleneck.Group({
  id: 'bench-notifications',
  maxConcurrent: 1,
  minTime: Math.ceil(NOTIFICATIONS_MIN_TIME_MS / TIME_SCALE),
});
const Octokit =
  TIME_SCALE === 1
    ? ProbotOctokit.plugin(timing)
    : ProbotOctokit.plugin(timing).defaults((options = {}) => ({
        ...options,
        throttle: { ...options.throttle, notifications: scaled },
      }));

const LINE = /^([^\s:]+\/[^\s:]+): (.*)$/;

const io = {
  cwd: process.cwd(),
  env: process.env,
  now: () => new Date(),
  stdout(text) {
    for (const line of text.split('\n')) {
      if (line === '') continue;
      if (line.startsWith('Swept ')) {
        summary = line;
        continue;
      }
      if (/ not refreshed: rate limit /.test(line)) {
        notRefreshed = line;
        continue;
      }
      const match = LINE.exec(line);
      if (!match) continue;
      const [, name, rest] = match;
      const begin = started.get(name);
      if (begin !== undefined) {
        durations.push(performance.now() - begin);
        started.delete(name);
      }
      const outcome = rest.startsWith('rate-limited')
        ? 'rate-limited'
        : rest.startsWith('failed')
          ? 'failed'
          : (/issue (\w+)/.exec(rest)?.[1] ?? (rest.includes('issue not kept') ? 'not kept' : 'other'));
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      if (outcome === 'failed' && failures.length < 5) failures.push(line);
      const done = durations.length;
      const step = Math.max(1, Math.floor(expected / 10));
      if (expected > 0 && done % step === 0) {
        const memory = process.memoryUsage();
        rssTrend.push({ repositories: done, rss: memory.rss, heapUsed: memory.heapUsed });
      }
    }
  },
  stderr(text) {
    warnings.total += 1;
    if (/rate limit/i.test(text)) warnings.rateLimit += 1;
    if (warnings.samples.length < 5) warnings.samples.push(text.trim().slice(0, 300));
  },
};

expected = Number(process.env.BENCH_EXPECTED_REPOSITORIES ?? 0);
const begin = performance.now();
let error = null;
try {
  await sweepCommand(io, { Octokit })
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .parseAsync(process.argv.slice(2), { from: 'user' });
} catch (caught) {
  error = caught instanceof Error ? caught.message : String(caught);
}
const wallMs = performance.now() - begin;
durations.sort((a, b) => a - b);
const quantile = (q) =>
  durations.length === 0 ? null : durations[Math.min(durations.length - 1, Math.floor(q * durations.length))];
process.stdout.write(
  `BENCH_RESULT ${JSON.stringify({
    wallMs,
    repositories: durations.length,
    perRepository: { p50: quantile(0.5), p95: quantile(0.95), max: durations.at(-1) ?? null },
    outcomes,
    failures,
    warnings,
    summary,
    notRefreshed,
    error,
    maxRSS: process.resourceUsage().maxRSS * 1024,
    rssTrend,
  })}\n`,
);
