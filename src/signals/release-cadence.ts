import { GUIDE } from '../guide/guide-references.js';
import type { Localized } from '../model/ids.js';
import type { Release } from '../model/raw-snapshot.js';
import type { Evidence, SignalContext, SignalDefinition, SignalResult } from '../model/signal.js';
import { daysBetween } from '../util/dates.js';
import { median, round, scoreBetween } from '../util/stats.js';
import { formatNumber } from './format-number.js';
import { notApplicableResult, unknownResult } from './outcome.js';
import { inWindow, signalWindow } from './signal-window.js';
import { tieredScore } from './tiered-score.js';

export type ReleaseCadenceThresholds = {
  /** Pass when the last release is at most this many days old… */
  passMaxDaysSinceLast: number;
  /** …and releases come at most this many days apart (median). */
  passMaxMedianIntervalDays: number;
  /** Warn up to this many days since the last release; fail beyond, or with nothing in the window. */
  warnMaxDaysSinceLast: number;
};

type CadenceSource = 'releases' | 'tags';

const DECLARE_NO_RELEASES: Localized = {
  fr: 'Si l’équipe déploie en continu sans publier de versions, déclarez-le dans `.github/product-health.yml` : `releases: { expected: false }`.',
  en: 'If the team deploys continuously without cutting releases, declare it in `.github/product-health.yml`: `releases: { expected: false }`.',
};

export const releaseCadenceSignal: SignalDefinition<ReleaseCadenceThresholds> = {
  id: 'release-cadence',
  pillar: 'iteration',
  title: { fr: 'Rythme des versions', en: 'Release cadence' },
  definition: {
    fr: 'Versions publiées (à défaut, tags) sur la période : nombre, intervalle médian, jours depuis la dernière. Sans objet quand l’équipe déclare ne pas publier de versions.',
    en: 'Releases (else tags) in the window: count, median interval, days since the last one. Not applicable when the team declares it does not cut releases.',
  },
  why: {
    fr: '« Une approche itérative favorise la souplesse, en permettant d’ajuster le produit en continu grâce aux retours utilisateurs et aux évolutions réglementaires ou technologiques. »',
    en: '“An iterative approach fosters flexibility, making it possible to adjust the product continuously thanks to user feedback and regulatory or technological changes.”',
  },
  guide: GUIDE.iterations,
  defaults: { passMaxDaysSinceLast: 45, passMaxMedianIntervalDays: 45, warnMaxDaysSinceLast: 120 },
  evaluate: evaluateReleaseCadence,
};

function evaluateReleaseCadence(context: SignalContext<ReleaseCadenceThresholds>): SignalResult {
  if (!context.config.releases.expected) {
    return notApplicableResult(
      {
        fr: 'L’équipe déclare ne pas publier de versions (`releases.expected: false`).',
        en: 'The team declares it does not cut releases (`releases.expected: false`).',
      },
      { expected: false },
      [{ kind: 'config', ref: 'releases.expected' }],
    );
  }
  const { releases, tags } = context.snapshot;
  const published = releases.available ? releases.value.filter((release) => !isDraft(release)) : [];
  if (published.length > 0) {
    return judge(
      context,
      'releases',
      published.filter((release) => !release.prerelease).map((release) => release.date),
      published.filter((release) => release.prerelease).map((release) => release.date),
    );
  }
  if (tags.available)
    return judge(
      context,
      'tags',
      tags.value.map((tag) => tag.date),
      [],
    );
  const what = { fr: 'Versions et tags', en: 'Releases and tags' };
  return unknownResult(what, releases.available ? tags : releases);
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
    source === 'releases' ? { kind: 'api', ref: 'releases' } : { kind: 'git', ref: 'tags' },
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
    measured: measuredText(
      source,
      count,
      prereleases,
      days,
      medianInterval,
      lastTime === undefined ? null : new Date(lastTime).toISOString().slice(0, 10),
    ),
    advice: status === 'pass' ? null : adviceText(status, count, passMaxMedianIntervalDays),
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
  const what =
    source === 'releases'
      ? { fr: 'version(s) publiée(s)', en: 'release(s)' }
      : { fr: 'tag(s)', en: 'tag(s)' };
  const pre =
    prereleases > 0
      ? {
          fr: ` (plus ${prereleases} préversion(s), non comptées)`,
          en: ` (plus ${prereleases} prerelease(s), not counted)`,
        }
      : { fr: '', en: '' };
  const interval = medianInterval === null ? null : formatNumber(medianInterval);
  const rhythm =
    interval === null
      ? { fr: '', en: '' }
      : { fr: `, intervalle médian ${interval.fr} j`, en: `, median interval ${interval.en} days` };
  const last =
    lastDay === null
      ? { fr: '', en: '' }
      : { fr: `, dernière le ${lastDay}`, en: `, last one on ${lastDay}` };
  return {
    fr: `${count} ${what.fr} en ${days} jours${pre.fr}${rhythm.fr}${last.fr}.`,
    en: `${count} ${what.en} in ${days} days${pre.en}${rhythm.en}${last.en}.`,
  };
}

function adviceText(status: 'warn' | 'fail', count: number, targetDays: number): Localized {
  const step: Localized =
    status === 'fail' && count === 0
      ? {
          fr: `Publiez une version (release GitHub ou tag) à chaque incrément livré, au moins tous les ${targetDays} jours.`,
          en: `Publish a release (GitHub release or tag) for each increment shipped, at least every ${targetDays} days.`,
        }
      : {
          fr: `Installez un rythme régulier : une version au moins tous les ${targetDays} jours, à chaque incrément livré.`,
          en: `Set a steady rhythm: a release at least every ${targetDays} days, for each increment shipped.`,
        };
  return { fr: `${step.fr} ${DECLARE_NO_RELEASES.fr}`, en: `${step.en} ${DECLARE_NO_RELEASES.en}` };
}
