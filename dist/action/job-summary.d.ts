import type { KeepHealthIssueResult } from '../issue/keep-health-issue.js';
import type { Localized } from '../model/ids.js';
import type { OverviewIssueResult } from '../overview/keep-overview-issue.js';
import type { Report } from '../report/report.js';
import type { JobSummary } from './action-io.js';
/**
 * The job summary of a run: the overall grade, the pillar table, the next steps, what could not
 * be read and the product-health issue. Added to `summary`'s buffer; the caller writes it.
 */
export declare function addJobSummary(summary: JobSummary, report: Report, issue: KeepHealthIssueResult | null, dryRun: boolean): JobSummary;
/**
 * The line on the organisation overview issue (`overview: true`), with its link: added to
 * `summary`'s buffer after the run's own summary; the caller writes it.
 */
export declare function addOverviewSummary(summary: JobSummary, result: OverviewIssueResult, repository: string, dryRun: boolean, language: keyof Localized): JobSummary;
