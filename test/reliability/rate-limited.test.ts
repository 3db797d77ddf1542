/**
 * Running out of GitHub's hourly budget, on the simulated GitHub with a small budget: no repository
 * is reported with grades built after a `RATE_LIMITED` answer, every repository left unscanned is
 * listed as `rate-limited` with the reset time, the CLI and the Action exit non-zero, the app
 * rescans them after the reset, and nothing is written from partial data.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Octokit } from '@octokit/rest';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { generateOrganisation } from '../../dev/simulated-github/generate-organisation.js';
import type {
  SimulatedGitHubOptions,
  SimulatedRequest,
} from '../../dev/simulated-github/simulated-github.js';
import { runAction } from '../../src/action/run-action.js';
import type { SchedulerTimers } from '../../src/app/rescan-scheduler.js';
import { runCli } from '../../src/cli/run-cli.js';
import { sweepCommand } from '../../src/cli/sweep-command.js';
import type { Comparison } from '../../src/compare/comparison.js';
import { hasHealthMarker } from '../../src/issue/issue-marker.js';
import { recordingIo } from '../action/action-harness.js';
import { capturingIo, runCliCapture } from '../helpers/run-cli-capture.js';
import { testClock, useSimulatedGitHub } from '../simulated-github/simulated-server.js';
import {
  installationCreatedPayload,
  pacedTestOctokit,
  startTestApp,
  testPrivateKey,
} from './fault-harness.js';
import { recordFigure } from './record-figure.js';

const FILE = 'test/reliability/rate-limited.test.ts';
const OWNER = 'budget';
const START = '2026-11-20T10:00:00Z';
const simulatedGitHub = useSimulatedGitHub();

/** An organisation of `repositories` on the simulator, its GraphQL budget `points` an hour. */
async function organisation(repositories: number, points: number, options: SimulatedGitHubOptions = {}) {
  const clock = testClock(new Date().toISOString());
  const samples = generateOrganisation({ owner: OWNER, repositories, seed: 7, now: new Date(START) });
  const specs = samples.map((sample) => sample.spec);
  const served = await simulatedGitHub.serve(specs, {
    now: clock.now,
    rateLimit: { limit: points },
    secondaryRateLimit: false,
    ...options,
  });
  const active = specs.filter((spec) => !spec.archived).map((spec) => `${spec.owner}/${spec.name}`);
  return { ...served, clock, active };
}

/** `product-health sweep` as the app, with Probot's Octokit and the product's options, waits shortened. */
async function sweep(url: string, args: string[] = []) {
  const { io, out } = capturingIo({
    env: { APP_ID: '1', PRIVATE_KEY: testPrivateKey(), GITHUB_API_URL: url },
    now: START,
    cwd: tmpdir(),
  });
  const error = await sweepCommand(io, { Octokit: pacedTestOctokit() })
    .exitOverride()
    .parseAsync(['--concurrency', '4', ...args], { from: 'user' })
    .then(
      () => null,
      (thrown: unknown) => thrown as Error,
    );
  return { ...out, error };
}

/** The outcome of each repository in a sweep's output: `rate-limited`, `failed`, or the issue's action. */
function outcomes(stdout: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const line of stdout.split('\n')) {
    const match = /^([^\s:]+\/[^\s:]+): (.*)$/.exec(line);
    if (!match?.[1] || !match[2]) continue;
    const rest = match[2];
    const outcome = rest.startsWith('rate-limited')
      ? 'rate-limited'
      : rest.startsWith('failed')
        ? 'failed'
        : (/issue ([a-z-]+)/.exec(rest)?.[1] ?? 'other');
    found.set(match[1], outcome);
  }
  return found;
}

/** The requests the simulator answered about `owner/name`: REST by path, GraphQL by variables. */
function requestsOf(requests: readonly SimulatedRequest[], name: string): SimulatedRequest[] {
  return requests.filter((request) => {
    if (request.kind === 'rest') return request.path.startsWith(`/repos/${name}/`);
    const variables = (request.variables ?? {}) as { owner?: unknown; name?: unknown };
    return `${variables.owner}/${variables.name}` === name;
  });
}

