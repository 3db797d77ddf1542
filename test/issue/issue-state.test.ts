import { beforeAll, describe, expect, it } from 'vitest';
import {
  type IssueState,
  MAX_HISTORY_ENTRIES,
  nextIssueState,
  readIssueState,
  stateComment,
  trendsFromState,
} from '../../src/issue/issue-state.js';
import type { Report } from '../../src/report/report.js';
import { healthReport } from './health-report.js';

let base: Report;
beforeAll(async () => {
  base = await healthReport();
});

/** The scanned report with its overall score and every pillar score replaced. */
function scored(score: number, pillar = score): Report {
  return { ...base, score, pillars: base.pillars.map((p) => ({ ...p, score: pillar })) };
}

const day = (date: string) => new Date(`${date}T09:30:00Z`);

describe('nextIssueState', () => {
  it('starts a history with the current scores and every signal status', () => {
    const state = nextIssueState(null, base, day('2026-06-15'));
    expect(state.version).toBe(1);
    expect(state.score).toBe(base.score);
    expect(state.grade).toBe(base.grade);
    expect(state.signals.vision).toBe(base.signals.find((s) => s.id === 'vision')?.status);
    expect(state.history).toEqual([{ date: '2026-06-15', score: base.score, pillars: state.pillars }]);
  });

  it('gives the identical state for unchanged scores, whatever the day', () => {
    const first = nextIssueState(null, scored(50), day('2026-06-01'));
    const again = nextIssueState(first, scored(50), day('2026-06-20'));
    expect(again).toEqual(first);
    expect(stateComment(again)).toBe(stateComment(first));
  });

  it('appends an entry when scores change, and replaces the entry of the same day', () => {
    let state = nextIssueState(null, scored(50), day('2026-06-01'));
    state = nextIssueState(state, scored(55), day('2026-06-02'));
    state = nextIssueState(state, scored(60), day('2026-06-02'));
    expect(state.history.map((e) => [e.date, e.score])).toEqual([
      ['2026-06-01', 50],
      ['2026-06-02', 60],
    ]);
    // A change that cancels itself the same day leaves no entry behind.
    state = nextIssueState(state, scored(50), day('2026-06-02'));
    expect(state.history.map((e) => [e.date, e.score])).toEqual([['2026-06-01', 50]]);
  });

  it('notices a pillar change even when the overall score stays', () => {
    const first = nextIssueState(null, scored(50, 50), day('2026-06-01'));
    const next = nextIssueState(first, scored(50, 70), day('2026-06-08'));
    expect(next.history).toHaveLength(2);
  });

  it('keeps at most MAX_HISTORY_ENTRIES entries, dropping the oldest', () => {
    let state: IssueState | null = null;
    for (let i = 0; i < MAX_HISTORY_ENTRIES + 10; i++) {
      const date = new Date(Date.UTC(2026, 0, 1 + i));
      state = nextIssueState(state, scored(i % 2 === 0 ? 40 : 60), date);
    }
    expect(state?.history).toHaveLength(MAX_HISTORY_ENTRIES);
    expect(state?.history[0]?.date).toBe('2026-01-11');
    expect(state?.history.at(-1)?.date).toBe('2026-02-03');
  });
});

