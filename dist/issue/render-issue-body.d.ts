import type { Report } from '../report/report.js';
import { type IssueState } from './issue-state.js';
/** GitHub refuses bodies over 65,536 characters; keep a margin. */
export declare const MAX_BODY_CHARS = 60000;
export interface RenderedIssue {
    title: string;
    body: string;
    /** Ids of the sections left out to fit (`guide-quotes`, `signal:<id>`, `config-problems`, `unavailable`). */
    omittedSections: string[];
}
/**
 * The product-health issue's title and body, short enough to be read to the end: an intro, the
 * grade, what changed and the next steps first (the first screen on a phone), then each pillar
 * with its failing and warning signals in full, the others one line each and the guide's words
 * folded. The JSON report keeps every detail. Nothing volatile (no time, no run): the same report
 * and state give the same bytes. Over the size limit, whole sections are left out, least useful
 * first; the marker, the grade, the next steps and the state always stay.
 */
export declare function renderIssueBody(report: Report, state: IssueState, options: {
    ticked: ReadonlySet<string>;
}): RenderedIssue;
