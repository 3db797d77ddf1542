/** Median of the values, null for an empty list. */
export declare function median(values: readonly number[]): number | null;
/** Nearest-rank percentile (p in 0–100), null for an empty list. */
export declare function percentile(values: readonly number[], p: number): number | null;
/** Rounds to the given number of decimals (default 1) so reports stay stable and readable. */
export declare function round(value: number, decimals?: number): number;
/** Clamps a number into [min, max]. */
export declare function clamp(value: number, min: number, max: number): number;
/**
 * Linear interpolation of a score between two reference points: `at` of `worst` gives 0,
 * `at` of `best` gives 100, clamped. Works whether higher or lower is better.
 */
export declare function scoreBetween(value: number, worst: number, best: number): number;
