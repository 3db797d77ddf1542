import { isFeedbackResponse } from '../../model/feedback-response.js';
import type { Localized } from '../../model/ids.js';
import type { Issue } from '../../model/raw-snapshot.js';
import type { Evidence, SignalContext, SignalDefinition, SignalResult } from '../../model/signal.js';
import { daysBetween, hoursBetween } from '../../util/dates.js';
import { median, percentile, round, scoreBetween } from '../../util/stats.js';
import { formatNumber } from '../format-number.js';
import { notApplicableResult, unknownResult } from '../outcome.js';
import { loadSignalData, quoteFact, signalBasics, signalMessages } from '../signal-data.js';
import { tieredScore } from '../tiered-score.js';

export type FeedbackHandlingThresholds = {
  /** Pass at this share of feedback answered within the target (and no open one left unanswered past it). */
  passShareWithinTarget: number;
  /** Warn at this share; fail below. */
  warnShareWithinTarget: number;
};

const MAX_LINKED_ISSUES = 5;

/** How one feedback issue stands against the response target. */
type Outcome =
  | { kind: 'answered'; hours: number }
  | { kind: 'missed' }
  | { kind: 'pending' }
  | { kind: 'closed-unanswered' }
  | { kind: 'unknown-response' };

const DATA = loadSignalData('feedback-handling');
const message = signalMessages(DATA);

export const feedbackHandlingSignal: SignalDefinition<FeedbackHandlingThresholds> = {
  ...signalBasics<FeedbackHandlingThresholds>(DATA),
  evaluate: evaluateFeedbackHandling,
};

function evaluateFeedbackHandling(context: SignalContext<FeedbackHandlingThresholds>): SignalResult {
  const part = context.snapshot.issues;
  const what = message('unknown-what');
  if (!part.available) return unknownResult(what, part);
  const { labels, responseTargetHours: target, responders } = context.config.feedback;
  const wanted = new Set(labels.map((label) => label.trim().toLowerCase()));
  const issues = part.value.filter((issue) =>
    issue.labels.some((label) => wanted.has(label.trim().toLowerCase())),
  );
  const evidence: Evidence[] = [{ kind: 'api', ref: 'issues' }];
  if (issues.length === 0) {
    return notApplicableResult(
      message('no-issue', { count: labels.length, labels: labels.join(', ') }),
      { issues: 0, labels },
      evidence,
    );
  }

  const outcomes = issues.map((issue) => ({
    issue,
    outcome: judgeIssue(issue, target, responders === 'maintainers', context.now),
  }));
  const answeredHours = outcomes.flatMap(({ outcome }) =>
    outcome.kind === 'answered' ? [outcome.hours] : [],
  );
  const hits = answeredHours.filter((hours) => hours <= target).length;
  const missed = outcomes.filter(({ outcome }) => outcome.kind === 'missed');
  const judged = answeredHours.length + missed.length;
  const pending = outcomes.filter(({ outcome }) => outcome.kind === 'pending').length;
  const unknownResponse = outcomes.filter(({ outcome }) => outcome.kind === 'unknown-response').length;
  const closedWithoutResponse = outcomes.filter(({ outcome }) => outcome.kind === 'closed-unanswered').length;
  const unansweredOpen = outcomes.filter(
    ({ issue, outcome }) =>
      issue.state === 'open' && (outcome.kind === 'missed' || outcome.kind === 'pending'),
  ).length;
  const overdueOpen = missed.filter(({ issue }) => issue.state === 'open').map(({ issue }) => issue);
  const closeDays = issues.flatMap((issue) =>
    issue.state === 'closed' && issue.closedAt ? [daysBetween(issue.createdAt, issue.closedAt)] : [],
  );
  const medianHours = median(answeredHours);
  const p90Hours = percentile(answeredHours, 90);
  const medianDaysToClose = median(closeDays);
  const share = judged > 0 ? hits / judged : null;

  const metrics = {
    issues: issues.length,
    answered: answeredHours.length,
    unansweredOpen,
    overdueOpen: overdueOpen.length,
    pending,
    unknownResponse,
    closedWithoutResponse,
    medianHours: medianHours === null ? null : round(medianHours, 1),
    p90Hours: p90Hours === null ? null : round(p90Hours, 1),
    shareWithinTarget: share === null ? null : round(share, 2),
    medianDaysToClose: medianDaysToClose === null ? null : round(medianDaysToClose, 1),
    responseTargetHours: target,
    responders,
  };
  const linked = overdueOpen
    .flatMap((issue) =>
      issue.url ? [{ kind: 'url', ref: issue.url, label: issue.title } satisfies Evidence] : [],
    )
    .slice(0, MAX_LINKED_ISSUES);
  const notes = notesText(pending, unknownResponse, closedWithoutResponse);

  if (share === null) {
    return notApplicableResult(
      message('none-judged', (language) => ({ count: issues.length, notes: notes[language] })),
      metrics,
      evidence,
    );
  }

  const { passShareWithinTarget: passShare, warnShareWithinTarget: warnShare } = context.thresholds;
  const status =
    share >= passShare && overdueOpen.length === 0 ? 'pass' : share >= warnShare ? 'warn' : 'fail';
  const fraction =
    status === 'pass'
      ? scoreBetween(share, passShare, 1) / 100
      : status === 'warn'
        ? scoreBetween(share, warnShare, passShare) / 100
        : scoreBetween(share, 0, warnShare) / 100;
  return {
    status,
    score: tieredScore(status, fraction),
    metrics,
    evidence: [...evidence, ...linked],
    measured: measuredText(metrics, share, notes, hits, judged),
    advice: status === 'pass' ? null : adviceText(target, overdueOpen, share),
  };
}

