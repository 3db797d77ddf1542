import type { ProductHealthConfig } from '../config/config.js';
import type { Report } from '../report/report.js';
import type { IssueState } from './issue-state.js';
import { type IssueIdentity, type IssueWriteRoute, type PlannedWrite } from './keep-marked-issue.js';
import type { KnownIssue } from './known-issue.js';
export type { IssueIdentity, IssueWriteRoute, PlannedWrite };
export type IssueAction = 'created' | 'updated' | 'unchanged' | 'left-closed' | 'reopened' | 'skipped' | 'failed';
export interface KeepHealthIssueResult {
    action: IssueAction;
    issue: {
        number: number;
        url: string;
    } | null;
    title: string;
    body: string;
    writes: PlannedWrite[];
    /** Duplicates closed (or to close, in a dry run). */
    healed: number[];
    omittedSections: string[];
    message: string | null;
}
export interface PlanHealthIssueInput {
    owner: string;
    repo: string;
    /** Already carries trends. */
    report: Report;
    /** From `nextIssueState`. */
    state: IssueState;
    /** Every issue carrying the label, any state; only those with the marker count. */
    existing: KnownIssue[];
    settings: ProductHealthConfig['issue'];
    /** False when the repository has issues switched off: nothing is written. */
    issuesEnabled: boolean;
}
/**
 * What keeping the product-health issue takes, without sending anything: create it, edit it only
 * when its content changed, respect a user who closed it, and heal duplicates. Pure.
 */
export declare function planHealthIssueWrites(input: PlanHealthIssueInput): KeepHealthIssueResult;
/**
 * What closing a duplicate takes: a comment linking (neutrally) to the issue kept, then the close
 * as "not planned". The same for a duplicate found by a scan and for the issue a run has just
 * created when another run created one first.
 */
export declare function duplicateWrites(input: Pick<PlanHealthIssueInput, 'owner' | 'repo' | 'report'>, duplicate: IssueIdentity, kept: IssueIdentity): PlannedWrite[];
