import type { GitHubClient } from '../github/github-client.js';
import { isIssueNumber } from '../github/map-nodes.js';
import { readLabelledIssues } from '../github/read-labelled-issues.js';
import { type MarkerTest, olderMarkedIssue } from './find-marked-issue.js';
import type { KnownIssue } from './known-issue.js';

/** The only REST routes the keepers write with (checked against GitHub's OpenAPI description). */
export type IssueWriteRoute =
  | 'POST /repos/{owner}/{repo}/issues'
  | 'PATCH /repos/{owner}/{repo}/issues/{issue_number}'
  | 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';

export const CREATE_ISSUE_ROUTE = 'POST /repos/{owner}/{repo}/issues';

export interface PlannedWrite {
  route: IssueWriteRoute;
  parameters: Record<string, unknown>;
  /** What the write does, in the report's language. */
  description: string;
}

/** An issue as far as linking to it goes. */
export type IssueIdentity = Pick<KnownIssue, 'number' | 'url'>;

/** What a keeper planned (and, once sent, did): the health issue's and the overview's results extend it. */
export interface MarkedIssueOutcome {
  action: string;
  issue: IssueIdentity | null;
  writes: PlannedWrite[];
  /** Duplicates closed (or to close, in a dry run). */
  healed: number[];
  message: string | null;
}

/** What the shared keeper needs to know of one kind of marked issue. */
export interface MarkedIssueKeeper {
  client: GitHubClient;
  owner: string;
  repo: string;
  label: string;
  isMarked: MarkerTest;
  /** Comment then close: what healing a duplicate takes, with a link to the issue kept. */
  duplicateWrites(duplicate: IssueIdentity, kept: IssueIdentity): PlannedWrite[];
  /** What to tell the user when a write was refused. */
  describeFailure(error: unknown, write: PlannedWrite): string;
}

/**
 * Sends a keeper's planned writes in order, stopping at the first refusal (`failed`, with what to
 * fix). After creating the issue it reads the labelled issues again (one request in the common
 * case): when another run (a second app process, the Action) created one first, it closes its own
 * at once as a duplicate of that older one, so concurrent first runs end with one open issue.
 * Never throws.
 */
export async function keepMarkedIssue<R extends MarkedIssueOutcome>(
  keeper: MarkedIssueKeeper,
  plan: R,
): Promise<R> {
  if (plan.writes.length === 0) return plan;
  const sent = await sendWrites(keeper, plan, plan.writes);
  if (plan.action !== 'created' || sent.action === 'failed') return sent;
  return settleConcurrentCreation(keeper, sent);
}

async function sendWrites<R extends MarkedIssueOutcome>(
  keeper: MarkedIssueKeeper,
  result: R,
  writes: PlannedWrite[],
): Promise<R> {
  let issue = result.issue;
  const healed: number[] = [];
  for (const write of writes) {
    try {
      const data = await keeper.client.write<{ number?: unknown; html_url?: unknown }>(
        write.route,
        write.parameters,
      );
      if (write.route === CREATE_ISSUE_ROUTE && isIssueNumber(data?.number)) {
        issue = { number: data.number, url: typeof data.html_url === 'string' ? data.html_url : '' };
      }
      if (write.parameters.state === 'closed') healed.push(write.parameters.issue_number as number);
    } catch (error) {
      return { ...result, action: 'failed', issue, healed, message: keeper.describeFailure(error, write) };
    }
  }
  return { ...result, issue };
}

/**
 * Just after a creation: when an older open marked issue exists, closes the one just created
 * (comment, then close) and points the result at the older one. A creation whose answer could not
 * be read learns which issue is kept. A failed re-read changes nothing (the next run heals).
 */
async function settleConcurrentCreation<R extends MarkedIssueOutcome>(
  keeper: MarkedIssueKeeper,
  created: R,
): Promise<R> {
  let marked: KnownIssue[];
  try {
    const listed = await readLabelledIssues(keeper.client, keeper);
    if (listed === null) return created;
    marked = listed.issues;
  } catch {
    return created;
  }
  const own = created.issue;
  const older = olderMarkedIssue(marked, own?.number ?? Number.POSITIVE_INFINITY, keeper.isMarked);
  if (!older) return created;
  const kept: IssueIdentity = { number: older.number, url: older.url };
  if (!own) return { ...created, issue: kept };
  const closing = keeper.duplicateWrites(own, kept);
  const closed = await sendWrites(keeper, { ...created, writes: [...created.writes, ...closing] }, closing);
  if (closed.action === 'failed') return { ...created, message: closed.message };
  return { ...closed, issue: kept, healed: [...created.healed, own.number] };
}
