import type { Comparison } from '../compare/comparison.js';
import type { GitHubClient } from '../github/github-client.js';
import { type PlannedWrite } from '../issue/keep-marked-issue.js';
import type { Language } from '../model/ids.js';
export interface KeepOverviewIssueInput {
    client: GitHubClient;
    /** The repository holding the overview issue: the owner's `.github` by default. */
    owner: string;
    repo: string;
    comparison: Comparison;
    /** Whose repositories the table shows (the comparison's owner). */
    subject: string;
    language: Language;
    label: string;
    dryRun: boolean;
}
/** A write the overview keeper sends (the same routes as the product-health issue's). */
export type OverviewWrite = PlannedWrite;
export interface OverviewIssueResult {
    action: 'created' | 'updated' | 'unchanged' | 'left-closed' | 'failed';
    issue: {
        number: number;
        url: string;
    } | null;
    body: string;
    omittedRows: number;
    writes: OverviewWrite[];
    /** Duplicates closed (or to close, in a dry run). */
    healed: number[];
    message: string | null;
}
/**
 * Keeps the organisation overview issue with the product-health issue's keeper: found by its
 * hidden marker among ALL the issues carrying the label, created once, edited only when its
 * content changed, left closed when someone closed it, open duplicates closed with a neutral link
 * to the oldest open one (a closed duplicate is left alone), read again after a creation. Never
 * throws for a GitHub answer: a refusal is `failed` with what to fix.
 */
export declare function keepOverviewIssue(input: KeepOverviewIssueInput): Promise<OverviewIssueResult>;
