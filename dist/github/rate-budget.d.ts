import type { ScanCost } from './github-client.js';
import { RateLimitedError, type RateResource } from './rate-limited-error.js';
/** What one repository's scan is expected to spend, by budget. */
export interface ScanEstimate {
    graphql: number;
    core: number;
}
/**
 * A first guess before any scan finished: a typical repository costs 2–3 GraphQL points and 1–2
 * REST requests (BENCHMARKS.md), a first scan one write more.
 */
export declare const DEFAULT_SCAN_ESTIMATE: ScanEstimate;
export interface RateBudgetOptions {
    /** The clock the reset times are compared with; `Date.now` unless told. */
    now?: () => number;
}
/**
 * What is left of GitHub's hourly budgets for one token, as its answers tell it at no extra cost:
 * GraphQL's `rateLimit { remaining resetAt }` and REST's `x-ratelimit-*` headers. Every client of a
 * sweep or a comparison shares one, so that once GitHub has said the budget is spent no scan sends
 * another request before the reset, and no repository is started that the budget cannot finish.
 */
export declare class RateBudget {
    private readonly windows;
    private readonly now;
    private readonly spentPerScan;
    private scans;
    private reserved;
    constructor(options?: RateBudgetOptions);
    /** An answer said `remaining` is left until `resetAt`. */
    observe(resource: RateResource, remaining: number, resetAt: Date): void;
    /** REST answer headers (`x-ratelimit-remaining`, `-reset`, `-resource`). */
    observeHeaders(headers: Record<string, unknown> | undefined): void;
    /** GraphQL's `rateLimit { remaining resetAt }`, when the document selected it. */
    observeGraphql(data: unknown): void;
    /** GitHub refused a request for the rate limit: nothing more goes out on that budget before the reset. */
    exhausted(error: RateLimitedError): void;
    /** The refusal a request on `resource` would meet now, else null. */
    refusal(resource: RateResource): RateLimitedError | null;
    /**
     * Whether one more repository can be scanned now: null when the budgets (less what the scans
     * under way are expected to spend) hold one scan more, else the refusal with the reset time.
     * A budget no answer spoke of yet is taken as enough.
     */
    admit(): RateLimitedError | null;
    /**
     * `admit`, waiting for the reset first when it is at most `maxWaitMs` away (as the throttling
     * plugin waits for a near reset): null when the scan can start, else the refusal.
     */
    admitWithin(maxWaitMs: number): Promise<RateLimitedError | null>;
    /** A scan starts: its expected cost is held until `finish`. Returns `finish`. */
    start(): (cost: ScanCost | null) => void;
    /** What one more scan is expected to spend: the mean of the scans finished so far, else a first guess. */
    estimate(): ScanEstimate;
    /** What is known left of a budget (null: no answer said yet, or its hour has ended). */
    remaining(resource: RateResource): {
        remaining: number;
        resetAt: Date;
    } | null;
    /** The window of `resource`, forgotten once its reset time has passed (the budget is whole again). */
    private current;
}
