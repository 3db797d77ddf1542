import { describe, expect, it } from 'vitest';
import { pacedOctokitOptions, rateLimitWaitFromEnv } from '../../src/github/create-octokit.js';
import { RateBudget } from '../../src/github/rate-budget.js';
import { RateLimitedError, rateLimitOf } from '../../src/github/rate-limited-error.js';

const NOW = Date.parse('2026-11-20T10:00:00Z');
const RESET = new Date(NOW + 30 * 60_000);
const cost = (graphqlPoints: number, rest: number) => ({
  requests: { total: rest + 1, graphql: 1, restReads: rest, restWrites: 0 },
  graphqlPoints,
});

describe('RateBudget', () => {
  it('admits a scan while what is left, less the scans under way, holds one more', () => {
    let now = NOW;
    const budget = new RateBudget({ now: () => now });
    expect(budget.admit()).toBeNull();
    budget.observeGraphql({ rateLimit: { cost: 1, remaining: 9, resetAt: RESET.toISOString() } });
    // A first guess of 4 points a scan: two fit in 9, not three.
    const first = budget.start();
    budget.start();
    expect(budget.admit()).toMatchObject({ resource: 'graphql', resetAt: RESET });
    // Scans that cost 2 points: the estimate follows them.
    first(cost(2, 1));
    expect(budget.estimate()).toEqual({ graphql: 2, core: 1 });
    expect(budget.admit()).toBeNull();
    // An older answer (more left) does not undo a newer one.
    budget.observeGraphql({ rateLimit: { cost: 1, remaining: 50, resetAt: RESET.toISOString() } });
    expect(budget.remaining('graphql')).toEqual({ remaining: 9, resetAt: RESET });
    // The hour ends: the budget is whole again.
    now = RESET.getTime();
    expect(budget.remaining('graphql')).toBeNull();
    expect(budget.admit()).toBeNull();
  });

  it('refuses every request on a budget GitHub said is spent, until its reset', () => {
    let now = NOW;
    const budget = new RateBudget({ now: () => now });
    budget.observeHeaders({
      'x-ratelimit-remaining': '4000',
      'x-ratelimit-reset': String(RESET.getTime() / 1000),
      'x-ratelimit-resource': 'core',
    });
    expect(budget.refusal('core')).toBeNull();
    budget.exhausted(new RateLimitedError('core', RESET));
    expect(budget.refusal('core')).toMatchObject({ resource: 'core', resetAt: RESET });
    expect(budget.refusal('graphql')).toBeNull();
    expect(budget.admit()).not.toBeNull();
    now = RESET.getTime() + 1;
    expect(budget.refusal('core')).toBeNull();
  });
});

describe('rateLimitOf', () => {
  const headers = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(RESET.getTime() / 1000) };

  it('knows GitHub’s rate limits in every shape Octokit throws them', () => {
    // The throttling plugin's error for GraphQL's HTTP 200 RATE_LIMITED answer.
    const plugin = Object.assign(new Error('GraphQL Rate Limit Exceeded'), {
      response: {
        status: 200,
        headers,
        data: {
          errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for installation ID 1.' }],
        },
      },
      data: { errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for installation ID 1.' }] },
    });
    expect(rateLimitOf(plugin)).toMatchObject({ resource: 'graphql', resetAt: RESET });
    // @octokit/graphql's error, no plugin; GitHub's newer `RATE_LIMIT` type.
    const graphql = Object.assign(new Error('Request failed'), {
      name: 'GraphqlResponseError',
      errors: [
        {
          type: 'RATE_LIMIT',
          code: 'graphql_rate_limit',
          message: 'API rate limit already exceeded for user ID 1.',
        },
      ],
      response: { headers },
    });
    expect(rateLimitOf(graphql)).toMatchObject({ resource: 'graphql', resetAt: RESET });
    // REST: 403 (or 429) with nothing left.
    const rest = Object.assign(new Error('API rate limit exceeded'), {
      status: 403,
      response: { headers: { ...headers, 'x-ratelimit-resource': 'core' } },
    });
    expect(rateLimitOf(rest)).toMatchObject({ resource: 'core', resetAt: RESET });
  });

  it('leaves other refusals alone: a missing permission, a secondary limit', () => {
    expect(
      rateLimitOf(
        Object.assign(new Error('Resource not accessible'), { status: 403, response: { headers: {} } }),
      ),
    ).toBeNull();
    const secondary = Object.assign(new Error('You have exceeded a secondary rate limit'), {
      status: 403,
      response: { headers: { 'retry-after': '60', 'x-ratelimit-remaining': '4000' } },
    });
    expect(rateLimitOf(secondary)).toBeNull();
    expect(
      rateLimitOf(
        Object.assign(new Error('x'), {
          name: 'GraphqlResponseError',
          errors: [{ type: 'FORBIDDEN', message: 'no' }],
        }),
      ),
    ).toBeNull();
  });
});

describe('waiting for a reset', () => {
  it('retries a primary limit only when its reset is within the bound; a secondary one as before', () => {
    const warnings: string[] = [];
    const { throttle } = pacedOctokitOptions({
      warn: (message) => warnings.push(message),
      maxRateLimitWaitSeconds: 60,
    });
    const request = { method: 'POST', url: '/graphql' };
    expect(throttle.onRateLimit(30, request, null, 0)).toBe(true);
    expect(throttle.onRateLimit(3_600, request, null, 0)).toBe(false);
    expect(warnings.at(-1)).toMatch(/comes back in 3600 s, more than the 60 s waited: not retried/);
    expect(throttle.onSecondaryRateLimit(120, request, null, 0)).toBe(true);
  });

  it('reads its bound from PRODUCT_HEALTH_RATE_LIMIT_WAIT_SECONDS, 60 s unless it is a number of seconds up to an hour', () => {
    expect(rateLimitWaitFromEnv({})).toBe(60);
    expect(rateLimitWaitFromEnv({ PRODUCT_HEALTH_RATE_LIMIT_WAIT_SECONDS: '900' })).toBe(900);
    expect(rateLimitWaitFromEnv({ PRODUCT_HEALTH_RATE_LIMIT_WAIT_SECONDS: 'soon' })).toBe(60);
    expect(rateLimitWaitFromEnv({ PRODUCT_HEALTH_RATE_LIMIT_WAIT_SECONDS: '7200' })).toBe(60);
  });
});
