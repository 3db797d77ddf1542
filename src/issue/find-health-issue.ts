import { hasHealthMarker } from './issue-marker.js';
import type { KnownIssue } from './known-issue.js';

/**
 * Which marked issue is the product-health issue, and which open ones are duplicates to heal.
 * Kept: the oldest open marked issue, else the oldest closed one (a user closed it). Closed
 * duplicates are left alone.
 */
export function findHealthIssue(issues: KnownIssue[]): { kept: KnownIssue | null; duplicates: KnownIssue[] } {
  const marked = issues.filter((issue) => hasHealthMarker(issue.body)).sort(oldestFirst);
  const open = marked.filter((issue) => issue.state === 'open');
  const kept = open[0] ?? marked[0] ?? null;
  return { kept, duplicates: open.filter((issue) => issue !== kept) };
}

function oldestFirst(a: KnownIssue, b: KnownIssue): number {
  return (Date.parse(a.createdAt) || 0) - (Date.parse(b.createdAt) || 0) || a.number - b.number;
}
