/** Which of GitHub's hourly budgets ran out: GraphQL points or REST requests (`core`). */
export type RateResource = 'graphql' | 'core';
/**
 * GitHub refused a request because the hour's budget is spent (GraphQL `RATE_LIMITED`, REST 403 or
 * 429 with `x-ratelimit-remaining: 0`). Not a missing part: the scan of the repository stops, no
 * report is built from what was read before it and nothing is written; the repository is listed
 * `rate-limited` with the reset time, to be scanned again after it.
 */
export declare class RateLimitedError extends Error {
    readonly resource: RateResource;
    /** When GitHub gives the budget back; null when its answer did not say. */
    readonly resetAt: Date | null;
    readonly name = "RateLimitedError";
    constructor(resource: RateResource, 
    /** When GitHub gives the budget back; null when its answer did not say. */
    resetAt: Date | null);
}
export declare function isRateLimitedError(error: unknown): error is RateLimitedError;
/**
 * The rate limit an error of Octokit's stands for, else null: the throttling plugin's
 * "GraphQL Rate Limit Exceeded" (its answer's `errors` hold `RATE_LIMITED`), a `GraphqlResponseError`
 * with such an entry (no plugin, or the newer `RATE_LIMIT` type the plugin does not know), a REST
 * 403 or 429 whose `x-ratelimit-remaining` is 0. GitHub answers GraphQL's with HTTP 200, and its
 * `x-ratelimit-remaining` may be above 0 (a query costing more than what is left).
 * A secondary limit (`retry-after`) is not one: it passes in a minute and is retried.
 */
export declare function rateLimitOf(error: unknown): RateLimitedError | null;
/** `x-ratelimit-reset` (epoch seconds) as a date; null when absent or not a date. */
export declare function resetOf(headers: Record<string, unknown>): Date | null;
