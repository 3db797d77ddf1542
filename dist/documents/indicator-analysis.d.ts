/** The guide's three kinds of indicators: success (KPI), impact, direction (progress/trend). */
export declare const INDICATOR_KINDS: readonly ['success', 'impact', 'direction'];
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];
export interface IndicatorAnalysis {
    kinds: IndicatorKind[];
    /** The line that shows each kind, shortened. */
    kindEvidence: Partial<Record<IndicatorKind, string>>;
    /** Objectives are named (objectif, goal, objective…). */
    objectives: boolean;
    /** The first line (not a heading) that states an objective, shortened: what a next step can quote. */
    objectiveEvidence: string | null;
    /** Number of lines holding a measurable target (a figure, a ratio, a duration, a target value). */
    targetCount: number;
    /** The first few of those lines, shortened. */
    targets: string[];
    /** Objectives and measurable indicators are both present, so they can be told apart. */
    distinct: boolean;
}
/**
 * What an indicators document shows: the kinds of indicators it names, whether it names objectives,
 * and whether it sets measurable targets — the guide tells objectives (a qualitative ambition) from
 * indicators (measuring progress towards them: « augmentation de 20 % de la satisfaction »).
 */
export declare function analyzeIndicators(markdown: string): IndicatorAnalysis;
