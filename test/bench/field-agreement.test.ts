import { readFileSync } from 'node:fs';
import { load as loadYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  CASE_SETS,
  caseSet,
  compareCase,
  type FieldCase,
  formatRatio,
  SIGNAL_IDS,
  summarize,
  summarizeBySet,
  validateCases,
  verdictGrade,
} from '../../bench/field/agreement.js';
import { gradeOf } from '../../src/scoring/grade.js';

function judged(
  expected: FieldCase['signals'][string]['expected'],
  repoOnly?: FieldCase['signals'][string]['expected'],
) {
  return {
    expected,
    ...(repoOnly === undefined ? {} : { repoOnly }),
    why: 'because',
    evidence: ['README.md'],
  };
}

function fieldCase(overrides: Partial<FieldCase> = {}): FieldCase {
  return {
    id: 'demo',
    repository: 'owner/name',
    checkout: 'owner+name',
    commit: 'a'.repeat(40),
    now: '2026-01-01T00:00:00Z',
    windowDays: 180,
    signals: Object.fromEntries(SIGNAL_IDS.map((id) => [id, judged('pass')])),
    ...overrides,
  };
}

const allPass = Object.fromEntries(SIGNAL_IDS.map((id) => [id, 'pass']));

describe('field agreement', () => {
  it('agrees when the reported status is one the coach accepts, and only then', () => {
    const entry = fieldCase();
    entry.signals.vision = judged(['pass', 'warn']);
    entry.signals.roadmap = judged('fail');
    const rows = compareCase(entry, { ...allPass, vision: 'warn', roadmap: 'pass' });
    expect(rows.find((r) => r.signal === 'vision')).toMatchObject({
      expected: ['pass', 'warn'],
      agree: true,
    });
    expect(rows.find((r) => r.signal === 'roadmap')).toMatchObject({
      expected: ['fail'],
      got: 'pass',
      agree: false,
    });
    expect(rows.filter((r) => r.agree)).toHaveLength(8);
  });

  it('never counts a signal missing from the report as agreeing, even against unknown', () => {
    const entry = fieldCase();
    entry.signals['feedback-handling'] = judged('unknown');
    const { 'feedback-handling': _left, ...reported } = allPass;
    const row = compareCase(entry, reported).find((r) => r.signal === 'feedback-handling');
    expect(row).toMatchObject({ got: null, agree: false });
  });

  it('judges on the repository alone when asked, falling back to the coach’s verdict', () => {
    const entry = fieldCase();
    entry.signals.vision = judged('pass', 'warn');
    const reported = { ...allPass, vision: 'warn' };
    expect(compareCase(entry, reported, 'coach').find((r) => r.signal === 'vision')?.agree).toBe(false);
    expect(compareCase(entry, reported, 'repoOnly').find((r) => r.signal === 'vision')?.agree).toBe(true);
    expect(compareCase(entry, reported, 'repoOnly').find((r) => r.signal === 'roadmap')?.agree).toBe(true);
  });

  it('tallies per signal and overall over the compared cases only', () => {
    const a = compareCase(fieldCase(), { ...allPass, roadmap: 'fail' });
    const b = compareCase(fieldCase(), { ...allPass, roadmap: 'fail', vision: 'fail' });
    const summary = summarize([a, b]);
    expect(summary.signals.roadmap).toEqual({ agree: 0, total: 2 });
    expect(summary.signals.vision).toEqual({ agree: 1, total: 2 });
    expect(summary.signals['team-continuity']).toEqual({ agree: 2, total: 2 });
    expect(summary.overall).toEqual({ agree: 15, total: 18 });
    expect(formatRatio(summary.overall)).toBe('15/18 (83 %)');
    expect(formatRatio(summarize([]).overall)).toBe('–');
  });

  it('grades verdicts alone: pillar means of pass 100, warn 50, fail 0, leaving out unknown and not-applicable', () => {
    const verdicts: Record<string, string | string[]> = { ...allPass };
    // iteration: pass, not-applicable, fail -> 50; users: unknown, warn -> 50; impact: fail -> 0.
    verdicts['release-cadence'] = ['not-applicable', 'pass'];
    verdicts.roadmap = 'fail';
    verdicts['feedback-handling'] = 'unknown';
    verdicts['feedback-channel'] = 'warn';
    verdicts.indicators = 'fail';
    // (50 + 50 + 0 + 100 + 100) / 5 = 60
    expect(verdictGrade(verdicts as never, gradeOf)).toEqual({ score: 60, grade: 'C' });
    expect(verdictGrade(allPass, gradeOf)).toEqual({ score: 100, grade: 'A' });
    expect(verdictGrade({ vision: 'unknown' }, gradeOf)).toEqual({ score: null, grade: null });
  });

  it('finds what is wrong in a cases file', () => {
    const bad = fieldCase({ commit: 'abc123', windowDays: 3, checkout: 'owner/name' });
    bad.signals.vision = { expected: 'good' as never, why: '', evidence: [] };
    delete bad.signals.roadmap;
    const problems = validateCases([bad, fieldCase()]);
    expect(problems).toEqual(
      expect.arrayContaining([
        'demo: commit is not a full 40-hex hash',
        'demo: windowDays must be a whole number of days between 7 and 730',
        'demo: checkout must be a folder name (no slash)',
        'demo: no verdict for roadmap',
        'demo: vision.expected must be one of pass, warn, fail, not-applicable, unknown (or a list of them)',
        'demo: vision has no why',
        'demo: vision has no evidence',
        'demo: id used twice',
      ]),
    );
    expect(validateCases([])).toEqual(['the cases file holds no list of cases']);
  });

  it('accepts the committed field cases', () => {
    const cases = loadYaml(readFileSync(new URL('../../bench/field/cases.yml', import.meta.url), 'utf8'));
    expect(validateCases(cases)).toEqual([]);
  });

  it('puts a case without a set in training, and refuses a set it does not know', () => {
    expect(caseSet(fieldCase())).toBe('training');
    expect(caseSet(fieldCase({ set: 'held-out' }))).toBe('held-out');
    expect(validateCases([fieldCase({ set: 'held-out' })])).toEqual([]);
    expect(validateCases([fieldCase({ set: 'heldout' as never })])).toEqual([
      `demo: set must be one of ${CASE_SETS.join(', ')} (or left out for training)`,
    ]);
  });

  it('keeps held-out cases apart from the training ones in the committed cases', () => {
    const cases = loadYaml(
      readFileSync(new URL('../../bench/field/cases.yml', import.meta.url), 'utf8'),
    ) as FieldCase[];
    const training = cases.filter((c) => caseSet(c) === 'training').map((c) => c.repository);
    const heldOut = cases.filter((c) => caseSet(c) === 'held-out').map((c) => c.repository);
    expect(training).toHaveLength(6);
    expect(heldOut.length).toBeGreaterThanOrEqual(4);
    expect(heldOut.filter((repository) => training.includes(repository))).toEqual([]);
  });

  it('tallies agreement per set as well as overall, on both bases', () => {
    const train = fieldCase({ id: 'train' });
    const held = fieldCase({ id: 'held', set: 'held-out' });
    held.signals.vision = judged('pass', 'warn');
    const scanned = [
      { entry: train, statuses: { ...allPass, roadmap: 'fail' } },
      { entry: held, statuses: { ...allPass, vision: 'warn' } },
    ].map(({ entry, statuses }) => ({
      set: caseSet(entry),
      coach: compareCase(entry, statuses, 'coach'),
      repoOnly: compareCase(entry, statuses, 'repoOnly'),
    }));
    const tallies = summarizeBySet(scanned);
    expect(Object.keys(tallies)).toEqual(['training', 'held-out', 'overall']);
    expect(tallies.training.coach.overall).toEqual({ agree: 8, total: 9 });
    expect(tallies['held-out'].coach.overall).toEqual({ agree: 8, total: 9 });
    expect(tallies['held-out'].repoOnly.overall).toEqual({ agree: 9, total: 9 });
    expect(tallies.overall.coach.overall).toEqual({ agree: 16, total: 18 });
    expect(tallies.overall.coach.signals.vision).toEqual({ agree: 1, total: 2 });
    expect(summarizeBySet([]).training.coach.overall).toEqual({ agree: 0, total: 0 });
  });
});
