import type { Comparison } from '../compare/comparison.js';
import type { Language } from '../model/ids.js';
/** Hidden in the organisation overview issue's body: how it is recognised, whatever its title. */
export declare const OVERVIEW_MARKER = "<!-- product-health:overview -->";
export declare function hasOverviewMarker(body: string | null | undefined): boolean;
export interface OverviewBody {
    title: string;
    body: string;
    /** Repositories left out of the table to stay under GitHub's size limit. */
    omittedRows: number;
}
/**
 * The overview issue: the comparison table without anything that changes from run to run
 * (no date, no "read from the issue / scanned" column), under `MAX_BODY_CHARS` by leaving out
 * the last rows with a note pointing at the dashboard.
 */
export declare function renderOverviewBody(comparison: Comparison, owner: string, language: Language): OverviewBody;
