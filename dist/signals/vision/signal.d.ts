import { type DocumentSignalThresholds } from '../../documents/document-signal.js';
import type { SignalDefinition } from '../../model/signal.js';
/** Meanings and defaults: `signal.yml`. */
export type VisionThresholds = DocumentSignalThresholds & {
    passItems: number;
    warnItems: number;
    stalePenalty: number;
};
export declare const visionSignal: SignalDefinition<VisionThresholds>;
