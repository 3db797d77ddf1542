import type { KnownIssue } from '../issue/known-issue.js';
import type { GitHubClient } from './github-client.js';
import { type LabelledIssuePage } from './queries/labelled-issues-query.js';
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
export declare function readLabelledIssues(client: GitHubClient, where: {
    owner: string;
    repo: string;
    label: string;
    after?: string | null;
}): Promise<LabelledIssues | null>;
/** The cursor of the next page, null when this one was the last. */
export declare function nextCursor(page: LabelledIssuePage | null | undefined): string | null;
