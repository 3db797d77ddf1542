import type { KeepHealthIssueResult } from '../issue/keep-health-issue.js';
import type { OverviewIssueResult } from '../overview/keep-overview-issue.js';
import type { Report } from '../report/report.js';
/** The outputs declared in `action.yml`, as the strings a workflow reads (`''` when there is none). */
export interface ActionOutputs {
    score: string;
    grade: string;
    'issue-number': string;
    'report-path': string;
}
export declare function actionOutputs(report: Report, issue: KeepHealthIssueResult | null, reportPath: string): ActionOutputs;
/** The outputs of `overview: true`, set only then (unset outputs read as `''` in a workflow). */
export interface OverviewOutputs {
    'overview-issue-number': string;
    'dashboard-path': string;
}
export declare function overviewOutputs(result: OverviewIssueResult, dashboardPath: string): OverviewOutputs;
export declare function setActionOutputs(setOutput: (name: string, value: string) => void, outputs: ActionOutputs | OverviewOutputs): void;
