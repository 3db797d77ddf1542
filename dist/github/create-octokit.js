import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import Bottleneck from 'bottleneck';
import { TOOL } from '../util/tool.js';
// Typed as the plain Octokit: the plugins add options, not methods the project uses.
const PacedOctokit = Octokit.plugin(throttling, retry);
/** The throttling plugin's `write` group, without its one-second spacing (see `pacedOctokitOptions`). */
export const GRAPHQL_READS = new Bottleneck.Group({
    id: 'product-health-graphql',
    maxConcurrent: 16,
    minTime: 0,
});
export const RATE_LIMIT_WAIT_VARIABLE = 'PRODUCT_HEALTH_RATE_LIMIT_WAIT_SECONDS';
export const DEFAULT_RATE_LIMIT_WAIT_SECONDS = 60;
/**
 * `PRODUCT_HEALTH_RATE_LIMIT_WAIT_SECONDS` when it is a number of seconds between 0 and 3,600, else
 * 60 (an invalid value is ignored).
 */
export function rateLimitWaitFromEnv(env) {
    const raw = env[RATE_LIMIT_WAIT_VARIABLE]?.trim();
    if (!raw)
        return DEFAULT_RATE_LIMIT_WAIT_SECONDS;
    const value = Number(raw);
    return Number.isFinite(value) && value >= 0 && value <= 3600 ? value : DEFAULT_RATE_LIMIT_WAIT_SECONDS;
}
/**
 * The options every Octokit of the project shares, whatever builds it (`@octokit/rest` here,
 * `@actions/github` in the Action): GitHub's rate limits honoured (primary and secondary, with
 * `retry-after`), a few retries on server errors, warnings to `warn` only (never the token).
 */
export function pacedOctokitOptions(options) {
    const maxRetries = options.maxRateLimitRetries ?? 2;
    const maxWait = options.maxRateLimitWaitSeconds ?? rateLimitWaitFromEnv(process.env);
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        // The hour's budget comes back at its reset: wait for it only when it is near.
        const near = kind === 'secondary' || retryAfter <= maxWait;
        const again = retryCount < maxRetries && near;
        options.warn(`GitHub ${kind} rate limit on ${request.method} ${request.url}; ${again ? `retrying in ${retryAfter} s` : near ? 'giving up' : `the budget comes back in ${retryAfter} s, more than the ${maxWait} s waited: not retried`}`);
        return again;
    };
    return {
        userAgent: `${TOOL.name}/${TOOL.version}`,
        throttle: {
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
            // The plugin spaces every GraphQL query like a write, one a second: reads are not content
            // creation. Writes are spaced by the client's write pacer instead (80 a minute).
            write: GRAPHQL_READS,
        },
        retry: { retries: 3 },
        log: { debug: () => { }, info: () => { }, warn: options.warn, error: options.warn },
    };
}
/** The Octokit of the command line: `@octokit/rest` with the throttling and retry plugins. */
export function createOctokit(options) {
    return new PacedOctokit({ auth: options.token, baseUrl: options.baseUrl, ...pacedOctokitOptions(options) });
}
