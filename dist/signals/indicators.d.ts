import type { SignalDefinition } from '../model/signal.js';
export type IndicatorsThresholds = {
    /** Kinds of indicators (success, impact, direction) named for `pass`. */
    passKinds: number;
    /** Lines with a measurable target (figure, ratio, duration, target value) for `pass`. */
    minTargets: number;
    /** Indicators not updated for longer are at most `warn`. */
    maxAgeDays: number;
    /** Points taken off the score when the document is stale. */
    stalePenalty: number;
    /** Score of indicators only declared at an external URL (not verified). */
    declaredUrlScore: number;
    /** Score of a document too thin to judge that links to an outside page (not verified): `warn`. */
    linkedUrlScore: number;
};
export declare const indicatorsSignal: SignalDefinition<IndicatorsThresholds>;
