export interface SparklinePoint {
    date: string;
    score: number | null;
}
export interface SparklineSize {
    width: number;
    height: number;
}
/**
 * An inline SVG of the scores over time, drawn server-side so the page needs no script for it.
 * The y axis always spans 0–100, so two repositories' lines can be compared by eye; unknown
 * scores leave a gap. Decorative (`aria-hidden`): `sparklineText` is its text alternative.
 * Empty when no score is known.
 */
export declare function sparklineSvg(history: readonly SparklinePoint[], size?: SparklineSize): string;
/** `62 → 71`: the first and the last known score; one score alone when only one is known; empty when none is. */
export declare function sparklineText(history: readonly SparklinePoint[]): string;
/** Last known score minus the first; null with fewer than two known scores. */
export declare function scoreChange(history: readonly SparklinePoint[]): number | null;
