import type { GitHubClient } from '../github/github-client.js';
import { type KeepHealthIssueResult, type PlanHealthIssueInput } from './plan-health-issue-writes.js';
export { type IssueAction, type IssueWriteRoute, type KeepHealthIssueResult, type PlanHealthIssueInput, type PlannedWrite, planHealthIssueWrites, } from './plan-health-issue-writes.js';
export interface KeepHealthIssueInput extends PlanHealthIssueInput {
    client: GitHubClient;
    /** Send nothing; `writes` lists what would be sent. */
    dryRun: boolean;
}
/**
 * Keeps the one product-health issue of a repository: plans the writes, then sends them through
 * the keeper shared with the organisation overview (`keepMarkedIssue`: in order, the issue read
 * again after a creation so that concurrent first scans end with one open issue). Never throws: a
 * refused write gives `failed` with what to fix.
 */
export declare function keepHealthIssue(input: KeepHealthIssueInput): Promise<KeepHealthIssueResult>;
