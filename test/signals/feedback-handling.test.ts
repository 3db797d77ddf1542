import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/default-config.js';
import { available, unavailable } from '../../src/model/part.js';
import type { AuthorAssociation, Issue, IssueComment, RawSnapshot } from '../../src/model/raw-snapshot.js';
import { feedbackHandlingSignal } from '../../src/signals/feedback-handling/signal.js';
import { buildSnapshot } from '../helpers/snapshot-builder.js';

const NOW = '2026-03-31T12:00:00.000Z';
const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Every part available and empty, at a fixed `now`. */
const snapshot = (overrides: Partial<RawSnapshot> = {}): RawSnapshot =>
  buildSnapshot({ now: NOW, ...overrides });

function evaluate(issues: Issue[], config = DEFAULT_CONFIG) {
  const snap = snapshot({ issues: available(issues) });
  return feedbackHandlingSignal.evaluate({
    snapshot: snap,
    config,
    thresholds: { ...feedbackHandlingSignal.defaults },
    now: new Date(snap.now),
  });
}

const daysAgo = (days: number) => new Date(Date.parse(NOW) - days * DAY).toISOString();
const hoursAfter = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * HOUR).toISOString();

let next = 1;
function issue(createdDaysAgo: number, over: Partial<Issue> = {}): Issue {
  const number = next++;
  return {
    number,
    title: `Retour ${number}`,
    url: `https://github.com/beta/service/issues/${number}`,
    author: { login: 'usager', isBot: false },
    state: 'open',
    createdAt: daysAgo(createdDaysAgo),
    closedAt: null,
    labels: ['Retour utilisateur'],
    comments: [],
    commentsComplete: true,
    ...over,
  };
}

function comment(
  createdAt: string,
  login: string | null,
  authorAssociation: AuthorAssociation = 'MEMBER',
  isBot = false,
): IssueComment {
  return { author: login === null ? null : { login, isBot }, authorAssociation, createdAt };
}

/** An issue answered by a team member `hours` after it was opened. */
function answered(createdDaysAgo: number, hours: number, over: Partial<Issue> = {}): Issue {
  const createdAt = daysAgo(createdDaysAgo);
  return issue(createdDaysAgo, { comments: [comment(hoursAfter(createdAt, hours), 'equipe')], ...over });
}

