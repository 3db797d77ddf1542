// The simulated GitHub in a child process (`dev-dist/dev/simulated-github/main.js --organisation N`), so
// that its memory and CPU are not the scanner's: started, asked for its stats (a `stats` line on
// its stdin, one JSON line back), stopped.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../dev-dist/dev/simulated-github/main.js', import.meta.url));

/**
 * Starts a simulated GitHub serving a sample organisation. `options`: repositories, seed, owner,
 * now (Date), latencyMs, rateLimit, secondaryWindowMs, profiles (array). Resolves with
 * `{ info, stats(), stop() }`, `info` being the JSON line it printed (url, apiUrl, graphqlUrl…).
 */
export async function startSimulator(options) {
  const args = [
    '--max-old-space-size=8192',
    MAIN,
    '--organisation',
    String(options.repositories),
    '--seed',
    String(options.seed ?? 2026),
  ];
  if (options.owner) args.push('--owner', options.owner);
  if (options.now) args.push('--now', options.now.toISOString());
  if (options.latencyMs !== undefined) args.push('--latency-ms', String(options.latencyMs));
  if (options.rateLimit !== undefined) args.push('--rate-limit', String(options.rateLimit));
  if (options.secondaryWindowMs !== undefined) {
    args.push('--secondary-window-ms', String(options.secondaryWindowMs));
  }
  if (options.profiles) args.push('--profiles', options.profiles.join(','));
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  // Its closing summary and any error, kept for a failure's message only.
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = `${stderr}${chunk}`.slice(-4000);
  });
  const lines = createInterface({ input: child.stdout });
  const waiting = [];
  const early = [];
  lines.on('line', (line) => {
    const next = waiting.shift();
    if (next) next.resolve(line);
    else early.push(line);
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.once('exit', (code) => {
    for (const next of waiting.splice(0)) {
      next.reject(new Error(`simulated GitHub exited (${code}): ${stderr}`));
    }
  });
  const nextLine = () =>
    early.length > 0
      ? Promise.resolve(early.shift())
      : new Promise((resolve, reject) => waiting.push({ resolve, reject }));

  const info = JSON.parse(await nextLine());
  return {
    info,
    pid: child.pid,
    /** `{ stats, memory }`: the simulator's `stats()` and its process's memory. */
    async stats() {
      child.stdin.write('stats\n');
      return JSON.parse(await nextLine());
    },
    /** Stops it (SIGTERM); resolves with the last stats it printed. */
    async stop() {
      const last = nextLine().catch(() => null);
      child.kill('SIGTERM');
      const line = await last;
      await exited;
      return line ? JSON.parse(line) : null;
    },
  };
}

/** What happened between two stats: counters subtracted (requests, routes, statuses, writes…). */
export function statsDelta(after, before) {
  const minus = (a, b) => {
    if (typeof a === 'number') return a - (typeof b === 'number' ? b : 0);
    if (a && typeof a === 'object') {
      const out = {};
      for (const key of Object.keys(a)) out[key] = minus(a[key], b?.[key]);
      return out;
    }
    return a;
  };
  const delta = minus(
    {
      requests: after.requests,
      byRoute: after.byRoute,
      byStatus: after.byStatus,
      writes: after.writes,
      refusals: after.refusals,
      faults: after.faults,
      retries: { total: after.retries.total },
    },
    before,
  );
  delta.retries.most = after.retries.most;
  // Budgets spent (both windows last an hour, longer than any run of the bench).
  delta.graphqlPoints = before.rateLimits.graphql.remaining - after.rateLimits.graphql.remaining;
  delta.coreRequests = before.rateLimits.core.remaining - after.rateLimits.core.remaining;
  for (const map of [delta.byRoute, delta.byStatus]) {
    for (const key of Object.keys(map)) if (map[key] === 0) delete map[key];
  }
  return delta;
}

/** Requests answered 403 or 5xx (a dropped connection, status 0, too). */
export function errorAnswers(byStatus) {
  let count = 0;
  for (const [status, n] of Object.entries(byStatus)) {
    const code = Number(status);
    if (code === 403 || code >= 500 || code === 0) count += n;
  }
  return count;
}
