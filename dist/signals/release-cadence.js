import { GUIDE } from '../guide/guide-references.js';
import { daysBetween } from '../util/dates.js';
import { median, round, scoreBetween } from '../util/stats.js';
import { findChangelog } from './changelog-entries.js';
import { deploymentFrequencySignal } from './deployment-frequency.js';
import { formatNumber } from './format-number.js';
import { notApplicableResult, unknownResult } from './outcome.js';
import { inWindow, signalWindow } from './signal-window.js';
import { tieredScore } from './tiered-score.js';
const DECLARE_NO_RELEASES = {
    fr: 'Si l’équipe déploie en continu sans publier de versions, déclarez-le dans `.github/product-health.yml` : `releases: { expected: false }`.',
    en: 'If the team deploys continuously without cutting releases, declare it in `.github/product-health.yml`: `releases: { expected: false }`.',
};
export const releaseCadenceSignal = {
    id: 'release-cadence',
    pillar: 'iteration',
    title: { fr: 'Rythme des versions', en: 'Release cadence' },
    definition: {
        fr: 'Incréments visibles sur la période — versions publiées, sinon tags, sinon entrées datées du journal des modifications (CHANGELOG) : nombre, intervalle médian, jours depuis le dernier. Sans objet quand l’équipe déploie en production au moins chaque semaine (sauf si la configuration dit que des versions sont attendues) ou déclare ne pas publier de versions.',
        en: 'Visible increments in the window — releases, else tags, else dated changelog entries: count, median interval, days since the last one. Not applicable when the team deploys to production at least weekly (unless the configuration says releases are expected) or declares it does not cut releases.',
    },
    why: {
        fr: '« Une approche itérative favorise la souplesse, en permettant d’ajuster le produit en continu grâce aux retours utilisateurs et aux évolutions réglementaires ou technologiques. »',
        en: '“An iterative approach fosters flexibility, making it possible to adjust the product continuously thanks to user feedback and regulatory or technological changes.”',
    },
    guide: GUIDE.iterations,
    defaults: { passMaxDaysSinceLast: 45, passMaxMedianIntervalDays: 45, warnMaxDaysSinceLast: 120 },
    evaluate: evaluateReleaseCadence,
};
function evaluateReleaseCadence(context) {
    if (context.config.releases.expected === false) {
        return notApplicableResult({
            fr: 'L’équipe déclare ne pas publier de versions (`releases.expected: false`).',
            en: 'The team declares it does not cut releases (`releases.expected: false`).',
        }, { expected: false }, [{ kind: 'config', ref: 'releases.expected' }]);
    }
    if (context.config.releases.expected === null) {
        const continuous = continuousDelivery(context);
        if (continuous !== null)
            return continuous;
    }
    const { releases, tags, files, contents } = context.snapshot;
    const window = signalWindow(context);
    const published = releases.available ? releases.value.filter((release) => !isDraft(release)) : [];
    const changelog = findChangelog(files, contents);
    const candidates = [];
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
    if (chosen)
        return judge(context, chosen.source, chosen.dates, chosen.prereleases, chosen.ref);
    const what = { fr: 'Versions et tags', en: 'Releases and tags' };
    if (!releases.available)
        return unknownResult(what, releases);
    if (!tags.available)
        return unknownResult(what, tags);
    return judge(context, 'tags', [], []);
}
/**
 * Not applicable when the team deploys to production at least weekly (deployment frequency's own
 * threshold): continuous delivery is the visible, regular increment the guide asks for.
 */
function continuousDelivery(context) {
    const thresholds = {
        ...deploymentFrequencySignal.defaults,
        ...context.config.thresholds['deployment-frequency'],
    };
    const deployments = deploymentFrequencySignal.evaluate({ ...context, thresholds });
    const perWeek = deployments.metrics.perWeek;
    if (typeof perWeek !== 'number' || perWeek < thresholds.passPerWeek)
        return null;
    const rate = formatNumber(perWeek, 2);
    const count = deployments.metrics.count;
    return notApplicableResult({
        fr: `L’équipe déploie en production ${rate.fr} fois par semaine (${count} déploiement(s), voir « Fréquence de déploiement ») : chaque mise en production est un incrément visible, des versions ne sont pas attendues. Si vous en publiez pour vos utilisateurs, déclarez \`releases: { expected: true }\` dans \`.github/product-health.yml\`.`,
        en: `The team deploys to production ${rate.en} times a week (${count} deployment(s), see “Deployment frequency”): each deployment is a visible increment, releases are not expected. If you publish releases for your users, declare \`releases: { expected: true }\` in \`.github/product-health.yml\`.`,
    }, { expected: false, deploymentsPerWeek: perWeek, reason: 'continuous-delivery' }, [...deployments.evidence.slice(0, 3), { kind: 'config', ref: 'releases.expected' }]);
}
/** The snapshot's `Release` has no draft flag (sources drop drafts); honour one if a source sends it. */
function isDraft(release) {
    return release.draft === true;
}
function judge(context, source, allDates, prereleaseDates, ref) {
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
    const daysSinceLast = lastTime === undefined ? null : Math.floor(daysBetween(new Date(lastTime), context.now));
    const count = dates.length;
    const status = daysSinceLast === null || daysSinceLast > warnMaxDaysSinceLast
        ? 'fail'
        : daysSinceLast <= passMaxDaysSinceLast &&
            medianInterval !== null &&
            medianInterval <= passMaxMedianIntervalDays
            ? 'pass'
            : 'warn';
    const fraction = status === 'pass'
        ? scoreBetween(medianInterval ?? passMaxMedianIntervalDays, passMaxMedianIntervalDays, 7) / 100
        : status === 'warn'
            ? scoreBetween(daysSinceLast ?? warnMaxDaysSinceLast, warnMaxDaysSinceLast, 0) / 100
            : 0;
    const days = Math.round(window.days);
    const evidence = [
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
        measured: measuredText(source, count, prereleases, days, medianInterval, lastTime === undefined ? null : new Date(lastTime).toISOString().slice(0, 10)),
        advice: status === 'pass' ? null : adviceText(status, count, passMaxMedianIntervalDays),
        source,
    };
}
function measuredText(source, count, prereleases, days, medianInterval, lastDay) {
    const what = source === 'releases'
        ? { fr: 'version(s) publiée(s)', en: 'release(s)' }
        : source === 'tags'
            ? { fr: 'tag(s)', en: 'tag(s)' }
            : { fr: 'entrée(s) datée(s) du journal des modifications', en: 'dated changelog entr(y/ies)' };
    const pre = prereleases > 0
        ? {
            fr: ` (plus ${prereleases} préversion(s), non comptées)`,
            en: ` (plus ${prereleases} prerelease(s), not counted)`,
        }
        : { fr: '', en: '' };
    const interval = medianInterval === null ? null : formatNumber(medianInterval);
    const rhythm = interval === null
        ? { fr: '', en: '' }
        : { fr: `, intervalle médian ${interval.fr} j`, en: `, median interval ${interval.en} days` };
    const last = lastDay === null
        ? { fr: '', en: '' }
        : { fr: `, dernière le ${lastDay}`, en: `, last one on ${lastDay}` };
    return {
        fr: `${count} ${what.fr} en ${days} jours${pre.fr}${rhythm.fr}${last.fr}.`,
        en: `${count} ${what.en} in ${days} days${pre.en}${rhythm.en}${last.en}.`,
    };
}
function adviceText(status, count, targetDays) {
    const step = status === 'fail' && count === 0
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