describe('feedback-handling', () => {
  it('passes when feedback gets a first human answer within the target', () => {
    const issues = [answered(30, 2), answered(20, 10), answered(10, 30), answered(5, 50)];
    const result = evaluate(issues);
    expect(result.status).toBe('pass');
    expect(result.metrics).toMatchObject({
      issues: 4,
      answered: 4,
      unansweredOpen: 0,
      pending: 0,
      medianHours: 10,
      p90Hours: 50,
      shareWithinTarget: 1,
    });
    expect(result.score).toBe(100);
    expect(result.advice).toBeNull();
  });

  it('ignores bots and the author when looking for the first response', () => {
    const createdAt = daysAgo(20);
    const result = evaluate([
      issue(20, {
        comments: [
          comment(hoursAfter(createdAt, 1), 'github-actions', 'NONE', true),
          comment(hoursAfter(createdAt, 2), 'triage-helper[bot]', 'NONE'),
          comment(hoursAfter(createdAt, 3), 'usager', 'NONE'),
          comment(hoursAfter(createdAt, 100), 'equipe', 'MEMBER'),
        ],
      }),
    ]);
    expect(result.metrics).toMatchObject({ answered: 1, medianHours: 100, shareWithinTarget: 0 });
    expect(result.status).toBe('fail');
  });

  it('counts unanswered issues past the target as misses, never dropping them', () => {
    const issues = [answered(30, 5), answered(20, 5), issue(10), issue(15)];
    const result = evaluate(issues);
    expect(result.metrics).toMatchObject({
      issues: 4,
      answered: 2,
      unansweredOpen: 2,
      overdueOpen: 2,
      shareWithinTarget: 0.5,
    });
    expect(result.status).toBe('warn');
    expect(result.measured.fr).toContain('2 sur 4 (50 %)');
    expect(result.evidence).toContainEqual({ kind: 'url', ref: issues[2]?.url, label: issues[2]?.title });
    expect(result.advice?.fr).toContain('2 retours ouverts');
  });

  it('warns when every answer was on time but an open issue is still unanswered past the target', () => {
    const issues = [...Array.from({ length: 9 }, (_, i) => answered(30 + i, 3)), issue(10)];
    const result = evaluate(issues);
    expect(result.metrics.shareWithinTarget).toBe(0.9);
    expect(result.status).toBe('warn');
  });

  it('leaves young unanswered issues pending: neither a hit nor a miss', () => {
    const recent = issue(0, { createdAt: hoursAfter(NOW, -10) });
    const result = evaluate([answered(20, 5), recent]);
    expect(result.metrics).toMatchObject({
      pending: 1,
      unansweredOpen: 1,
      overdueOpen: 0,
      shareWithinTarget: 1,
    });
    expect(result.status).toBe('pass');
    expect(result.measured.en).toContain('1 open without a response but still within the target');
  });

  it('is not applicable while every issue is still pending', () => {
    const result = evaluate([issue(0, { createdAt: hoursAfter(NOW, -5) })]);
    expect(result.status).toBe('not-applicable');
    expect(result.metrics.pending).toBe(1);
  });

  it('treats a missing response in incomplete comments as unknown, not unanswered', () => {
    const result = evaluate([answered(20, 5), issue(30, { commentsComplete: false })]);
    expect(result.metrics).toMatchObject({ unknownResponse: 1, unansweredOpen: 0, shareWithinTarget: 1 });
    expect(result.status).toBe('pass');
    expect(result.measured.fr).toContain('réponse inconnue');
  });

  it('counts only maintainers when responders is "maintainers"', () => {
    const createdAt = daysAgo(20);
    const issues = [
      issue(20, {
        comments: [
          comment(hoursAfter(createdAt, 1), 'autre-usager', 'NONE'),
          comment(hoursAfter(createdAt, 2), 'contributrice', 'CONTRIBUTOR'),
          comment(hoursAfter(createdAt, 90), 'mainteneuse', 'COLLABORATOR'),
        ],
      }),
    ];
    expect(evaluate(issues).metrics.medianHours).toBe(1);
    const config = {
      ...DEFAULT_CONFIG,
      feedback: { ...DEFAULT_CONFIG.feedback, responders: 'maintainers' as const },
    };
    const result = evaluate(issues, config);
    expect(result.metrics).toMatchObject({
      medianHours: 90,
      shareWithinTarget: 0,
      responders: 'maintainers',
    });
  });

  it('counts a deleted account (ghost) as a responder', () => {
    const createdAt = daysAgo(20);
    const result = evaluate([issue(20, { comments: [comment(hoursAfter(createdAt, 4), null, 'NONE')] })]);
    expect(result.metrics.answered).toBe(1);
  });

  it('re-checks labels case-insensitively and reports the median time to close', () => {
    const closed = answered(20, 5, {
      state: 'closed',
      closedAt: daysAgo(16),
      labels: ['FEEDBACK'],
    });
    const unrelated = issue(10, { labels: ['bug'] });
    const result = evaluate([closed, unrelated]);
    expect(result.metrics).toMatchObject({ issues: 1, medianDaysToClose: 4 });
  });

  it('counts issues closed after the target without any comment as misses', () => {
    const createdAt = daysAgo(20);
    const result = evaluate([
      issue(20, { state: 'closed', closedAt: hoursAfter(createdAt, 200) }),
      issue(20, { state: 'closed', closedAt: hoursAfter(createdAt, 1) }),
      answered(10, 1),
    ]);
    expect(result.metrics).toMatchObject({
      shareWithinTarget: 0.5,
      closedWithoutResponse: 1,
      unansweredOpen: 0,
    });
  });

  it('fails when most feedback waits too long', () => {
    const result = evaluate([answered(30, 200), answered(25, 300), issue(20), answered(10, 5)]);
    expect(result.status).toBe('fail');
    expect(result.score).toBeLessThan(50);
  });

  it('is not applicable without feedback issues, and names the labels looked for', () => {
    const result = evaluate([]);
    expect(result.status).toBe('not-applicable');
    expect(result.score).toBeNull();
    expect(result.measured.fr).toContain('retour utilisateur');
    expect(result.measured.en).toContain('No user feedback issue');
  });

  it('is unknown when issues cannot be read', () => {
    const snap = snapshot({ issues: unavailable('no-permission', 'issues: read') });
    const result = feedbackHandlingSignal.evaluate({
      snapshot: snap,
      config: DEFAULT_CONFIG,
      thresholds: { ...feedbackHandlingSignal.defaults },
      now: new Date(NOW),
    });
    expect(result.status).toBe('unknown');
    expect(result.score).toBeNull();
  });
});
