import { type PillarId, type SignalId, type Status } from '../model/ids.js';
import type { Report, ReportTrends } from '../report/report.js';
/** Scores kept on one day. */
export interface HistoryEntry {
    date: string;
    score: number | null;
    pillars: Record<PillarId, number | null>;
}
/** Machine-readable state kept hidden in the product-health issue: trends need no database. */
export interface IssueState {
    version: 1;
    score: number | null;
    grade: string | null;
    pillars: Record<PillarId, number | null>;
    signals: Record<SignalId, Status>;
    /** Distinct scores over time, oldest first, the current ones last. */
    history: HistoryEntry[];
}
export declare const MAX_HISTORY_ENTRIES = 24;
/** The state as a hidden HTML comment; `<` and `>` are escaped so nothing inside can close it. */
export declare function stateComment(state: IssueState): string;
/** The state kept in an issue body; null when absent or unreadable, sanitised when hand-edited. Never throws. */
export declare function readIssueState(body: string | null): IssueState | null;
/**
 * The state after this scan. History gains an entry only when scores changed; a second change on
 * the same day replaces that day's entry. The same report twice gives the same state.
 */
export declare function nextIssueState(previous: IssueState | null, report: Report, now: Date): IssueState;
/** The current scores compared with the latest history entry that differs from them; null without a past. */
export declare function trendsFromState(state: IssueState): ReportTrends | null;