describe('stateComment and readIssueState', () => {
  it('round-trips the state through an issue body, CRLF included', () => {
    let state = nextIssueState(null, scored(40), day('2026-05-01'));
    state = nextIssueState(state, base, day('2026-06-15'));
    const body = `<!-- product-health:issue -->\r\n\r\n**Note**\r\n\r\n${stateComment(state)}\r\n`;
    expect(readIssueState(body)).toEqual(state);
  });

  it('writes a single-line comment that nothing inside can close', () => {
    const hostile = { ...nextIssueState(null, base, day('2026-06-15')), grade: '--> <script>' } as IssueState;
    const comment = stateComment(hostile);
    expect(comment.startsWith('<!--')).toBe(true);
    expect(comment.indexOf('-->')).toBe(comment.length - 3);
    expect(comment.slice('<!--'.length, -'-->'.length)).not.toMatch(/[<>]/);
    expect(comment).not.toContain('\n');
    // Read back, the forged grade is not a grade.
    expect(readIssueState(comment)?.grade).toBeNull();
  });

  it('gives null for emptied, truncated, oversized or non-JSON states, never a throw', () => {
    const state = nextIssueState(null, base, day('2026-06-15'));
    const comment = stateComment(state);
    expect(readIssueState(null)).toBeNull();
    expect(readIssueState('')).toBeNull();
    expect(readIssueState('<!-- product-health:issue -->\nno state here')).toBeNull();
    expect(readIssueState(comment.slice(0, comment.length - 40))).toBeNull();
    expect(readIssueState('<!-- product-health:state {"version":1, -->')).toBeNull();
    expect(readIssueState('<!-- product-health:state not json at all -->')).toBeNull();
    expect(readIssueState('<!-- product-health:state {"version":2} -->')).toBeNull();
    expect(readIssueState('<!-- product-health:state [1,2] -->')).toBeNull();
    const huge = JSON.stringify({ ...state, padding: 'x'.repeat(100_000) });
    expect(readIssueState(`<!-- product-health:state ${huge} -->`)).toBeNull();
    const body = `${'<!-- product-health:state '.repeat(5_000)}`;
    expect(readIssueState(body)).toBeNull();
  });

  it('sanitises a hand-edited state: bad values become null or unknown, bad entries are dropped', () => {
    const edited = {
      version: 1,
      score: 150,
      grade: 'Z',
      pillars: { team: 40.4, users: '80', impact: -3, iteration: null, extra: 5 },
      signals: { vision: 'pass', roadmap: 'excellent' },
      history: [
        { date: '2026-06-01', score: 60, pillars: {} },
        { date: 'yesterday', score: 10, pillars: {} },
        { date: '2026-02-30x', score: 10, pillars: {} },
        { date: '2026-05-01', score: 'NaN', pillars: { team: 20 } },
        'garbage',
      ],
    };
    const json = JSON.stringify(edited).replace('"signals":{', '"signals":{"__proto__":{"polluted":true},');
    const state = readIssueState(`<!-- product-health:state ${json} -->`);
    expect(state).not.toBeNull();
    expect(state?.score).toBeNull();
    expect(state?.grade).toBeNull();
    expect(state?.pillars).toEqual({ team: 40, users: null, impact: null, iteration: null, vision: null });
    expect(state?.signals.vision).toBe('pass');
    expect(state?.signals.roadmap).toBe('unknown');
    expect(Object.keys(state?.signals ?? {})).toHaveLength(9);
    expect(state?.history.map((e) => [e.date, e.score, e.pillars.team])).toEqual([
      ['2026-05-01', null, 20],
      ['2026-06-01', 60, null],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('trendsFromState', () => {
  it('compares the current scores with the previous distinct entry', () => {
    let state = nextIssueState(null, scored(40, 30), day('2026-05-01'));
    state = nextIssueState(state, scored(52, 45), day('2026-06-15'));
    const trends = trendsFromState(state);
    expect(trends?.overall).toEqual({ from: 40, to: 52, change: 12, since: '2026-05-01' });
    expect(trends?.pillars.team).toEqual({ from: 30, to: 45, change: 15, since: '2026-05-01' });
    expect(trends?.history).toEqual([
      { date: '2026-05-01', score: 40 },
      { date: '2026-06-15', score: 52 },
    ]);
    // Unchanged the next day: still the same comparison, not "no change since yesterday".
    expect(trendsFromState(nextIssueState(state, scored(52, 45), day('2026-06-16')))).toEqual(trends);
  });

  it('is null without a past, and leaves out scores missing on either side', () => {
    expect(trendsFromState(nextIssueState(null, base, day('2026-06-15')))).toBeNull();
    const before = nextIssueState(null, { ...scored(40), score: null }, day('2026-05-01'));
    const trends = trendsFromState(nextIssueState(before, scored(60), day('2026-06-15')));
    expect(trends?.overall).toBeNull();
    expect(trends?.pillars.vision?.change).toBe(20);
  });
});
