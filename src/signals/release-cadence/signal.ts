import type { Localized } from '../../model/ids.js';
import type { Release } from '../../model/raw-snapshot.js';
import type { Evidence, SignalContext, SignalDefinition, SignalResult } from '../../model/signal.js';
import { daysBetween } from '../../util/dates.js';
import { median, round, scoreBetween } from '../../util/stats.js';
import { findChangelog } from '../changelog-entries.js';
import { deploymentFrequencySignal } from '../deployment-frequency/signal.js';
import { formatNumber } from '../format-number.js';
import { notApplicableResult, unknownResult } from '../outcome.js';
import { loadSignalData, signalBasics, signalMessages } from '../signal-data.js';
import { inWindow, signalWindow } from '../signal-window.js';
import { tieredScore } from '../tiered-score.js';

export type ReleaseCadenceThresholds = {
  /** Pass when the last release is at most this many days old… */
  passMaxDaysSinceLast: number;
  /** …and releases come at most this many days apart (median). */
  passMaxMedianIntervalDays: number;
  /** Warn up to this many days since the last release; fail beyond, or with nothing in the window. */
  warnMaxDaysSinceLast: number;
};

type CadenceSource = 'releases' | 'tags' | 'changelog';

const DATA = loadSignalData('release-cadence');
const message = signalMessages(DATA);

export const releaseCadenceSignal: SignalDefinition<ReleaseCadenceThresholds> = {
  ...signalBasics<ReleaseCadenceThresholds>(DATA),
  evaluate: evaluateReleaseCadence,
};

function evaluateReleaseCadence(context: SignalContext<ReleaseCadenceThresholds>): SignalResult {
  if (context.config.releases.expected === false) {
    return notApplicableResult(message('declared-none'), { expected: false }, [
      { kind: 'config', ref: 'releases.expected' },
    ]);
  }
  if (context.config.releases.expected === null) {
    const continuous = continuousDelivery(context);
    if (continuous !== null) return continuous;
  }
  const { releases, tags, files, contents } = context.snapshot;
  const window = signalWindow(context);
  const published = releases.available ? releases.value.filter((release) => !isDraft(release)) : [];
  const changelog = findChangelog(files, contents);
  const candidates: Array<{ source: CadenceSource; dates: string[]; prereleases: string[]; ref?: string }> =
    [];
  if (published.length > 0) {
    candidates.push({
      source: 'releases',
      dates: published.filter((release) => !release.prerelease).map((release) => release.date),
      prereleases: published.filter((release) => release.prerelease).map((release) => release.date),
    });
  }
  if (tags.available)
    candidates.push({ source: 'tags', dates: tags.value.map((tag) => tag.date), prereleases: [] });
  if (changelog) {
    candidates.push({
      source: 'changelog',
      dates: changelog.entries.map((entry) => entry.date),
      prereleases: [],
      ref: changelog.path,
    });
  }
  // Releases, then tags, then dated changelog entries: the first with an increment in the window.
  const chosen = candidates.find((c) => c.dates.some((date) => inWindow(date, window))) ?? candidates[0];
  if (chosen) return judge(context, chosen.source, chosen.dates, chosen.prereleases, chosen.ref);
  const what = message('unknown-what');
  if (!releases.available) return unknownResult(what, releases);
  if (!tags.available) return unknownResult(what, tags);
  return judge(context, 'tags', [], []);
}

/**
 * Not applicable when the team deploys to production at least weekly (deployment frequency's own
 * threshold): continuous delivery is the visible, regular increment the guide asks for.
 */
