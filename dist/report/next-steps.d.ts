import type { PillarId, SignalId, Status } from '../model/ids.js';
export interface StepCandidate {
    id: SignalId;
    pillar: PillarId;
    status: Status;
    score: number | null;
    weight: number;
}
/**
 * Ranks the signals worth working on by how much the overall score would gain if each reached 100:
 * the missing points, weighted by the signal's share of its pillar and the pillar's share of the
 * total. Ties keep the signals' order, so the ranking is deterministic.
 */
export declare function rankNextSteps(candidates: readonly StepCandidate[], pillarWeights: Record<PillarId, number>, limit?: number): SignalId[];
