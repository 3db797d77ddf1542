import type { ScanCost } from '../github/github-client.js';
import { type Comparison, type ComparisonRow, type ComparisonScope, type GradedScore, type ProductRow, type SkippedRepository } from './comparison.js';
export interface ComparisonParts {
    scope: ComparisonScope;
    rows: readonly ComparisonRow[];
    skipped: readonly SkippedRepository[];
    cost: ScanCost;
    now: Date;
}
/** Rows sorted, duplicates dropped (the last one read wins), products aggregated. Pure. */
export declare function assembleComparison(parts: ComparisonParts): Comparison;
/**
 * A product spread over several repositories shows a practice when any of them shows it (the
 * vision in one, deployments in another), so each pillar takes the best score known among them;
 * the overall score is the mean of those pillars.
 */
export declare function productsOf(rows: readonly ComparisonRow[]): ProductRow[];
export declare function graded(score: number | null): GradedScore;
/** A cost with every count at zero, to add to. */
export declare function emptyCost(): ScanCost;
export declare function addCost(total: ScanCost, more: ScanCost): ScanCost;
/** Case-insensitive order of repository and product names, stable across machines. */
export declare function byName(a: string, b: string): number;
