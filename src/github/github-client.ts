import type { ScanCost } from '../model/scan-cost.js';
import { RateBudget } from './rate-budget.js';
import { type RateLimitedError, type RateResource, rateLimitOf } from './rate-limited-error.js';
import type { WritePacer } from './write-pacer.js';

export type { ScanCost };

/**
 * The part of an Octokit the core uses. `@octokit/rest`, Probot's `context.octokit` and
 * `@actions/github`'s `getOctokit()` all fit, whatever @octokit/core version they carry.
 */
export interface OctokitLike {
  request(
    route: string,
    parameters?: Record<string, unknown>,
  ): Promise<{ status: number; headers: Record<string, unknown>; data: unknown }>;
  graphql: {
    (query: string, parameters?: Record<string, unknown>): Promise<unknown>;
    (options: { query: string; url?: string; [variable: string]: unknown }): Promise<unknown>;
  };
}

export interface GitHubClientOptions {
  /** GraphQL endpoint when it is not derived from the REST base URL (GITHUB_GRAPHQL_URL). */
  graphqlUrl?: string | null;
  /** Spaces the writes under GitHub's secondary limit (the adapters pass `SHARED_WRITE_PACER`). */
  writePacer?: WritePacer | null;
  /**
   * What is left of the token's hourly budgets, shared by every client of a sweep or a comparison;
   * one of the client's own unless given.
   */
  budget?: RateBudget | null;
}

/**
 * Every call the core makes to GitHub goes through here: it keeps the cost of the scan and is the
 * one place that knows which calls write.
 */
export class GitHubClient {
  private readonly spent: ScanCost = {
    requests: { total: 0, graphql: 0, restReads: 0, restWrites: 0 },
    graphqlPoints: 0,
  };

  readonly budget: RateBudget;
  private limited: RateLimitedError | null = null;

  constructor(
    readonly octokit: OctokitLike,
    private readonly options: GitHubClientOptions = {},
  ) {
    this.budget = options.budget ?? new RateBudget();
  }

  /**
   * Runs a GraphQL document; the document should select `rateLimit { cost remaining resetAt }` so
   * points are counted and the budget known.
   */
  async query<T>(document: string, variables: Record<string, unknown> = {}): Promise<T> {
    this.guard('graphql');
    this.count('graphql');
    try {
      // `url` is not allowed next to a query string: the endpoint goes in the request object.
      const data = (
        this.options.graphqlUrl
          ? await this.octokit.graphql({ ...variables, query: document, url: this.options.graphqlUrl })
          : await this.octokit.graphql(document, variables)
      ) as T;
      this.addPoints(data);
      return data;
    } catch (error) {
      // A GraphQL answer with errors still carries the data that could be read, and its cost.
      this.addPoints((error as { data?: unknown }).data);
      throw this.limitOf(error);
    }
  }

  /** A REST read (`GET …`). */
  async read<T>(route: `GET ${string}`, parameters: Record<string, unknown> = {}): Promise<T> {
    this.guard('core');
    this.count('restReads');
    return (await this.request(route, parameters)).data as T;
  }

  /** A REST write (`POST`, `PATCH`, …): counted apart, as GitHub paces content creation. */
  async write<T>(
    route: `${'POST' | 'PATCH' | 'PUT' | 'DELETE'} ${string}`,
    parameters: Record<string, unknown> = {},
  ): Promise<T> {
    this.guard('core');
    this.count('restWrites');
    const send = async () => {
      this.guard('core');
      return (await this.request(route, parameters)).data as T;
    };
    return this.options.writePacer ? this.options.writePacer.schedule(send) : send();
  }

  /**
   * The first rate limit this client met (GitHub's refusal, or the budget known spent): the scan
   * stops there, whatever its readers made of the refusal. Null when none was met.
   */
  rateLimited(): RateLimitedError | null {
    return this.limited;
  }

  /** What was spent so far (a copy). */
  cost(): ScanCost {
    return { requests: { ...this.spent.requests }, graphqlPoints: this.spent.graphqlPoints };
  }

  private count(kind: keyof Omit<ScanCost['requests'], 'total'>): void {
    this.spent.requests[kind] += 1;
    this.spent.requests.total += 1;
  }

  private addPoints(data: unknown): void {
    const cost = (data as { rateLimit?: { cost?: unknown } } | null | undefined)?.rateLimit?.cost;
    if (typeof cost === 'number') this.spent.graphqlPoints += cost;
    this.budget.observeGraphql(data);
  }

  /** A REST request, its answer's (or refusal's) `x-ratelimit-*` headers noted. */
  private async request(route: string, parameters?: Record<string, unknown>) {
    try {
      const answer = await this.octokit.request(route, parameters);
      this.budget.observeHeaders(answer.headers);
      return answer;
    } catch (error) {
      this.budget.observeHeaders(
        (error as { response?: { headers?: Record<string, unknown> } }).response?.headers,
      );
      throw this.limitOf(error);
    }
  }

  /** Sends nothing once the budget is known spent: the request would only be refused. */
  private guard(resource: RateResource): void {
    const refusal = this.limited ?? this.budget.refusal(resource);
    if (!refusal) return;
    this.limited ??= refusal;
    throw refusal;
  }

  /** A rate limit becomes a `RateLimitedError` (and stops this client); any other error is kept. */
  private limitOf(error: unknown): unknown {
    const limit = rateLimitOf(error);
    if (!limit) return error;
    this.budget.exhausted(limit);
    this.limited ??= limit;
    return limit;
  }
}
