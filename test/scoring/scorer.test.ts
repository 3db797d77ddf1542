import { describe, expect, it } from 'vitest';
import { gradeOf } from '../../src/scoring/grade.js';
import { type ScorableSignal, weightedMeanScorer } from '../../src/scoring/scorer.js';

const weights = { team: 1, users: 1, impact: 1, iteration: 1, vision: 1 };
const signal = (over: Partial<ScorableSignal>): ScorableSignal => ({
  id: 'vision',
  pillar: 'vision',
  status: 'pass',
  score: 100,
  weight: 1,
  ...over,
});

describe('weightedMeanScorer', () => {
  it('averages a pillar over its known, applicable signals only', () => {
    const scores = weightedMeanScorer(
      [
        signal({ id: 'deployment-frequency', pillar: 'iteration', score: 90 }),
        signal({ id: 'release-cadence', pillar: 'iteration', status: 'not-applicable', score: null }),
        signal({ id: 'roadmap', pillar: 'iteration', status: 'fail', score: 30, weight: 2 }),
      ],
      weights,
    );
    const iteration = scores.pillars.find((p) => p.id === 'iteration');
    expect(iteration).toMatchObject({ score: 50, grade: 'C', scoredSignals: 2, totalSignals: 3 });
  });

  it('leaves pillars without data out of the overall score instead of counting zero', () => {
    const scores = weightedMeanScorer(
      [
        signal({ id: 'vision', pillar: 'vision', score: 80 }),
        signal({ id: 'feedback-handling', pillar: 'users', status: 'unknown', score: null }),
      ],
      weights,
    );
    expect(scores.pillars.find((p) => p.id === 'users')).toMatchObject({ score: null, grade: null });
    expect(scores.score).toBe(80);
    expect(scores.grade).toBe('A');
  });

  it('weights pillars and gives no score at all without data', () => {
    const scores = weightedMeanScorer(
      [
        signal({ id: 'vision', pillar: 'vision', score: 100 }),
        signal({ id: 'team-continuity', pillar: 'team', score: 0 }),
      ],
      { ...weights, vision: 3 },
    );
    expect(scores.score).toBe(75);
    expect(weightedMeanScorer([], weights)).toMatchObject({ score: null, grade: null });
  });
});

describe('gradeOf', () => {
  it('maps scores to A–E at the documented floors', () => {
    expect([100, 80, 79, 65, 64, 50, 49, 35, 34, 0].map(gradeOf)).toEqual([
      'A',
      'A',
      'B',
      'B',
      'C',
      'C',
      'D',
      'D',
      'E',
      'E',
    ]);
  });
});

describe('weightedMeanScorer: grades that rest on little', () => {
  it('marks a pillar and the overall grade partial when some applicable signals are unknown', () => {
    const scores = weightedMeanScorer(
      [
        signal({ id: 'feedback-handling', pillar: 'users', status: 'unknown', score: null }),
        signal({ id: 'feedback-channel', pillar: 'users', score: 80 }),
        signal({ id: 'release-cadence', pillar: 'iteration', status: 'not-applicable', score: null }),
        signal({ id: 'deployment-frequency', pillar: 'iteration', score: 90 }),
      ],
      weights,
    );
    expect(scores.pillars.find((p) => p.id === 'users')).toMatchObject({
      scoredSignals: 1,
      applicableSignals: 2,
      partial: true,
    });
    // Not applicable is not missing: iteration rests on all it should.
    expect(scores.pillars.find((p) => p.id === 'iteration')).toMatchObject({
      applicableSignals: 1,
      partial: false,
    });
    expect(scores).toMatchObject({ scoredSignals: 2, applicableSignals: 3, partial: true });
  });

  it('is not partial when every applicable signal is known', () => {
    const scores = weightedMeanScorer([signal({ id: 'vision', pillar: 'vision', score: 70 })], weights);
    expect(scores.partial).toBe(false);
    expect(scores.pillars.every((p) => !p.partial)).toBe(true);
  });
});
