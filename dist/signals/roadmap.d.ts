import type { SignalDefinition } from '../model/signal.js';
export type RoadmapThresholds = {
    /** Components (out of 4: objectives, initiatives, dependencies & risks, calendar) for `pass`. */
    passComponents: number;
    /** A roadmap not updated for longer (a quarter) is at most `warn`. */
    maxAgeDays: number;
    /** A roadmap planning further ahead is the guide's "Agilefall" warning, at most `warn`. */
    maxHorizonMonths: number;
    /** The guide's ideal horizon is 3 to 6 months: beyond this, measured says so. */
    idealHorizonMonths: number;
    /** Points taken off the score when the roadmap is stale. */
    stalePenalty: number;
    /** Points taken off the score for a horizon beyond `maxHorizonMonths`. */
    agilefallPenalty: number;
    /** Score of a roadmap only declared at an external URL (not verified). */
    declaredUrlScore: number;
    /** Score of a document too thin to judge that links to an outside page (not verified): `warn`. */
    linkedUrlScore: number;
};
export declare const roadmapSignal: SignalDefinition<RoadmapThresholds>;
