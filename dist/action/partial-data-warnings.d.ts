import type { KeepHealthIssueResult } from '../issue/keep-health-issue.js';
import type { Report } from '../report/report.js';
/**
 * What the run could not do fully, one warning each: a data part that could not be read (its
 * signals are unknown), a configuration problem (defaults were used), an issue not kept.
 */
export declare function partialDataWarnings(report: Report, issue: KeepHealthIssueResult | null): string[];