describe('the sweep when the hour’s GraphQL budget runs out', () => {
  it('reports the repositories it could not scan as rate-limited with the reset time, writes nothing from partial data, exits 1', async () => {
    const { simulated, url, active } = await organisation(28, 60);

    const { stdout, stderr, error } = await sweep(url);

    const seen = outcomes(stdout);
    // Every repository is accounted for, none half-scanned: scanned whole, or rate-limited.
    expect([...seen.keys()].sort()).toEqual([...active].sort());
    const limited = [...seen].filter(([, outcome]) => outcome === 'rate-limited').map(([name]) => name);
    expect(limited.length).toBeGreaterThan(0);
    expect([...seen.values()]).not.toContain('failed');
    // Every repository reported with a grade was read whole: none of its requests was refused
    // before its issue was written. (The re-read that follows a creation, to close a concurrent
    // duplicate, may meet the limit: the report and the write were already whole; the next run heals.)
    for (const [name, outcome] of seen) {
      if (outcome === 'rate-limited') continue;
      const requests = requestsOf(simulated.requests, name);
      const firstWrite = requests.findIndex((request) => request.kind === 'rest' && request.method !== 'GET');
      const beforeWriting = firstWrite === -1 ? requests : requests.slice(0, firstWrite);
      expect(
        beforeWriting.filter((request) => request.limited),
        name,
      ).toEqual([]);
    }
    const reset = new Date(simulated.stats().rateLimits.graphql.resetAt);
    const hhmm = reset.toISOString().slice(11, 16);
    for (const name of limited) {
      expect(stdout).toMatch(new RegExp(`^${name}: rate-limited until ${reset.toISOString()}`, 'm'));
    }
    recordFigure({
      area: 'rate limits',
      tried: 'sweep: 28 repositories, 60 GraphQL points an hour',
      figures: {
        repositories: seen.size,
        'scanned whole': seen.size - limited.length,
        'rate-limited': limited.length,
        'graded after a refusal': [...seen].filter(
          ([name, outcome]) =>
            outcome !== 'rate-limited' &&
            requestsOf(simulated.requests, name).some((request) => request.limited),
        ).length,
        'writes to rate-limited': limited.flatMap((name) => writesTo(simulated.requests, name)).length,
        'exit code': error ? 1 : 0,
      },
      command: `npx vitest run ${FILE} -t "the sweep"`,
    });
    expect(stdout).toContain(`${limited.length} repositories not refreshed: rate limit until ${hhmm} UTC`);
    expect(error?.message).toMatch(/rate limit/);
    expect(stderr).toMatch(/rate limit/i);
    // No write to a repository that met the limit: every issue written belongs to a whole scan.
    for (const name of limited) {
      const writes = requestsOf(simulated.requests, name).filter(
        (request) => request.kind === 'rest' && request.method !== 'GET',
      );
      expect(writes, name).toEqual([]);
    }
  });
});

/** Writes the simulator answered for `name` (REST `POST`, `PATCH`…). */
function writesTo(requests: readonly SimulatedRequest[], name: string): SimulatedRequest[] {
  return requestsOf(requests, name).filter((request) => request.kind === 'rest' && request.method !== 'GET');
}

