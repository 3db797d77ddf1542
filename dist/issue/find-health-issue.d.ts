import type { KnownIssue } from './known-issue.js';
/**
 * Which marked issue is the product-health issue, and which open ones are duplicates to heal.
 * Kept: the oldest open marked issue, else the oldest closed one (a user closed it). Closed
 * duplicates are left alone.
 */
export declare function findHealthIssue(issues: KnownIssue[]): {
    kept: KnownIssue | null;
    duplicates: KnownIssue[];
};
/**
 * Right after a run created issue `own`: the open marked issue created before it, which is the one
 * to keep (another run created it at the same time), or null when `own` is the one to keep. `own`
 * may be missing from `issues` (a list read just after the creation): issue numbers then tell
 * which came first.
 */
export declare function olderHealthIssue(issues: KnownIssue[], own: number): KnownIssue | null;