function continuousDelivery(context: SignalContext<ReleaseCadenceThresholds>): SignalResult | null {
  const thresholds = {
    ...deploymentFrequencySignal.defaults,
    ...context.config.thresholds['deployment-frequency'],
  };
  const deployments = deploymentFrequencySignal.evaluate({ ...context, thresholds });
  const perWeek = deployments.metrics.perWeek;
  if (typeof perWeek !== 'number' || perWeek < thresholds.passPerWeek) return null;
  const rate = formatNumber(perWeek, 2);
  const count = deployments.metrics.count;
  return notApplicableResult(
    message('continuous-delivery', (language) => ({ rate: rate[language], count: Number(count) })),
    { expected: false, deploymentsPerWeek: perWeek, reason: 'continuous-delivery' },
    [...deployments.evidence.slice(0, 3), { kind: 'config', ref: 'releases.expected' }],
  );
}

/** The snapshot's `Release` has no draft flag (sources drop drafts); honour one if a source sends it. */
function isDraft(release: Release): boolean {
  return (release as Release & { draft?: unknown }).draft === true;
}

function judge(
  context: SignalContext<ReleaseCadenceThresholds>,
  source: CadenceSource,
  allDates: string[],
  prereleaseDates: string[],
  ref?: string,
): SignalResult {
  const { passMaxDaysSinceLast, passMaxMedianIntervalDays, warnMaxDaysSinceLast } = context.thresholds;
  const window = signalWindow(context);
  const dates = allDates
    .filter((date) => inWindow(date, window))
    .map((date) => Date.parse(date))
    .sort((a, b) => a - b);
  const prereleases = prereleaseDates.filter((date) => inWindow(date, window)).length;
  const intervals = dates.slice(1).map((time, i) => daysBetween(new Date(dates[i] ?? time), new Date(time)));
  const medianInterval = median(intervals);
  const lastTime = dates.at(-1);
  const lastDay = lastTime === undefined ? null : new Date(lastTime).toISOString().slice(0, 10);
  const daysSinceLast =
    lastTime === undefined ? null : Math.floor(daysBetween(new Date(lastTime), context.now));
  const count = dates.length;
  const status =
    daysSinceLast === null || daysSinceLast > warnMaxDaysSinceLast
      ? 'fail'
      : daysSinceLast <= passMaxDaysSinceLast &&
          medianInterval !== null &&
          medianInterval <= passMaxMedianIntervalDays
        ? 'pass'
        : 'warn';
  const fraction =
    status === 'pass'
      ? scoreBetween(medianInterval ?? passMaxMedianIntervalDays, passMaxMedianIntervalDays, 7) / 100
      : status === 'warn'
        ? scoreBetween(daysSinceLast ?? warnMaxDaysSinceLast, warnMaxDaysSinceLast, 0) / 100
        : 0;
  const days = Math.round(window.days);
  const evidence: Evidence[] = [
    source === 'releases'
      ? { kind: 'api', ref: 'releases' }
      : source === 'tags'
        ? { kind: 'git', ref: 'tags' }
        : { kind: 'file', ref: ref ?? 'CHANGELOG.md' },
  ];
  return {
    status,
    score: tieredScore(status, fraction),
    metrics: {
      source,
      count,
      prereleases,
      medianIntervalDays: medianInterval === null ? null : round(medianInterval, 1),
      daysSinceLast,
      windowDays: days,
    },
    evidence,
    measured: measuredText(source, count, prereleases, days, medianInterval, lastDay),
    advice: status === 'pass' ? null : adviceText(source, lastDay, passMaxMedianIntervalDays),
    source,
  };
}

function measuredText(
  source: CadenceSource,
  count: number,
  prereleases: number,
  days: number,
  medianInterval: number | null,
  lastDay: string | null,
): Localized {
  const interval = medianInterval === null ? null : formatNumber(medianInterval);
  return message('measured', (language) => ({
    source,
    count,
    days,
    prereleases,
    interval: interval === null ? 'none' : interval[language],
    last: lastDay ?? 'none',
  }));
}

function adviceText(source: CadenceSource, lastDay: string | null, targetDays: number): Localized {
  return message('advice', { source, last: lastDay ?? 'none', target: targetDays });
}
