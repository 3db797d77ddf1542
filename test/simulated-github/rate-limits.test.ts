import { Octokit } from '@octokit/rest';
import { describe, expect, it } from 'vitest';
import { readFailure } from '../../src/github/classify-error.js';
import { createOctokit } from '../../src/github/create-octokit.js';
import { NAME, OWNER, productGitHubSpec } from '../helpers/product-github-spec.js';
import { testClock, useSimulatedGitHub } from './simulated-server.js';

const simulatedGitHub = useSimulatedGitHub();
const SILENT = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const START = '2026-11-22T12:00:00Z';
const repo = { owner: OWNER, repo: NAME };

interface Failure {
  status: number;
  message: string;
  response: { headers: Record<string, string>; data: { message: string; documentation_url: string } };
}
const failure = (error: unknown) => error as Failure;

describe('the secondary rate limit on content creation', () => {
  it('refuses the 81st write within a minute with 403 and retry-after; a minute later writes pass again', async () => {
    const clock = testClock(START);
    const { url, simulated } = await simulatedGitHub.serve([productGitHubSpec()], { now: clock.now });
    const octokit = new Octokit({ baseUrl: url, auth: 'token', log: SILENT });
    const { data: issue } = await octokit.request('POST /repos/{owner}/{repo}/issues', {
      ...repo,
      title: 'Santé produit',
    });
    for (let n = 2; n <= 80; n++) {
      clock.advance(500); // 80 writes spread over 39.5 s
      const write =
        n % 2 === 0
          ? octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
              ...repo,
              issue_number: issue.number,
              body: `Commentaire ${n}`,
            })
          : octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
              ...repo,
              issue_number: issue.number,
              body: `Rapport ${n}`,
            });
      expect((await write).status).toBeLessThan(300);
    }
    // Reads are not content creation: they pass.
    await expect(
      octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', {
        ...repo,
        issue_number: issue.number,
      }),
    ).resolves.toMatchObject({ status: 200 });

    clock.advance(500); // 40 s after the first write
    const refused = failure(
      await octokit
        .request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
          ...repo,
          issue_number: issue.number,
          body: 'Un de trop',
        })
        .catch((error: unknown) => error),
    );
    expect(refused.status).toBe(403);
    expect(refused.response.headers['retry-after']).toBe('20');
    expect(refused.response.data.message).toMatch(
      /^You have exceeded a secondary rate limit\. Please wait a few minutes before you try again\./,
    );
    expect(refused.response.data.documentation_url).toMatch(/secondary-rate-limits$/);
    // Octokit's throttling plugin recognises it by this wording.
    expect(refused.message).toMatch(/\bsecondary rate\b/i);
    expect(readFailure(refused, 'issue', 'Issues: write').reason).toBe('api-fault');
    expect(simulated.repository(`${OWNER}/${NAME}`).issues?.at(-1)?.comments).toHaveLength(40);

    // Still within the minute of the first write: refused again, for less time.
    clock.advance(10_000);
    const again = failure(
      await octokit
        .request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { ...repo, issue_number: issue.number })
        .catch((error: unknown) => error),
    );
    expect(again.status).toBe(403);
    expect(again.response.headers['retry-after']).toBe('10');

    // A minute after the first write, that write has left the window: one more passes, then not two.
    clock.advance(10_000);
    await expect(
      octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...repo,
        issue_number: issue.number,
        body: 'Après la minute',
      }),
    ).resolves.toMatchObject({ status: 201 });
    await expect(
      octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
        ...repo,
        issue_number: issue.number,
      }),
    ).rejects.toMatchObject({ status: 403 });
    clock.advance(60_000);
    await expect(
      octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
        ...repo,
        issue_number: issue.number,
      }),
    ).resolves.toMatchObject({ status: 200 });

    expect(simulated.stats()).toMatchObject({
      requests: { total: 86, graphql: 0, restReads: 1, restWrites: 85 },
      writes: 82,
      refusals: { primary: 0, secondary: 3 },
      faults: { total: 0 },
      // The same PATCH refused twice, then accepted: two repeats of one failed request.
      retries: { total: 2, most: 2 },
    });
  });

  it('the project’s Octokit waits for retry-after and then writes: no unhandled 403', async () => {
    // The real clock, so the window slides while Octokit waits.
    const { url, simulated } = await simulatedGitHub.serve([productGitHubSpec()], {
      secondaryRateLimit: { writes: 1, windowMs: 4_000 },
    });
    const warnings: string[] = [];
    const octokit = createOctokit({
      token: 'token',
      baseUrl: url,
      warn: (message) => warnings.push(message),
    });
    const created = [];
    for (const title of ['Un', 'Deux']) {
      created.push((await octokit.request('POST /repos/{owner}/{repo}/issues', { ...repo, title })).status);
    }
    expect(created).toEqual([201, 201]);
    // Octokit spaces issue creations 3 s apart: the second comes within the 4 s of the first, is
    // refused, waited for (retry-after) and sent again.
    const statuses = simulated.requests.map((request) => request.status);
    expect(statuses).toEqual([201, 403, 201]);
    expect(warnings).toContainEqual(
      expect.stringMatching(/^GitHub secondary rate limit on POST .*; retrying in [1-4] s$/),
    );
    expect(simulated.stats()).toMatchObject({ writes: 2, refusals: { secondary: 1 }, retries: { total: 1 } });
  });
});

