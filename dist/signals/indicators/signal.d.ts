import { type DocumentSignalThresholds } from '../../documents/document-signal.js';
import type { SignalDefinition } from '../../model/signal.js';
/** Meanings and defaults: `signal.yml`. */
export type IndicatorsThresholds = DocumentSignalThresholds & {
    passKinds: number;
    minTargets: number;
    stalePenalty: number;
};
export declare const indicatorsSignal: SignalDefinition<IndicatorsThresholds>;
