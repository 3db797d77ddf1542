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

export function actionOutputs(
  report: Report,
  issue: KeepHealthIssueResult | null,
  reportPath: string,
): ActionOutputs {
  return {
    score: report.score === null ? '' : String(report.score),
    grade: report.grade ?? '',
    'issue-number': issue?.issue ? String(issue.issue.number) : '',
    'report-path': reportPath,
  };
}

/** The outputs of `overview: true`, set only then (unset outputs read as `''` in a workflow). */
export interface OverviewOutputs {
  'overview-issue-number': string;
  'dashboard-path': string;
}

export function overviewOutputs(result: OverviewIssueResult, dashboardPath: string): OverviewOutputs {
  return {
    'overview-issue-number': result.issue ? String(result.issue.number) : '',
    'dashboard-path': dashboardPath,
  };
}

export function setActionOutputs(
  setOutput: (name: string, value: string) => void,
  outputs: ActionOutputs | OverviewOutputs,
): void {
  for (const [name, value] of Object.entries(outputs)) setOutput(name, value);
}
