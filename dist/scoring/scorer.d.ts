import type { PillarId, SignalId, Status } from '../model/ids.js';
import { type Grade } from './grade.js';
export interface ScorableSignal {
    id: SignalId;
    pillar: PillarId;
    status: Status;
    score: number | null;
    weight: number;
}
export interface PillarScore {
    id: PillarId;
    score: number | null;
    grade: Grade | null;
    /** Signals that were scored (known and applicable) out of the pillar's signals. */
    scoredSignals: number;
    totalSignals: number;
    /** Signals that apply (not `not-applicable`, weighted): those the grade should rest on. */
    applicableSignals: number;
    /** True when the grade rests on fewer known signals than apply: some are unknown. */
    partial: boolean;
}
export interface Scores {
    score: number | null;
    grade: Grade | null;
    pillars: PillarScore[];
    scoredSignals: number;
    applicableSignals: number;
    /** True when the overall grade rests on fewer known signals than apply. */
    partial: boolean;
}
/** Scoring is a swappable layer: a function from signal scores and weights to pillar and overall scores. */
export type Scorer = (signals: readonly ScorableSignal[], pillarWeights: Record<PillarId, number>) => Scores;
/**
 * A pillar is the weighted mean of its applicable, known signals; the overall score the weighted
 * mean of the pillars that have data. Unknown and not-applicable never count as zero.
 */
export declare const weightedMeanScorer: Scorer;
