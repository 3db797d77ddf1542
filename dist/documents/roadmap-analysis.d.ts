/** The four parts of the guide's short-term roadmap, in its order. */
export declare const ROADMAP_COMPONENTS: readonly ['objectives', 'initiatives', 'dependencies', 'calendar'];
export type RoadmapComponent = (typeof ROADMAP_COMPONENTS)[number];
export interface RoadmapAnalysis {
    components: RoadmapComponent[];
    missing: RoadmapComponent[];
    /** The line that shows each component, shortened. */
    evidence: Partial<Record<RoadmapComponent, string>>;
    /** Months from now to the furthest future point the text plans for; null when it names none. */
    horizonMonths: number | null;
    /** The words that set the horizon (`T3 2027`, `sur les 2 prochaines années`). */
    horizonText: string | null;
}
/**
 * The four parts of a short-term roadmap the guide lists (objectifs prioritaires, initiatives clés,
 * dépendances et risques, calendrier) and the roadmap's horizon: how far ahead the furthest date
 * it plans for lies. Named periods count to their end (`T3 2027` → end of September 2027), a bare
 * future year from its start (a year alone is a weak signal), past dates are ignored.
 */
export declare function analyzeRoadmap(markdown: string, now: Date): RoadmapAnalysis;