function judgeIssue(issue: Issue, targetHours: number, maintainersOnly: boolean, now: Date): Outcome {
  const response = [...issue.comments]
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt))
    .find((comment) => isFeedbackResponse(comment, issue, maintainersOnly));
  if (response)
    return { kind: 'answered', hours: Math.max(0, hoursBetween(issue.createdAt, response.createdAt)) };
  if (!issue.commentsComplete) return { kind: 'unknown-response' };
  if (issue.state === 'closed' && issue.closedAt) {
    return hoursBetween(issue.createdAt, issue.closedAt) > targetHours
      ? { kind: 'missed' }
      : { kind: 'closed-unanswered' };
  }
  return hoursBetween(issue.createdAt, now) > targetHours ? { kind: 'missed' } : { kind: 'pending' };
}

function notesText(pending: number, unknownResponse: number, closedWithoutResponse: number): Localized {
  const notes = [
    ...(pending > 0 ? [message('note-pending', { count: pending })] : []),
    ...(unknownResponse > 0 ? [message('note-unknown', { count: unknownResponse })] : []),
    ...(closedWithoutResponse > 0 ? [message('note-closed', { count: closedWithoutResponse })] : []),
  ];
  return { fr: notes.map((note) => note.fr).join(', '), en: notes.map((note) => note.en).join(', ') };
}

function measuredText(
  metrics: {
    issues: number;
    answered: number;
    overdueOpen: number;
    medianHours: number | null;
    p90Hours: number | null;
    medianDaysToClose: number | null;
    responseTargetHours: number;
  },
  share: number,
  notes: Localized,
  hits: number,
  judged: number,
): Localized {
  const times =
    metrics.medianHours === null || metrics.p90Hours === null
      ? null
      : message('times', (language) => ({
          median: formatNumber(metrics.medianHours ?? 0)[language],
          p90: formatNumber(metrics.p90Hours ?? 0)[language],
        }));
  const close =
    metrics.medianDaysToClose === null
      ? null
      : message('close', (language) => ({ days: formatNumber(metrics.medianDaysToClose ?? 0)[language] }));
  return message('measured', (language) => ({
    issues: metrics.issues,
    answered: metrics.answered,
    hits,
    judged,
    percent: Math.round(share * 100),
    target: metrics.responseTargetHours,
    times: times?.[language] ?? '',
    close: close?.[language] ?? '',
    overdue: metrics.overdueOpen,
    notes: notes[language] || 'none',
  }));
}

function adviceText(
  targetHours: number,
  overdueOpen: readonly { title?: string | null }[],
  share: number,
): Localized {
  const first = overdueOpen[0]?.title;
  return message('advice', {
    overdue: overdueOpen.length,
    first: first ? quoteFact(first, 80) : 'none',
    percent: Math.round(share * 100),
    target: targetHours,
  });
}
