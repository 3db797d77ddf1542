import { Octokit } from '@octokit/rest';
import { describe, expect, it } from 'vitest';
import type { SimulatedFaultKind, SimulatedGitHub } from '../../dev/simulated-github/simulated-github.js';
import { GitHubClient } from '../../src/github/github-client.js';
import { createGitHubSource } from '../../src/github/github-source.js';
import { scanGitHubRepository } from '../../src/scan/scan-github-repository.js';
import { FULL_NAME, GITHUB_NOW, NAME, OWNER, productGitHubSpec } from '../helpers/product-github-spec.js';
import { useSimulatedGitHub } from './simulated-server.js';

const simulatedGitHub = useSimulatedGitHub();
const SILENT = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const TREE = 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}';
const RUNS = 'GET /repos/{owner}/{repo}/actions/runs';
const repo = { owner: OWNER, repo: NAME };
const now = () => new Date(GITHUB_NOW);

/**
 * A real Octokit whose every request gives up after `timeoutMs`. (`request: { timeout }` was
 * node-fetch's; @octokit/request 10 uses `fetch`, whose requests stop on an abort signal.)
 */
function octokitWithTimeout(baseUrl: string, timeoutMs: number): Octokit {
  return new Octokit({
    baseUrl,
    auth: 'token',
    log: SILENT,
    request: {
      fetch: (url: string, init: RequestInit) =>
        fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) }),
    },
  });
}

/** Every fault on `route`, none elsewhere. */
const only = (route: string, kind: SimulatedFaultKind, timeoutMs = 5_000) => ({
  rate: 0,
  kinds: [],
  timeoutMs,
  routes: { [route]: { rate: 1, kinds: [kind] } },
});

