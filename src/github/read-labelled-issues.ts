import type { KnownIssue } from '../model/known-issue.js';
import type { GitHubClient } from './github-client.js';
import { nodesOf, toKnownIssues } from './map-nodes.js';
import {
  LABELLED_ISSUES_QUERY,
  type LabelledIssuePage,
  type LabelledIssuesResponse,
} from './queries/labelled-issues-query.js';

/** Pages of 100 read at most: past 5,000 labelled issues the list is not known whole. */
const MAX_PAGES = 50;

export interface LabelledIssues {
  issuesEnabled: boolean;
  /** Every issue carrying the label, open or closed, oldest first. */
  issues: KnownIssue[];
}

/**
 * Every issue carrying `label` (all pages, one request per 100), from `after` when a first page
 * was already read elsewhere (the details query). Null when the repository cannot be seen; throws
 * when GitHub's answer cannot be read, or when the list is too long to be read whole (a marked
 * issue could hide past it, and a keeper must then write nothing rather than a duplicate).
 */
export async function readLabelledIssues(
  client: GitHubClient,
  where: { owner: string; repo: string; label: string; after?: string | null },
): Promise<LabelledIssues | null> {
  const issues: KnownIssue[] = [];
  let after = where.after ?? null;
  let issuesEnabled = true;
  for (let page = 0; page < MAX_PAGES; page++) {
    const data = await client.query<LabelledIssuesResponse>(LABELLED_ISSUES_QUERY, {
      owner: where.owner,
      name: where.repo,
      labels: [where.label],
      after,
    });
    const repository = data?.repository;
    if (!repository) return null;
    issuesEnabled = repository.hasIssuesEnabled;
    issues.push(...toKnownIssues(nodesOf(repository.issues)));
    after = nextCursor(repository.issues);
    if (after === null) return { issuesEnabled, issues };
  }
  throw new Error(
    `more than ${MAX_PAGES * 100} issues carry the label "${where.label}": rename the label (issue.label) or remove it from old issues`,
  );
}

/** The cursor of the next page, null when this one was the last. */
export function nextCursor(page: LabelledIssuePage | null | undefined): string | null {
  return page?.pageInfo?.hasNextPage === true && page.pageInfo.endCursor ? page.pageInfo.endCursor : null;
}
