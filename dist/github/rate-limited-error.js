/**
 * GitHub refused a request because the hour's budget is spent (GraphQL `RATE_LIMITED`, REST 403 or
 * 429 with `x-ratelimit-remaining: 0`). Not a missing part: the scan of the repository stops, no
 * report is built from what was read before it and nothing is written; the repository is listed
 * `rate-limited` with the reset time, to be scanned again after it.
 */
export class RateLimitedError extends Error {
    resource;
    resetAt;
    name = 'RateLimitedError';
    constructor(resource, 
    /** When GitHub gives the budget back; null when its answer did not say. */
    resetAt) {
        super(`rate-limited${resetAt ? ` until ${resetAt.toISOString()}` : ''}: the hour's GitHub ${resource === 'graphql' ? 'GraphQL points' : 'REST requests'} for this token are spent; the repository was not refreshed and nothing was written from it — run again after the reset`);
        this.resource = resource;
        this.resetAt = resetAt;
    }
}
export function isRateLimitedError(error) {
    return (error instanceof RateLimitedError || error?.name === 'RateLimitedError');
}
/**
 * The rate limit an error of Octokit's stands for, else null: the throttling plugin's
 * "GraphQL Rate Limit Exceeded" (its answer's `errors` hold `RATE_LIMITED`), a `GraphqlResponseError`
 * with such an entry (no plugin, or the newer `RATE_LIMIT` type the plugin does not know), a REST
 * 403 or 429 whose `x-ratelimit-remaining` is 0. GitHub answers GraphQL's with HTTP 200, and its
 * `x-ratelimit-remaining` may be above 0 (a query costing more than what is left).
 * A secondary limit (`retry-after`) is not one: it passes in a minute and is retried.
 */
export function rateLimitOf(error) {
    if (isRateLimitedError(error))
        return error;
    const shape = (error ?? {});
    const headers = shape.response?.headers ?? {};
    const entries = [
        ...(Array.isArray(shape.errors) ? shape.errors : []),
        ...graphqlErrorsIn(shape.data),
        ...graphqlErrorsIn(shape.response?.data),
    ];
    if (entries.some(isRateLimitEntry)) {
        return new RateLimitedError('graphql', resetOf(headers));
    }
    const status = typeof shape.status === 'number' ? shape.status : null;
    if ((status === 403 || status === 429) && String(headers['x-ratelimit-remaining']) === '0') {
        const resource = headers['x-ratelimit-resource'] === 'graphql' ? 'graphql' : 'core';
        return new RateLimitedError(resource, resetOf(headers));
    }
    return null;
}
/** GitHub's GraphQL rate-limit error: `RATE_LIMITED`, lately also `RATE_LIMIT` with code `graphql_rate_limit`. */
function isRateLimitEntry(entry) {
    const { type, code } = (entry ?? {});
    return type === 'RATE_LIMITED' || type === 'RATE_LIMIT' || code === 'graphql_rate_limit';
}
function graphqlErrorsIn(body) {
    const errors = body?.errors;
    return Array.isArray(errors) ? errors : [];
}
/** `x-ratelimit-reset` (epoch seconds) as a date; null when absent or not a date. */
export function resetOf(headers) {
    const seconds = Number(headers['x-ratelimit-reset']);
    return Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000) : null;
}
