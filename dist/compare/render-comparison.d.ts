import type { Language } from '../model/ids.js';
import type { Comparison } from './comparison.js';
export declare const COMPARISON_FORMATS: readonly ['markdown', 'csv', 'json', 'html'];
export type ComparisonFormat = (typeof COMPARISON_FORMATS)[number];
/** File extension of each format, for `--output DIR`. */
export declare const COMPARISON_EXTENSIONS: Record<ComparisonFormat, string>;
export declare function renderComparison(comparison: Comparison, format: ComparisonFormat, language: Language): string;
export declare function renderComparisonMarkdown(comparison: Comparison, language: Language): string;
