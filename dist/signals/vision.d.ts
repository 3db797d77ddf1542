import type { SignalDefinition } from '../model/signal.js';
export type VisionThresholds = {
    /** Checklist items (out of 5) for `pass`. */
    passItems: number;
    /** Checklist items for `warn`; fewer is `fail`. */
    warnItems: number;
    /** A vision not revisited for longer is at most `warn`. */
    maxAgeDays: number;
    /** Points taken off the score when the vision is stale. */
    stalePenalty: number;
    /** Score of a vision only declared at an external URL (not verified). */
    declaredUrlScore: number;
    /** Score of a document too thin to judge that links to an outside page (not verified): `warn`. */
    linkedUrlScore: number;
};
export declare const visionSignal: SignalDefinition<VisionThresholds>;
