/**
 * French product documents for the sample organisations, written as public-sector product teams
 * write them: a vision following the guide's checklist, indicators (success, impact, direction
 * with targets), a short-term roadmap whose calendar is dated from when it was written, and a
 * README. Each comes complete or partial, as a file (`# Vision`) or as a README / product sheet
 * section (`## Vision` with `###` sub-sections).
 */
/** What a product is about: the words its documents are made of. */
export interface SampleTheme {
    /** Name part: `jeunes` in `aides-jeunes`. */
    slug: string;
    /** Display part: `jeunes` in `Aides jeunes`. */
    label: string;
    /** `ta` / `ton` for `trouve-ta-formation`; null when that name would not be French. */
    possessive: 'ta' | 'ton' | null;
    purpose: string;
    users: string;
    problem: string;
    solution: string;
    impact: string;
    objective: string;
    kpi: string;
    impactIndicator: string;
    direction: string;
    initiatives: [string, string];
    dependency: string;
}
export declare const SAMPLE_THEMES: readonly SampleTheme[];
export interface SampleName {
    /** Repository name: `aides-jeunes`. */
    slug: string;
    /** Product name: `Aides jeunes`. */
    label: string;
    theme: SampleTheme;
}
/** Every prefix × theme name, in a fixed order (the generator shuffles them by seed). */
export declare const SAMPLE_NAMES: readonly SampleName[];
/** Complete (the guide's five items), partial (purpose and users only). */
export type VisionQuality = 'complete' | 'partial';
/** Complete (three kinds, objectives, targets), partial (visits, no target, a stats link). */
export type IndicatorsQuality = 'complete' | 'partial';
/** Short-term (four components, 3–4 months), partial (priorities only), Agilefall (two years ahead). */
export type RoadmapQuality = 'complete' | 'partial' | 'agilefall';
/** Where a document sits: its own file (`# Title`), or a section of a README or product sheet. */
export interface DocumentPlacement {
    /** 1 for a file, 2 for a section. */
    level: 1 | 2;
    /** The title line's text: `Vision`, `Notre vision`, `Feuille de route`… */
    heading: string;
}
export declare function visionText(theme: SampleTheme, quality: VisionQuality, placement: DocumentPlacement): string;
/**
 * Indicators; `figures` sets the measured value and the target of the success indicator (two
 * numbers between 0 and 100, drawn by the generator).
 */
export declare function indicatorsText(theme: SampleTheme, quality: IndicatorsQuality, placement: DocumentPlacement, figures: {
    current: number;
    target: number;
}, statsUrl: string): string;
/**
 * A roadmap as written on `writtenAt`: its calendar names the months after that day, so a roadmap
 * written long ago plans for months already past.
 */
export declare function roadmapText(theme: SampleTheme, quality: RoadmapQuality, placement: DocumentPlacement, writtenAt: Date): string;
export type SampleStack = 'node' | 'python' | 'rails';
/**
 * A README: the product's name and one-line description, the product sections it hosts (already
 * written at level 2), an optional support section, how to run it, the licence.
 */
export declare function readmeText(options: {
    label: string;
    description: string;
    archivedNote: string | null;
    sections: readonly string[];
    support: {
        heading: string;
        email: string;
    } | null;
    stack: SampleStack;
}): string;
/** A product sheet (`FICHEPRODUIT.md`) holding several product sections. */
export declare function productSheetText(label: string, sections: readonly string[]): string;
