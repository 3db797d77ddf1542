import type { KeepHealthIssueResult } from '../issue/keep-health-issue.js';
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

export function setActionOutputs(
  setOutput: (name: string, value: string) => void,
  outputs: ActionOutputs,
): void {
  for (const [name, value] of Object.entries(outputs)) setOutput(name, value);
}
