/** Median of the values, null for an empty list. */
export function median(values) {
    return percentile(values, 50);
}
/** Nearest-rank percentile (p in 0–100), null for an empty list. */
export function percentile(values, p) {
    if (values.length === 0)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
    return sorted[Math.min(rank, sorted.length) - 1] ?? null;
}
/** Rounds to the given number of decimals (default 1) so reports stay stable and readable. */
export function round(value, decimals = 1) {
    const factor = 10 ** decimals;
    return Math.round(value * factor) / factor;
}
/** Clamps a number into [min, max]. */
export function clamp(value, min, max) {
    return Math.min(max, Math.max(min, value));
}
/**
 * Linear interpolation of a score between two reference points: `at` of `worst` gives 0,
 * `at` of `best` gives 100, clamped. Works whether higher or lower is better.
 */
export function scoreBetween(value, worst, best) {
    if (best === worst)
        return value === best ? 100 : 0;
    return Math.round(clamp(((value - worst) / (best - worst)) * 100, 0, 100));
}