describe('the primary rate limit (REST core, GraphQL points)', () => {
  it('counts down in the x-ratelimit headers, refuses once spent, and is whole again the next hour', async () => {
    const clock = testClock(START);
    const { url, simulated } = await simulatedGitHub.serve([productGitHubSpec()], {
      now: clock.now,
      coreRateLimit: { limit: 3 },
      rateLimit: { limit: 10 },
    });
    const octokit = new Octokit({ baseUrl: url, auth: 'token', log: SILENT });
    const reset = String(Date.parse(START) / 1000 + 3600);
    const read = () => octokit.request('GET /repos/{owner}/{repo}/actions/runs', { ...repo, per_page: 1 });

    const seen = [];
    for (let n = 0; n < 3; n++) {
      clock.advance(1_000);
      const { headers } = await read();
      seen.push([headers['x-ratelimit-remaining'], headers['x-ratelimit-used']]);
      expect(headers).toMatchObject({
        'x-ratelimit-limit': '3',
        'x-ratelimit-reset': reset,
        'x-ratelimit-resource': 'core',
      });
    }
    expect(seen).toEqual([
      ['2', '1'],
      ['1', '2'],
      ['0', '3'],
    ]);

    const spent = failure(await read().catch((error: unknown) => error));
    expect(spent.status).toBe(403);
    expect(spent.response.headers).toMatchObject({
      'x-ratelimit-remaining': '0',
      'x-ratelimit-used': '3',
      'x-ratelimit-reset': reset,
    });
    expect(spent.response.data.message).toMatch(/^API rate limit exceeded for user ID 1\./);
    expect(readFailure(spent, 'workflow runs', 'Actions: read')).toMatchObject({
      reason: 'api-fault',
      detail: expect.stringContaining('rate limit'),
    });
    // Writes are refused the same way, before the secondary limit is even looked at.
    await expect(
      octokit.request('POST /repos/{owner}/{repo}/issues', { ...repo, title: 'x' }),
    ).rejects.toMatchObject({ status: 403, response: { headers: { 'x-ratelimit-remaining': '0' } } });

    // GraphQL has its own budget, in points.
    const graphql = await fetch(`${url}/graphql`, {
      method: 'POST',
      body: JSON.stringify({ query: '{ rateLimit { cost remaining } }' }),
    });
    expect(graphql.headers.get('x-ratelimit-resource')).toBe('graphql');
    expect(graphql.headers.get('x-ratelimit-remaining')).toBe('9');
    expect(await graphql.json()).toEqual({ data: { rateLimit: { cost: 1, remaining: 9 } } });

    clock.advance(3_600_000);
    const { headers } = await read();
    expect(headers['x-ratelimit-remaining']).toBe('2');
    expect(Number(headers['x-ratelimit-reset'])).toBe(clock.now().getTime() / 1000 + 3600);
    expect(simulated.stats()).toMatchObject({
      refusals: { primary: 2, secondary: 0 },
      // The GraphQL hour is over too: its points are whole again.
      rateLimits: { core: { limit: 3, remaining: 2 }, graphql: { limit: 10, remaining: 10 } },
    });
  });

  it('refuses GraphQL once its points are spent, with RATE_LIMITED', async () => {
    const { url, simulated } = await simulatedGitHub.serve([productGitHubSpec()], {
      now: () => new Date(START),
      rateLimit: { limit: 5000, remaining: 0 },
    });
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      body: JSON.stringify({ query: '{ rateLimit { remaining } }' }),
    });
    expect(response.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(await response.json()).toEqual({
      errors: [expect.objectContaining({ type: 'RATE_LIMITED' })],
    });
    expect(simulated.stats().refusals.primary).toBe(1);
  });

  it('answers GraphQL RATE_LIMITED as GitHub does: HTTP 200, no data, the installation named, the reset in the headers', async () => {
    const { url } = await simulatedGitHub.serve([productGitHubSpec()], {
      now: () => new Date(START),
      rateLimit: { limit: 5000, remaining: 0 },
    });
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { authorization: 'token ghs_sim7xabc' },
      body: JSON.stringify({ query: '{ rateLimit { remaining } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(response.headers.get('x-ratelimit-resource')).toBe('graphql');
    expect(Number(response.headers.get('x-ratelimit-reset'))).toBe(Date.parse(START) / 1000 + 3600);
    expect(await response.json()).toEqual({
      errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for installation ID 7.' }],
    });
  });
});
