import type { GitHubClient } from '../github/github-client.js';
import {
  CREATE_ISSUE_ROUTE,
  type KeepHealthIssueResult,
  type PlanHealthIssueInput,
  planHealthIssueWrites,
} from './plan-health-issue-writes.js';
import { writeFailureMessage } from './write-failure-message.js';

export {
  type IssueAction,
  type IssueWriteRoute,
  type KeepHealthIssueResult,
  type PlanHealthIssueInput,
  type PlannedWrite,
  planHealthIssueWrites,
} from './plan-health-issue-writes.js';

export interface KeepHealthIssueInput extends PlanHealthIssueInput {
  client: GitHubClient;
  /** Send nothing; `writes` lists what would be sent. */
  dryRun: boolean;
}

/**
 * Keeps the one product-health issue of a repository: plans the writes, then sends them in order.
 * Never throws: a refused write gives `failed` with what to fix.
 */
export async function keepHealthIssue(input: KeepHealthIssueInput): Promise<KeepHealthIssueResult> {
  const plan = planHealthIssueWrites(input);
  if (input.dryRun || plan.writes.length === 0) return plan;
  let issue = plan.issue;
  const healed: number[] = [];
  for (const write of plan.writes) {
    try {
      const data = await input.client.write<{ number?: unknown; html_url?: unknown }>(
        write.route,
        write.parameters,
      );
      if (write.route === CREATE_ISSUE_ROUTE && typeof data?.number === 'number') {
        issue = { number: data.number, url: typeof data.html_url === 'string' ? data.html_url : '' };
      }
      if (write.parameters.state === 'closed') healed.push(write.parameters.issue_number as number);
    } catch (error) {
      const message = writeFailureMessage(error, write.description, input.report.language);
      return { ...plan, action: 'failed', issue, healed, message };
    }
  }
  return { ...plan, issue };
}
