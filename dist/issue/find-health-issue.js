import { hasHealthMarker } from './issue-marker.js';
/**
 * Which marked issue is the product-health issue, and which open ones are duplicates to heal.
 * Kept: the oldest open marked issue, else the oldest closed one (a user closed it). Closed
 * duplicates are left alone.
 */
export function findHealthIssue(issues) {
    const marked = issues.filter((issue) => hasHealthMarker(issue.body)).sort(oldestFirst);
    const open = marked.filter((issue) => issue.state === 'open');
    const kept = open[0] ?? marked[0] ?? null;
    return { kept, duplicates: open.filter((issue) => issue !== kept) };
}
/**
 * Right after a run created issue `own`: the open marked issue created before it, which is the one
 * to keep (another run created it at the same time), or null when `own` is the one to keep. `own`
 * may be missing from `issues` (a list read just after the creation): issue numbers then tell
 * which came first.
 */
export function olderHealthIssue(issues, own) {
    const { kept } = findHealthIssue(issues);
    if (kept?.state !== 'open' || kept.number === own)
        return null;
    const ours = issues.find((issue) => issue.number === own && hasHealthMarker(issue.body));
    // Already closed (another run healed it): nothing left to do.
    if (ours?.state === 'closed')
        return null;
    // With ours open in the list, an open `kept` other than ours is older by definition.
    return ours || kept.number < own ? kept : null;
}
function oldestFirst(a, b) {
    return (Date.parse(a.createdAt) || 0) - (Date.parse(b.createdAt) || 0) || a.number - b.number;
}
//# sourceMappingURL=find-health-issue.js.map