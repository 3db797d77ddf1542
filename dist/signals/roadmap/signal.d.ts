import { type DocumentSignalThresholds } from '../../documents/document-signal.js';
import type { SignalDefinition } from '../../model/signal.js';
/** Meanings and defaults: `signal.yml`. */
export type RoadmapThresholds = DocumentSignalThresholds & {
    passComponents: number;
    maxHorizonMonths: number;
    idealHorizonMonths: number;
    stalePenalty: number;
    agilefallPenalty: number;
};
export declare const roadmapSignal: SignalDefinition<RoadmapThresholds>;
