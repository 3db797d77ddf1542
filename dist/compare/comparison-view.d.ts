import { type Language } from '../model/ids.js';
import type { Comparison, ComparisonRow, GradedScore } from './comparison.js';
/** `B (72)`, `?` when unknown: a letter always, never colour alone. */
export declare function gradeText(graded: GradedScore): string;
/** `▃▅▇ 62 → 71` from the kept history; `—` with fewer than two known scores. */
export declare function trendLine(history: ComparisonRow['history']): string;
/** The data the Markdown templates draw (comparison and organisation overview issue). */
export declare function comparisonView(comparison: Comparison, language: Language, rowLimit?: number): {
    L: import("./comparison-labels.js").ComparisonLabels;
    pillarHeaders: {
        short: string;
        title: string;
    }[];
    rows: {
        repository: string;
        product: string;
        overall: string;
        pillars: string[];
        trend: string;
        origin: string;
        issue: string;
    }[];
    omitted: number;
    partialNote: string;
    omittedText: string;
    hasProducts: boolean;
    products: {
        name: string;
        repositories: string;
        overall: string;
        pillars: string[];
    }[];
    distribution: {
        pillar: string;
        counts: number[];
    }[];
    gradeHeaders: string[];
    skipped: {
        repository: string;
        reason: string;
    }[];
    problems: {
        repository: string;
        problems: string[];
    }[];
    total: number;
};
