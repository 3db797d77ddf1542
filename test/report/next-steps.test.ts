import { describe, expect, it } from 'vitest';
import { rankNextSteps, type StepCandidate } from '../../src/report/next-steps.js';

const weights = { team: 1, users: 1, impact: 1, iteration: 1, vision: 1 };

describe('rankNextSteps', () => {
  it('puts first what would raise the overall score most, at most three', () => {
    const candidates: StepCandidate[] = [
      { id: 'deployment-frequency', pillar: 'iteration', status: 'warn', score: 60, weight: 1 },
      { id: 'release-cadence', pillar: 'iteration', status: 'fail', score: 0, weight: 1 },
      { id: 'vision', pillar: 'vision', status: 'fail', score: 10, weight: 1 },
      { id: 'indicators', pillar: 'impact', status: 'warn', score: 40, weight: 1 },
      { id: 'team-continuity', pillar: 'team', status: 'pass', score: 40, weight: 1 },
      { id: 'feedback-handling', pillar: 'users', status: 'unknown', score: null, weight: 1 },
    ];
    // vision alone in its pillar: 90 missing points; indicators: 60; release-cadence: 100 shared by two signals (50).
    expect(rankNextSteps(candidates, weights)).toEqual(['vision', 'indicators', 'release-cadence']);
  });

  it('ignores passing, unknown and zero-weight signals', () => {
    expect(
      rankNextSteps(
        [
          { id: 'vision', pillar: 'vision', status: 'pass', score: 70, weight: 1 },
          { id: 'roadmap', pillar: 'iteration', status: 'fail', score: 0, weight: 0 },
        ],
        weights,
      ),
    ).toEqual([]);
  });
});