describe('compare when the hour’s GraphQL budget runs out', () => {
  it('lists the repositories it could not scan as rate-limited rows with the reset time, and exits 1', async () => {
    const { simulated, url, active } = await organisation(28, 60);
    const folder = mkdtempSync(join(tmpdir(), 'rate-limited-compare-'));
    try {
      const { io, out } = capturingIo({
        now: START,
        env: { GITHUB_TOKEN: 'compare-token', GITHUB_API_URL: url },
      });
      // A plain Octokit: GitHub's RATE_LIMITED reaches the client as a GraphqlResponseError.
      const code = await runCli(
        [
          'compare',
          '--org',
          OWNER,
          '--format',
          'json',
          '--output',
          join(folder, 'comparison.json'),
          '--write-issues',
        ],
        io,
        {
          createOctokit: ({ token, baseUrl }) =>
            new Octokit({ auth: token, baseUrl, request: { retries: 0 } }),
          writePacer: null,
        },
      );
      const comparison = JSON.parse(readFileSync(join(folder, 'comparison.json'), 'utf8')) as Comparison;
      const schema = JSON.parse(readFileSync('schemas/comparison.schema.json', 'utf8'));
      const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
      expect(validate(comparison), JSON.stringify(validate.errors)).toBe(true);

      expect(code).toBe(1);
      expect(comparison.rows.map((row) => row.repository).sort()).toEqual([...active].sort());
      const limited = comparison.rows.filter((row) => row.origin === 'rate-limited');
      expect(limited.length).toBeGreaterThan(0);
      const reset = simulated.stats().rateLimits.graphql.resetAt;
      for (const row of limited) {
        expect(row.rateLimitedUntil).toBe(new Date(reset).toISOString());
        expect(row.overall).toEqual({ score: null, grade: null });
        expect(writesTo(simulated.requests, row.repository), row.repository).toEqual([]);
      }
      recordFigure({
        area: 'rate limits',
        tried: 'compare --write-issues: 28 repositories, 60 GraphQL points an hour (plain Octokit)',
        figures: {
          rows: comparison.rows.length,
          scanned: comparison.rows.filter((row) => row.origin === 'scanned').length,
          'rate-limited': limited.length,
          failed: comparison.rows.filter((row) => row.origin === 'failed').length,
          'writes to rate-limited': limited.flatMap((row) => writesTo(simulated.requests, row.repository))
            .length,
          'exit code': code,
        },
        command: `npx vitest run ${FILE} -t "compare when"`,
      });
      // The rows with scores were read whole.
      for (const row of comparison.rows.filter((entry) => entry.origin === 'scanned')) {
        expect(requestsOf(simulated.requests, row.repository).filter((request) => request.limited)).toEqual(
          [],
        );
      }
      expect(out.stderr).toContain(
        `${limited.length} repositories not refreshed: rate limit until ${new Date(reset).toISOString().slice(11, 16)} UTC`,
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('scan OWNER/REPO when the hour’s GraphQL budget is spent', () => {
  it('prints no report, writes nothing and exits 1 with the reset time', async () => {
    const { simulated, url, active } = await organisation(3, 5000, {
      rateLimit: { limit: 5000, remaining: 0 },
    });
    const [name = ''] = active;
    const { code, stdout, stderr } = await runCliCapture(
      ['scan', name, '--write-issue', '--format', 'json'],
      {
        now: START,
        env: { GITHUB_TOKEN: 'scan-token', GITHUB_API_URL: url },
      },
    );
    const reset = new Date(simulated.stats().rateLimits.graphql.resetAt).toISOString();
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`rate-limited until ${reset}`);
    expect(writesTo(simulated.requests, name)).toEqual([]);
  });
});

describe('the Action when the hour’s GraphQL budget is spent', () => {
  it('fails the step with the reset time and writes nothing', async () => {
    const { simulated, url, active } = await organisation(3, 5000, {
      rateLimit: { limit: 5000, remaining: 0 },
    });
    const [name = ''] = active;
    const [owner = '', repo = ''] = name.split('/');
    const runnerTemp = mkdtempSync(join(tmpdir(), 'rate-limited-action-'));
    try {
      const { io, run } = recordingIo(
        { token: 'action-token' },
        { GITHUB_API_URL: url, GITHUB_GRAPHQL_URL: `${url}/graphql`, RUNNER_TEMP: runnerTemp },
        { owner, repo },
      );
      await runAction(io);

      const reset = new Date(simulated.stats().rateLimits.graphql.resetAt).toISOString();
      expect(run.failures).toEqual([expect.stringContaining(`rate-limited until ${reset}`)]);
      expect(run.outputs.grade).toBeUndefined();
      expect(writesTo(simulated.requests, name)).toEqual([]);
    } finally {
      rmSync(runnerTemp, { recursive: true, force: true });
    }
  });
});

/** Timers fired by hand: the app's rescans put off until a reset run when the test says. */
function manualTimers() {
  const pending = new Map<number, { callback: () => void; ms: number }>();
  let next = 0;
  const timers: SchedulerTimers = {
    set: (callback, ms) => {
      next += 1;
      pending.set(next, { callback, ms });
      return next;
    },
    clear: (handle) => {
      pending.delete(handle as number);
    },
  };
  return {
    timers,
    /** Fires every timer set for `minMs` or more. */
    fireLongerThan(minMs: number) {
      for (const [handle, timer] of [...pending]) {
        if (timer.ms < minMs) continue;
        pending.delete(handle);
        timer.callback();
      }
    },
  };
}

describe('the app when the hour’s GraphQL budget runs out', () => {
  it('warns, writes nothing from partial data, and rescans the repositories after the reset', async () => {
    const { simulated, url, clock, active } = await organisation(12, 30);
    const manual = manualTimers();
    const app = await startTestApp({
      url,
      now: new Date(START),
      Octokit: pacedTestOctokit(),
      timers: manual.timers,
    });

    await app.receive(
      'installation',
      installationCreatedPayload(
        OWNER,
        active.map((name) => name.split('/')[1] ?? ''),
      ),
    );
    await app.scheduler.drain();

    const warned = app.lines.filter(
      (line) => line.level === 'warn' && line.message.includes(': rate-limited until'),
    );
    const deferred = app.scheduler.deferred();
    expect(warned.length).toBeGreaterThan(0);
    expect(deferred.map((entry) => entry.key).sort()).toEqual(
      warned.map((line) => /product-health: ([^\s:]+\/[^\s:]+): rate-limited/.exec(line.message)?.[1]).sort(),
    );
    const reset = Date.parse(simulated.stats().rateLimits.graphql.resetAt);
    for (const entry of deferred) {
      expect(entry.at).toBeGreaterThan(reset);
      expect(entry.at).toBeLessThan(reset + 60_000);
    }
    // Those repositories were reported by no finished scan, and nothing was written to them.
    const scannedFirst = new Set(app.scanned.map((result) => `${result.owner}/${result.repo}`.toLowerCase()));
    for (const { key } of deferred) {
      expect(scannedFirst.has(key)).toBe(false);
      expect(writesTo(simulated.requests, key)).toEqual([]);
    }

    const firstScanned = app.scanned.length;
    const firstHourRequests = [...simulated.requests];
    // The hour ends: the rescans put off until then run, and every repository is scanned.
    clock.advance(3_600_001);
    manual.fireLongerThan(60 * 60_000 - 60_000);
    await app.scheduler.drain();
    const scanned = new Set(app.scanned.map((result) => `${result.owner}/${result.repo}`.toLowerCase()));
    expect([...scanned].sort()).toEqual(active.map((name) => name.toLowerCase()).sort());
    expect(app.scheduler.deferred()).toEqual([]);
    recordFigure({
      area: 'rate limits',
      tried: 'app: installation of 12 repositories, 30 GraphQL points an hour, then the next hour',
      figures: {
        repositories: active.length,
        'scanned in the first hour': firstScanned,
        'rate-limited (warned, put off)': deferred.length,
        'writes to rate-limited': deferred.flatMap(({ key }) => writesTo(firstHourRequests, key)).length,
        'scanned after the reset': app.scanned.length - firstScanned,
      },
      command: `npx vitest run ${FILE} -t "the app when"`,
    });
    for (const { key } of deferred) {
      const issues = (simulated.repository(key).issues ?? []).filter((issue) =>
        hasHealthMarker(issue.body ?? null),
      );
      const issuesOn = simulated.repository(key).issuesEnabled !== false;
      expect(issues.length, key).toBe(issuesOn ? 1 : 0);
    }
  });
});
