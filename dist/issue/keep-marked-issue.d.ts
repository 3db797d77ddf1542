import type { GitHubClient } from '../github/github-client.js';
import { type MarkerTest } from './find-marked-issue.js';
import type { KnownIssue } from './known-issue.js';
/** The only REST routes the keepers write with (checked against GitHub's OpenAPI description). */
export type IssueWriteRoute = 'POST /repos/{owner}/{repo}/issues' | 'PATCH /repos/{owner}/{repo}/issues/{issue_number}' | 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
export declare const CREATE_ISSUE_ROUTE = "POST /repos/{owner}/{repo}/issues";
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
export declare function keepMarkedIssue<R extends MarkedIssueOutcome>(keeper: MarkedIssueKeeper, plan: R): Promise<R>;
