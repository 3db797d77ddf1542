/** One hourly budget, as GitHub's `x-ratelimit-*` headers and GraphQL's `rateLimit` show it. */
export interface RateWindow {
    limit: number;
    remaining: number;
    /** When the window ends and the budget is whole again (GitHub's spelling of a date). */
    resetAt: string;
}
export declare const RATE_LIMIT_DOCUMENTATION = "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api";
/** A whole budget whose hour starts now. */
export declare function newWindow(limit: number, remaining: number, now: Date): RateWindow;
/** Starts a new hour (whole budget) once the window's reset time has come, as GitHub does. */
export declare function refreshWindow(window: RateWindow, now: Date): void;
/** The `x-ratelimit-*` headers of a window, for `resource` (`core`, `graphql`). */
export declare function rateHeaders(window: RateWindow, resource: string): Record<string, string>;
/**
 * GitHub's body when the hour's budget is spent (HTTP 403, `x-ratelimit-remaining: 0`); `who` is
 * `installation ID 12` or `user ID 1`.
 */
export declare function primaryLimitBody(who: string, requestId: string, now: Date): unknown;
/** GitHub's body for a secondary rate limit (HTTP 403 with `retry-after`). */
export declare function secondaryLimitBody(requestId: string, now: Date): unknown;
/**
 * GitHub's secondary limit on content creation: at most `max` writes in any rolling `windowMs`.
 * A refused write is not counted.
 */
export declare class SecondaryLimit {
    readonly max: number;
    readonly windowMs: number;
    private readonly accepted;
    constructor(max: number, windowMs: number);
    /** Null when the write may go; else the seconds to wait (`retry-after`), at least 1. */
    admit(now: Date): number | null;
}
