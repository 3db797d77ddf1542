import type { ScanCost } from '../github/github-client.js';
import type { KeepHealthIssueResult } from '../issue/keep-health-issue.js';
/** One line on what reading GitHub cost, for standard error. */
export declare function describeCost(cost: ScanCost): string;
/** One line on what happened (or would happen) to the product-health issue. */
export declare function describeIssueOutcome(result: KeepHealthIssueResult, dryRun: boolean): string;
