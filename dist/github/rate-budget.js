import { RateLimitedError } from './rate-limited-error.js';
/** Waited past a reset time, so that the next request does not meet the last second of the old hour. */
const RESET_MARGIN_MS = 1_000;
/**
 * A first guess before any scan finished: a typical repository costs 2–3 GraphQL points and 1–2
 * REST requests (BENCHMARKS.md), a first scan one write more.
 */
export const DEFAULT_SCAN_ESTIMATE = { graphql: 4, core: 4 };
/**
 * What is left of GitHub's hourly budgets for one token, as its answers tell it at no extra cost:
 * GraphQL's `rateLimit { remaining resetAt }` and REST's `x-ratelimit-*` headers. Every client of a
 * sweep or a comparison shares one, so that once GitHub has said the budget is spent no scan sends
 * another request before the reset, and no repository is started that the budget cannot finish.
 */
export class RateBudget {
    windows = new Map();
    now;
    spentPerScan = { graphql: 0, core: 0 };
    scans = 0;
    reserved = { graphql: 0, core: 0 };
    constructor(options = {}) {
        this.now = options.now ?? Date.now;
    }
    /** An answer said `remaining` is left until `resetAt`. */
    observe(resource, remaining, resetAt) {
        if (!Number.isFinite(remaining) || Number.isNaN(resetAt.getTime()))
            return;
        const window = this.current(resource);
        // Answers of concurrent requests arrive out of order: within one hour, the lowest count is the latest.
        if (window && window.resetAt.getTime() === resetAt.getTime()) {
            window.remaining = Math.min(window.remaining, remaining);
            return;
        }
        if (window && window.resetAt.getTime() > resetAt.getTime())
            return;
        this.windows.set(resource, { remaining, resetAt, spent: false });
    }
    /** REST answer headers (`x-ratelimit-remaining`, `-reset`, `-resource`). */
    observeHeaders(headers) {
        if (!headers)
            return;
        const resource = headers['x-ratelimit-resource'];
        if (resource !== 'core' && resource !== 'graphql')
            return;
        const remaining = Number(headers['x-ratelimit-remaining']);
        const reset = Number(headers['x-ratelimit-reset']);
        if (headers['x-ratelimit-remaining'] === undefined || !(reset > 0))
            return;
        this.observe(resource, remaining, new Date(reset * 1000));
    }
    /** GraphQL's `rateLimit { remaining resetAt }`, when the document selected it. */
    observeGraphql(data) {
        const rate = data
            ?.rateLimit;
        if (typeof rate?.remaining !== 'number' || typeof rate.resetAt !== 'string')
            return;
        this.observe('graphql', rate.remaining, new Date(rate.resetAt));
    }
    /** GitHub refused a request for the rate limit: nothing more goes out on that budget before the reset. */
    exhausted(error) {
        const resetAt = error.resetAt ?? this.current(error.resource)?.resetAt ?? null;
        if (!resetAt)
            return;
        this.windows.set(error.resource, { remaining: 0, resetAt, spent: true });
    }
    /** The refusal a request on `resource` would meet now, else null. */
    refusal(resource) {
        const window = this.current(resource);
        return window?.spent ? new RateLimitedError(resource, window.resetAt) : null;
    }
    /**
     * Whether one more repository can be scanned now: null when the budgets (less what the scans
     * under way are expected to spend) hold one scan more, else the refusal with the reset time.
     * A budget no answer spoke of yet is taken as enough.
     */
    admit() {
        const estimate = this.estimate();
        for (const resource of ['graphql', 'core']) {
            const window = this.current(resource);
            if (!window)
                continue;
            if (window.spent || window.remaining - this.reserved[resource] < estimate[resource]) {
                return new RateLimitedError(resource, window.resetAt);
            }
        }
        return null;
    }
    /**
     * `admit`, waiting for the reset first when it is at most `maxWaitMs` away (as the throttling
     * plugin waits for a near reset): null when the scan can start, else the refusal.
     */
    async admitWithin(maxWaitMs) {
        const refusal = this.admit();
        const wait = refusal?.resetAt ? refusal.resetAt.getTime() - this.now() : Number.POSITIVE_INFINITY;
        if (!refusal || wait > maxWaitMs)
            return refusal;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, wait) + RESET_MARGIN_MS));
        return this.admit();
    }
    /** A scan starts: its expected cost is held until `finish`. Returns `finish`. */
    start() {
        const held = this.estimate();
        this.reserved = { graphql: this.reserved.graphql + held.graphql, core: this.reserved.core + held.core };
        let finished = false;
        return (cost) => {
            if (finished)
                return;
            finished = true;
            this.reserved = { graphql: this.reserved.graphql - held.graphql, core: this.reserved.core - held.core };
            if (!cost)
                return;
            this.scans += 1;
            this.spentPerScan.graphql += cost.graphqlPoints;
            this.spentPerScan.core += cost.requests.restReads + cost.requests.restWrites;
        };
    }
    /** What one more scan is expected to spend: the mean of the scans finished so far, else a first guess. */
    estimate() {
        if (this.scans === 0)
            return DEFAULT_SCAN_ESTIMATE;
        return {
            graphql: Math.max(1, Math.ceil(this.spentPerScan.graphql / this.scans)),
            core: Math.max(1, Math.ceil(this.spentPerScan.core / this.scans)),
        };
    }
    /** What is known left of a budget (null: no answer said yet, or its hour has ended). */
    remaining(resource) {
        const window = this.current(resource);
        return window ? { remaining: window.remaining, resetAt: window.resetAt } : null;
    }
    /** The window of `resource`, forgotten once its reset time has passed (the budget is whole again). */
    current(resource) {
        const window = this.windows.get(resource);
        if (!window)
            return null;
        if (window.resetAt.getTime() <= this.now()) {
            this.windows.delete(resource);
            return null;
        }
        return window;
    }
}
