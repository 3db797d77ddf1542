import { Octokit } from '@octokit/rest';
import Bottleneck from 'bottleneck';
export interface CreateOctokitOptions {
    token: string;
    /** REST base URL (GitHub Enterprise Server: `https://HOST/api/v3`). */
    baseUrl: string;
    /** Where warnings go (a retry after a rate limit…); never given the token. */
    warn: (message: string) => void;
    /** Most retries after a rate limit; past that the read is reported unknown. */
    maxRateLimitRetries?: number;
    /**
     * Longest wait for the hour's budget to come back after a primary rate limit, in seconds
     * (`PRODUCT_HEALTH_RATE_LIMIT_WAIT_SECONDS`, 60 unless told); a reset further away stops the
     * repository's scan as `rate-limited`.
     */
    maxRateLimitWaitSeconds?: number;
}
export declare const RATE_LIMIT_WAIT_VARIABLE = "PRODUCT_HEALTH_RATE_LIMIT_WAIT_SECONDS";
export declare const DEFAULT_RATE_LIMIT_WAIT_SECONDS = 60;
/**
 * `PRODUCT_HEALTH_RATE_LIMIT_WAIT_SECONDS` when it is a number of seconds between 0 and 3,600, else
 * 60 (an invalid value is ignored).
 */
export declare function rateLimitWaitFromEnv(env: Readonly<Record<string, string | undefined>>): number;
/**
 * The options every Octokit of the project shares, whatever builds it (`@octokit/rest` here,
 * `@actions/github` in the Action): GitHub's rate limits honoured (primary and secondary, with
 * `retry-after`), a few retries on server errors, warnings to `warn` only (never the token).
 */
export declare function pacedOctokitOptions(options: Omit<CreateOctokitOptions, 'token' | 'baseUrl'>): {
    userAgent: string;
    throttle: {
        onRateLimit: (retryAfter: number, request: {
            method: string;
            url: string;
        }, _octokit: unknown, retryCount: number) => boolean;
        onSecondaryRateLimit: (retryAfter: number, request: {
            method: string;
            url: string;
        }, _octokit: unknown, retryCount: number) => boolean;
        write: Bottleneck.Group;
    };
    retry: {
        retries: number;
    };
    log: {
        debug: () => void;
        info: () => void;
        warn: (message: string) => void;
        error: (message: string) => void;
    };
};
/** The Octokit of the command line: `@octokit/rest` with the throttling and retry plugins. */
export declare function createOctokit(options: CreateOctokitOptions): Octokit;
