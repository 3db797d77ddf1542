import { githubDate } from './repository-spec.js';
const HOUR = 3_600_000;
export const RATE_LIMIT_DOCUMENTATION = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api';
const SECONDARY_DOCUMENTATION = `${RATE_LIMIT_DOCUMENTATION}#about-secondary-rate-limits`;
/** A whole budget whose hour starts now. */
export function newWindow(limit, remaining, now) {
    return { limit, remaining, resetAt: githubDate(new Date(now.getTime() + HOUR).toISOString()) };
}
/** Starts a new hour (whole budget) once the window's reset time has come, as GitHub does. */
export function refreshWindow(window, now) {
    if (now.getTime() < Date.parse(window.resetAt))
        return;
    window.remaining = window.limit;
    window.resetAt = githubDate(new Date(now.getTime() + HOUR).toISOString());
}
/** The `x-ratelimit-*` headers of a window, for `resource` (`core`, `graphql`). */
export function rateHeaders(window, resource) {
    return {
        'x-ratelimit-limit': String(window.limit),
        'x-ratelimit-remaining': String(Math.max(0, window.remaining)),
        'x-ratelimit-used': String(Math.max(0, window.limit - window.remaining)),
        'x-ratelimit-reset': String(Math.floor(Date.parse(window.resetAt) / 1000)),
        'x-ratelimit-resource': resource,
    };
}
/**
 * GitHub's body when the hour's budget is spent (HTTP 403, `x-ratelimit-remaining: 0`); `who` is
 * `installation ID 12` or `user ID 1`.
 */
export function primaryLimitBody(who, requestId, now) {
    return {
        message: `API rate limit exceeded for ${who}. If you reach out to GitHub Support for help, please include the request ID ${requestId} and timestamp ${supportTimestamp(now)}.`,
        documentation_url: RATE_LIMIT_DOCUMENTATION,
        status: '403',
    };
}
/** GitHub's body for a secondary rate limit (HTTP 403 with `retry-after`). */
export function secondaryLimitBody(requestId, now) {
    return {
        message: `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${requestId} and timestamp ${supportTimestamp(now)}.`,
        documentation_url: SECONDARY_DOCUMENTATION,
        status: '403',
    };
}
function supportTimestamp(now) {
    return `${now.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
/**
 * GitHub's secondary limit on content creation: at most `max` writes in any rolling `windowMs`.
 * A refused write is not counted.
 */
export class SecondaryLimit {
    max;
    windowMs;
    accepted = [];
    constructor(max, windowMs) {
        this.max = max;
        this.windowMs = windowMs;
    }
    /** Null when the write may go; else the seconds to wait (`retry-after`), at least 1. */
    admit(now) {
        const at = now.getTime();
        while (this.accepted.length > 0 && this.accepted[0] <= at - this.windowMs) {
            this.accepted.shift();
        }
        if (this.accepted.length >= this.max) {
            const oldest = this.accepted[0];
            return Math.max(1, Math.ceil((oldest + this.windowMs - at) / 1000));
        }
        this.accepted.push(at);
        return null;
    }
}
//# sourceMappingURL=rate-limits.js.map