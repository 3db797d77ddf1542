import type { Comparison } from './comparison.js';
/**
 * One line per repository with stable, language-neutral column names (ids), for spreadsheets and
 * scripts: scores 0–100 and grades per pillar, every signal's status, the health issue.
 */
export declare function renderComparisonCsv(comparison: Comparison): string;
