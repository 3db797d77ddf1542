/**
 * Running out of GitHub's hourly budget, on the simulated GitHub with a small budget: no repository
 * is reported with grades built after a `RATE_LIMITED` answer, every repository left unscanned is
 * listed as `rate-limited` with the reset time, the CLI and the Action exit non-zero, the app
 * rescans them after the reset, and nothing is written from partial data.
 */
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { sweepCommand } from '../../src/cli/sweep-command.js';
import { generateOrganisation } from '../../src/simulated-github/generate-organisation.js';
import type {
  SimulatedGitHubOptions,
  SimulatedRequest,
} from '../../src/simulated-github/simulated-github.js';
import { capturingIo } from '../helpers/run-cli-capture.js';
import { testClock, useSimulatedGitHub } from '../simulated-github/simulated-server.js';
import { pacedTestOctokit, testPrivateKey } from './fault-harness.js';

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

/** The outcome of each repository in a sweep's output: `rate-limited`, `failed`, or the action. */
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
    // Every repository reported with a grade was read whole: none of its requests was refused.
    for (const [name, outcome] of seen) {
      if (outcome === 'rate-limited') continue;
      expect(
        requestsOf(simulated.requests, name).filter((request) => request.limited),
        name,
      ).toEqual([]);
    }
    const reset = new Date(simulated.stats().rateLimits.graphql.resetAt);
    const hhmm = reset.toISOString().slice(11, 16);
    for (const name of limited) {
      expect(stdout).toMatch(new RegExp(`^${name}: rate-limited until ${reset.toISOString()}`, 'm'));
    }
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
