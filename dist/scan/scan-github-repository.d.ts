import type { GitHubSource } from '../github/github-source.js';
import { type IssueState } from '../issue/issue-state.js';
import { type KeepHealthIssueResult } from '../issue/keep-health-issue.js';
import type { Report } from '../report/report.js';
import { type ScanOptions } from './scan-repository.js';
export interface GitHubScanOptions extends ScanOptions {
    /** Create or update the product-health issue. */
    writeIssue: boolean;
    /** Work out the issue's writes without sending them. */
    dryRun: boolean;
}
export interface GitHubScanResult {
    /** The report, with trends from the issue's kept state and what reading GitHub cost. */
    report: Report;
    /** What happened to the product-health issue; null when it was not asked for. */
    issue: KeepHealthIssueResult | null;
    /** The state this scan keeps (or would keep) in the issue: scores and their history. */
    state: IssueState;
}
/**
 * Scans a repository through GitHub's API and, when asked, keeps its product-health issue: the
 * scores kept in the issue give the trends, the new report gives the new body. The app, the
 * Action and `product-health scan OWNER/REPO` all call this. Throws `RateLimitedError` when
 * GitHub's hourly budget ran out during the scan: nothing is reported or written from it.
 */
export declare function scanGitHubRepository(source: GitHubSource, options: GitHubScanOptions): Promise<GitHubScanResult>;
