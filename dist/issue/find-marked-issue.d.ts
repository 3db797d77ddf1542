import type { KnownIssue } from './known-issue.js';
/** Tells an issue body carrying a keeper's hidden marker (the product-health issue's by default). */
export type MarkerTest = (body: string | null) => boolean;
/**
 * Which marked issue a keeper keeps, and which open ones are duplicates to heal — the one rule of
 * the product-health issue and of the organisation overview. Kept: the oldest open marked issue,
 * else the oldest closed one (someone closed it). Closed duplicates are left alone: never
 * commented on, never closed again.
 */
export declare function findMarkedIssue(issues: KnownIssue[], isMarked?: MarkerTest): {
    kept: KnownIssue | null;
    duplicates: KnownIssue[];
};
/**
 * Right after a run created issue `own`: the open marked issue created before it, which is the one
 * to keep (another run created it at the same time), or null when `own` is the one to keep. `own`
 * may be missing from `issues` (a list read just after the creation): issue numbers then tell
 * which came first.
 */
export declare function olderMarkedIssue(issues: KnownIssue[], own: number, isMarked?: MarkerTest): KnownIssue | null;
