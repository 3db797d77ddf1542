import { RateBudget } from './rate-budget.js';
import { type RateLimitedError } from './rate-limited-error.js';
import type { WritePacer } from './write-pacer.js';
/**
 * The part of an Octokit the core uses. `@octokit/rest`, Probot's `context.octokit` and
 * `@actions/github`'s `getOctokit()` all fit, whatever @octokit/core version they carry.
 */
export interface OctokitLike {
    request(route: string, parameters?: Record<string, unknown>): Promise<{
        status: number;
        headers: Record<string, unknown>;
        data: unknown;
    }>;
    graphql: {
        (query: string, parameters?: Record<string, unknown>): Promise<unknown>;
        (options: {
            query: string;
            url?: string;
            [variable: string]: unknown;
        }): Promise<unknown>;
    };
}
/** What one scan spent: HTTP requests by kind and GraphQL rate-limit points. */
export interface ScanCost {
    requests: {
        total: number;
        graphql: number;
        restReads: number;
        restWrites: number;
    };
    /** Sum of `rateLimit.cost` over the GraphQL queries (GitHub's points, 5,000 an hour). */
    graphqlPoints: number;
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
export declare class GitHubClient {
    readonly octokit: OctokitLike;
    private readonly options;
    private readonly spent;
    readonly budget: RateBudget;
    private limited;
    constructor(octokit: OctokitLike, options?: GitHubClientOptions);
    /**
     * Runs a GraphQL document; the document should select `rateLimit { cost remaining resetAt }` so
     * points are counted and the budget known.
     */
    query<T>(document: string, variables?: Record<string, unknown>): Promise<T>;
    /** A REST read (`GET …`). */
    read<T>(route: `GET ${string}`, parameters?: Record<string, unknown>): Promise<T>;
    /** A REST write (`POST`, `PATCH`, …): counted apart, as GitHub paces content creation. */
    write<T>(route: `${'POST' | 'PATCH' | 'PUT' | 'DELETE'} ${string}`, parameters?: Record<string, unknown>): Promise<T>;
    /**
     * The first rate limit this client met (GitHub's refusal, or the budget known spent): the scan
     * stops there, whatever its readers made of the refusal. Null when none was met.
     */
    rateLimited(): RateLimitedError | null;
    /** What was spent so far (a copy). */
    cost(): ScanCost;
    private count;
    private addPoints;
    /** A REST request, its answer's (or refusal's) `x-ratelimit-*` headers noted. */
    private request;
    /** Sends nothing once the budget is known spent: the request would only be refused. */
    private guard;
    /** A rate limit becomes a `RateLimitedError` (and stops this client); any other error is kept. */
    private limitOf;
}