describe('latency', () => {
  it('holds every answer a fixed time', async () => {
    const { url, simulated } = await simulatedGitHub.serve([productGitHubSpec()], { now, latencyMs: 150 });
    const octokit = new Octokit({ baseUrl: url, auth: 'token', log: SILENT });
    const started = performance.now();
    await octokit.request(RUNS, { ...repo, per_page: 1 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(145);
    expect(simulated.requests[0]?.latencyMs).toBe(150);
    expect(simulated.stats().latency).toEqual({ totalMs: 150, maxMs: 150 });
  });

  it('draws it between min and max from the seed: the same seed gives the same latencies, in any order', async () => {
    const latencies = async (seed: number, order: number[]) => {
      const { url, simulated } = await simulatedGitHub.serve([productGitHubSpec()], {
        now,
        seed,
        latencyMs: { min: 5, max: 40 },
      });
      const octokit = new Octokit({ baseUrl: url, auth: 'token', log: SILENT });
      await Promise.all(order.map((page) => octokit.request(RUNS, { ...repo, per_page: 1, page })));
      return Object.fromEntries(simulated.requests.map((request) => [request.path, request.latencyMs ?? 0]));
    };
    const pages = Array.from({ length: 20 }, (_, index) => index + 1);
    const first = await latencies(7, pages);
    expect(await latencies(7, [...pages].reverse())).toEqual(first);
    expect(await latencies(8, pages)).not.toEqual(first);
    const values = Object.values(first);
    expect(values.every((ms) => ms >= 5 && ms <= 40)).toBe(true);
    expect(new Set(values).size).toBeGreaterThan(5);
  });
});

describe('faults through a real Octokit', () => {
  it.each(['403', '404', '410', '500', '502', '503', '504'] as const)(
    'answers %s with GitHub’s error body, applying nothing',
    async (kind) => {
      const { url, simulated } = await simulatedGitHub.serve([productGitHubSpec()], {
        now,
        faults: only('POST /repos/{owner}/{repo}/issues', kind),
      });
      const octokit = new Octokit({ baseUrl: url, auth: 'token', log: SILENT });
      await expect(
        octokit.request('POST /repos/{owner}/{repo}/issues', { ...repo, title: 'Santé produit' }),
      ).rejects.toMatchObject({
        status: Number(kind),
        response: { data: { message: expect.any(String), documentation_url: expect.any(String) } },
      });
      // Other routes are spared.
      await expect(octokit.request(RUNS, repo)).resolves.toMatchObject({ status: 200 });
      expect(simulated.repository(FULL_NAME).issues?.some((issue) => issue.title === 'Santé produit')).toBe(
        false,
      );
      expect(simulated.stats().faults).toEqual({ total: 1, byKind: { [kind]: 1 } });
    },
  );

  it('GraphQL gets its own 5xx body', async () => {
    const { url } = await simulatedGitHub.serve([productGitHubSpec()], {
      now,
      faults: only('graphql', '502'),
    });
    const octokit = new Octokit({ baseUrl: url, auth: 'token', log: SILENT });
    await expect(octokit.graphql('{ rateLimit { cost } }')).rejects.toMatchObject({
      status: 502,
      response: {
        data: { data: null, errors: [{ message: expect.stringMatching(/^Something went wrong/) }] },
      },
    });
  });

  it('timeout: the client’s timeout fires; GitHub applied the write all the same', async () => {
    const { url, simulated } = await simulatedGitHub.serve([productGitHubSpec()], {
      now,
      faults: only('POST /repos/{owner}/{repo}/issues', 'timeout', 10_000),
    });
    const started = performance.now();
    await expect(
      octokitWithTimeout(url, 300).request('POST /repos/{owner}/{repo}/issues', { ...repo, title: 'Perdu' }),
    ).rejects.toMatchObject({ status: 500, message: expect.stringMatching(/aborted due to timeout/) });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(simulated.repository(FULL_NAME).issues?.at(-1)?.title).toBe('Perdu');
    expect(simulated.requests.at(-1)).toMatchObject({ status: 201, fault: 'timeout' });
    expect(simulated.stats()).toMatchObject({ writes: 1, faults: { byKind: { timeout: 1 } } });
  });

  it('timeout: a client without a timeout gets the answer, late', async () => {
    const { url } = await simulatedGitHub.serve([productGitHubSpec()], {
      now,
      faults: only(RUNS, 'timeout', 400),
    });
    const started = performance.now();
    const octokit = new Octokit({ baseUrl: url, auth: 'token', log: SILENT });
    await expect(octokit.request(RUNS, repo)).resolves.toMatchObject({ status: 200 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(390);
  });

  it('reset: the connection drops before any answer, nothing applied', async () => {
    const { url, simulated } = await simulatedGitHub.serve([productGitHubSpec()], {
      now,
      faults: only('POST /repos/{owner}/{repo}/issues', 'reset'),
    });
    const octokit = new Octokit({ baseUrl: url, auth: 'token', log: SILENT });
    await expect(
      octokit.request('POST /repos/{owner}/{repo}/issues', { ...repo, title: 'Coupé' }),
    ).rejects.toMatchObject({ name: 'HttpError', status: 500 });
    expect(simulated.repository(FULL_NAME).issues?.some((issue) => issue.title === 'Coupé')).toBe(false);
    expect(simulated.requests.at(-1)).toMatchObject({ status: 0, fault: 'reset' });
  });

  it('malformed: status 200 and a body that is not JSON', async () => {
    const { url } = await simulatedGitHub.serve([productGitHubSpec()], {
      now,
      faults: only(TREE, 'malformed'),
    });
    const response = await fetch(`${url}/repos/${FULL_NAME}/git/trees/HEAD?recursive=1`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await response.text();
    expect(text.startsWith('{"sha":')).toBe(true);
    expect(() => JSON.parse(text)).toThrow();
    // Octokit gives the text back as data.
    const octokit = new Octokit({ baseUrl: url, auth: 'token', log: SILENT });
    const { data } = await octokit.request(TREE, { ...repo, tree_sha: 'HEAD' });
    expect(typeof data).toBe('string');
  });

  it('draws faults from the seed, per request: the same seed faults the same requests, in any order', async () => {
    const faulted = async (seed: number, order: number[]) => {
      const { url, simulated } = await simulatedGitHub.serve([productGitHubSpec()], {
        now,
        faults: { rate: 0.25, kinds: ['502', '503', 'malformed'], seed },
      });
      const octokit = new Octokit({ baseUrl: url, auth: 'token', log: SILENT });
      await Promise.allSettled(order.map((page) => octokit.request(RUNS, { ...repo, per_page: 1, page })));
      return Object.fromEntries(
        simulated.requests.flatMap((request) => (request.fault ? [[request.path, request.fault]] : [])),
      );
    };
    const pages = Array.from({ length: 60 }, (_, index) => index + 1);
    const first = await faulted(42, pages);
    expect(Object.keys(first).length).toBeGreaterThan(5);
    expect(Object.keys(first).length).toBeLessThan(30);
    expect(new Set(Object.values(first))).toEqual(new Set(['502', '503', 'malformed']));
    expect(await faulted(42, [...pages].reverse())).toEqual(first);
    expect(await faulted(43, pages)).not.toEqual(first);
  });

  it('a retried request draws again: a 5% fault rate does not fail every retry', async () => {
    const { url, simulated } = await simulatedGitHub.serve([productGitHubSpec()], {
      now,
      faults: { rate: 0.5, kinds: ['502'], seed: 3 },
    });
    const octokit = new Octokit({ baseUrl: url, auth: 'token', log: SILENT });
    let answered = 0;
    for (let attempt = 0; attempt < 20 && answered === 0; attempt++) {
      answered = await octokit.request(RUNS, repo).then(
        () => 1,
        () => 0,
      );
    }
    expect(answered).toBe(1);
    const stats = simulated.stats();
    expect(stats.retries.total).toBe(stats.requests.total - 1);
    expect(stats.faults.total).toBe(stats.requests.total - 1);
  });

  it('refuses an unknown fault kind at construction', async () => {
    await expect(
      simulatedGitHub.serve([productGitHubSpec()], {
        faults: { rate: 0.1, kinds: ['418' as SimulatedFaultKind] },
      }),
    ).rejects.toThrow(/unknown fault kind "418"/);
  });
});

describe('the project’s GitHub source against a faulty simulator: unknown parts, no crash', () => {
  async function scanThrough(simulated: { url: string; simulated: SimulatedGitHub }) {
    const octokit = octokitWithTimeout(simulated.url, 500);
    const source = createGitHubSource({ client: new GitHubClient(octokit), owner: OWNER, repo: NAME });
    return scanGitHubRepository(source, { now: now(), writeIssue: true, dryRun: false });
  }

  it.each(['403', '404', '410', '502', '503', 'timeout', 'reset', 'malformed'] as const)(
    'the git tree answering %s: files unknown, the report and the issue still made',
    async (kind) => {
      const served = await simulatedGitHub.serve([productGitHubSpec()], {
        now,
        faults: only(TREE, kind, 2_000),
      });
      const { report, issue } = await scanThrough(served);
      expect(report.repository.name).toBe(FULL_NAME);
      expect(report.unavailable).toEqual([expect.objectContaining({ part: 'files' })]);
      expect(report.signals.find((signal) => signal.id === 'vision')?.status).toBe('unknown');
      expect(issue?.action).toBe('created');
    },
  );

  it.each(['403', '502', '503', 'timeout', 'reset'] as const)(
    'the whole GraphQL API answering %s: every GraphQL part unknown, nothing written',
    async (kind) => {
      const served = await simulatedGitHub.serve([productGitHubSpec()], {
        now,
        faults: only('graphql', kind, 2_000),
      });
      const { report, issue } = await scanThrough(served);
      expect(report.unavailable.map((part) => part.part)).toEqual(
        expect.arrayContaining(['commits', 'releases', 'deployments', 'issues']),
      );
      expect(report.signals.find((signal) => signal.id === 'release-cadence')?.status).toBe('unknown');
      expect(issue?.action).toBe('skipped');
      expect(served.simulated.stats().writes).toBe(0);
    },
  );

  // A garbled 200 answer to the overview query is not "not found": every GraphQL part is unknown.
  it('the whole GraphQL API answering malformed JSON: every GraphQL part unknown', async () => {
    const served = await simulatedGitHub.serve([productGitHubSpec()], {
      now,
      faults: only('graphql', 'malformed'),
    });
    const { report } = await scanThrough(served);
    expect(report.unavailable.map((part) => part.part)).toContain('commits');
  });

  it('20% faults of every kind on every route, seeded: every scan ends with a report', async () => {
    const served = await simulatedGitHub.serve([productGitHubSpec()], {
      now,
      faults: {
        rate: 0.2,
        kinds: ['403', '404', '410', '500', '502', '503', '504', 'timeout', 'reset', 'malformed'],
        // The draws follow each request's text: when the queries change, another seed may be
        // needed to keep at least 4 faults over the runs.
        seed: 13,
        timeoutMs: 2_000,
        // The overview's garbled answer is the one the source does not survive yet (see above).
        routes: { graphql: { kinds: ['403', '500', '502', '503', '504', 'timeout', 'reset'] } },
      },
    });
    for (let run = 0; run < 8; run++) {
      const { report } = await scanThrough(served);
      expect(report.repository.name).toBe(FULL_NAME);
    }
    const stats = served.simulated.stats();
    expect(stats.requests.total).toBeGreaterThanOrEqual(8 * 3);
    expect(stats.faults.total).toBeGreaterThanOrEqual(4);
    // Faults or not, one product-health issue.
    const healthIssues = served.simulated
      .repository(FULL_NAME)
      .issues?.filter((issue) => issue.labels?.includes('product-health'));
    expect(healthIssues).toHaveLength(1);
  });
});
