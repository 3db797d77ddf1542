import type { GitHubClient } from '../github/github-client.js';
import { toKnownIssue } from '../github/map-nodes.js';
import type { HealthIssueNode } from '../github/queries/details-query.js';
import { olderHealthIssue } from './find-health-issue.js';
import type { KnownIssue } from './known-issue.js';
import {
  CREATE_ISSUE_ROUTE,
  duplicateWrites,
  type IssueIdentity,
  type KeepHealthIssueResult,
  type PlanHealthIssueInput,
  type PlannedWrite,
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
 * The open issues carrying the label, oldest first, read again right after a creation: what the
 * other runs of the same moment created. Bodies are read for the marker.
 */
export const HEALTH_ISSUES_QUERY = /* GraphQL */ `
query HealthIssues($owner: String!, $name: String!, $labels: [String!]!) {
  rateLimit { cost remaining resetAt }
  repository(owner: $owner, name: $name) {
    issues(labels: $labels, first: 20, states: [OPEN], orderBy: { field: CREATED_AT, direction: ASC }) {
      nodes { number title body state stateReason createdAt url author { login } labels(first: 20) { nodes { name } } }
    }
  }
}`;

interface HealthIssuesResponse {
  repository: { issues: { nodes: Array<HealthIssueNode | null> | null } | null } | null;
}

/**
 * Keeps the one product-health issue of a repository: plans the writes, then sends them in order.
 * After creating the issue it reads the marked issues again (one request): when another run (a
 * second app process, the Action) created one first, it closes its own at once as a duplicate of
 * that older one, so concurrent first scans end with one open issue. Never throws: a refused write
 * gives `failed` with what to fix.
 */
export async function keepHealthIssue(input: KeepHealthIssueInput): Promise<KeepHealthIssueResult> {
  const plan = planHealthIssueWrites(input);
  if (input.dryRun || plan.writes.length === 0) return plan;
  const sent = await sendWrites(input, plan, plan.writes);
  if (plan.action !== 'created' || sent.action === 'failed') return sent;
  return settleConcurrentCreation(input, sent);
}

/** Sends `writes` in order, stopping at the first refusal (`failed`, with what to fix). */
async function sendWrites(
  input: KeepHealthIssueInput,
  result: KeepHealthIssueResult,
  writes: PlannedWrite[],
): Promise<KeepHealthIssueResult> {
  let issue = result.issue;
  const healed: number[] = [];
  for (const write of writes) {
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
      return { ...result, action: 'failed', issue, healed, message };
    }
  }
  return { ...result, issue };
}

/**
 * Just after a creation: when an older open marked issue exists, closes the one just created
 * (comment, then close) and points the result at the older one. A creation whose answer could not
 * be read learns which issue is kept. A failed re-read changes nothing (the next run heals).
 */
async function settleConcurrentCreation(
  input: KeepHealthIssueInput,
  created: KeepHealthIssueResult,
): Promise<KeepHealthIssueResult> {
  const marked = await rereadHealthIssues(input);
  if (marked === null) return created;
  const own = created.issue;
  const older = olderHealthIssue(marked, own?.number ?? Number.POSITIVE_INFINITY);
  if (!older) return created;
  const kept: IssueIdentity = { number: older.number, url: older.url };
  if (!own) return { ...created, issue: kept };
  const closing = duplicateWrites(input, own, kept);
  const closed = await sendWrites(input, { ...created, writes: [...created.writes, ...closing] }, closing);
  if (closed.action === 'failed') return { ...created, message: closed.message };
  return { ...closed, issue: kept, healed: [...created.healed, own.number] };
}

/** The open issues carrying the label, read again; null when they could not be read. */
async function rereadHealthIssues(input: KeepHealthIssueInput): Promise<KnownIssue[] | null> {
  try {
    const data = await input.client.query<HealthIssuesResponse>(HEALTH_ISSUES_QUERY, {
      owner: input.owner,
      name: input.repo,
      labels: [input.settings.label],
    });
    const nodes = data?.repository?.issues?.nodes;
    if (!Array.isArray(nodes)) return null;
    return nodes.filter((node): node is HealthIssueNode => node !== null).map(toKnownIssue);
  } catch {
    return null;
  }
}
