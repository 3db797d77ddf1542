import { type Language, type PillarId } from '../model/ids.js';
import type { ComparisonRow } from './comparison.js';
export interface ComparisonLabels {
    title: string;
    intro: string;
    repository: string;
    product: string;
    overall: string;
    trend: string;
    origin: string;
    issue: string;
    origins: Record<ComparisonRow['origin'], string>;
    distribution: string;
    unknown: string;
    partialNote: string;
    products: string;
    repositories: string;
    skipped: string;
    skipReasons: Record<'archived' | 'fork' | 'settings', string>;
    problems: string;
    omitted: (count: number) => string;
    none: string;
    /** Short pillar names for table headers; the guide's full titles are in `PILLARS`. */
    pillars: Record<PillarId, string>;
}
export declare function comparisonLabelsFor(language: Language): ComparisonLabels;
