import type { PillarId, SignalId, Status } from '../model/ids.js';
import { PILLAR_IDS } from '../model/ids.js';
import { type Grade, gradeOf } from './grade.js';

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
export const weightedMeanScorer: Scorer = (signals, pillarWeights) => {
  const pillars = PILLAR_IDS.map((id): PillarScore => {
    const own = signals.filter((s) => s.pillar === id);
    const scored = own.filter((s) => s.score !== null && s.weight > 0);
    const score = weightedMean(scored.map((s) => [s.score as number, s.weight]));
    const applicable = own.filter((s) => s.status !== 'not-applicable' && s.weight > 0).length;
    return {
      id,
      score,
      grade: score === null ? null : gradeOf(score),
      scoredSignals: scored.length,
      totalSignals: own.length,
      applicableSignals: applicable,
      partial: score !== null && scored.length < applicable,
    };
  });
  const score = weightedMean(
    pillars
      .filter((p) => p.score !== null && (pillarWeights[p.id] ?? 0) > 0)
      .map((p) => [p.score as number, pillarWeights[p.id]]),
  );
  const weighted = pillars.filter((p) => (pillarWeights[p.id] ?? 0) > 0);
  const scoredSignals = weighted.reduce((sum, p) => sum + p.scoredSignals, 0);
  const applicableSignals = weighted.reduce((sum, p) => sum + p.applicableSignals, 0);
  return {
    score,
    grade: score === null ? null : gradeOf(score),
    pillars,
    scoredSignals,
    applicableSignals,
    partial: score !== null && scoredSignals < applicableSignals,
  };
};

function weightedMean(pairs: ReadonlyArray<readonly [number, number]>): number | null {
  const totalWeight = pairs.reduce((sum, [, weight]) => sum + weight, 0);
  if (totalWeight === 0) return null;
  return Math.round(pairs.reduce((sum, [value, weight]) => sum + value * weight, 0) / totalWeight);
}
