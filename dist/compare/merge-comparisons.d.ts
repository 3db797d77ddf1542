import type { Comparison } from './comparison.js';
/** A file `merge` cannot use, with what is wrong in it. */
export declare class ComparisonFileError extends Error {
    constructor(file: string, problem: string);
}
/** A comparison written by `compare --format json`, validated against schemas/comparison.schema.json. */
export declare function parseComparison(text: string, file: string): Comparison;
export interface MergedComparison {
    comparison: Comparison;
    /** Shards missing from a sharded set, and other things the user should know. */
    warnings: string[];
}
/**
 * The comparisons of several shards (or runs) as one: rows and skipped repositories put together
 * (a repository present twice keeps its row from the later file), products and costs recomputed,
 * dated like the latest input. Gives the same result as one run over all the repositories.
 */
export declare function mergeComparisons(comparisons: readonly Comparison[]): MergedComparison;
