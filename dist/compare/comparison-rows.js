import { parseConfig } from '../config/parse-config.js';
import { hasHealthMarker } from '../issue/issue-marker.js';
import { readIssueState } from '../issue/issue-state.js';
import { PILLAR_IDS, SIGNAL_IDS } from '../model/ids.js';
import { SIGNALS } from '../signals/index.js';
import { graded } from './assemble-comparison.js';
const DAY = 86_400_000;
export function comparedSettings(node) {
    const parsed = parseConfig(node.configFile?.text ?? null);
    return { product: parsed.product, label: parsed.config.issue.label };
}
/**
 * The row kept in the repository's product-health issue, when it is fresh: the issue carries the
 * marker and a readable state, and was edited within `maxAgeDays`. The issue is edited only when
 * its judgement changes, so an unchanged repository is scanned again once its state is that old.
 * Null when the repository has to be scanned.
 */
export function storedRow(node, options) {
    if (options.maxAgeDays <= 0)
        return null;
    const settings = comparedSettings(node);
    if (settings.label.toLowerCase() !== options.label.toLowerCase())
        return null;
    const issue = (node.healthIssues.nodes ?? []).find((candidate) => candidate && hasHealthMarker(candidate.body));
    if (!issue)
        return null;
    const age = options.now.getTime() - Date.parse(issue.updatedAt);
    if (!(age < options.maxAgeDays * DAY))
        return null;
    const state = readIssueState(issue.body);
    if (!state)
        return null;
    return {
        ...identity(node, options.product ?? settings.product),
        ...scoresOfState(state),
        issue: { number: issue.number, url: issue.url, state: issue.state === 'OPEN' ? 'open' : 'closed' },
        origin: 'stored',
        problems: [],
    };
}
/** The row of a repository scanned during this run. */
export function scannedRow(repository, node, result, product) {
    const { report } = result;
    const kept = result.issue?.issue ?? null;
    return {
        repository: node?.nameWithOwner ?? repository,
        url: node?.url ?? report.repository.url ?? '',
        product,
        topics: topicsOf(node),
        ...scoresOfState(result.state),
        issue: kept
            ? {
                number: kept.number,
                url: kept.url,
                state: result.issue?.action === 'left-closed' ? 'closed' : 'open',
            }
            : null,
        origin: 'scanned',
        problems: [
            ...report.unavailable.map((part) => part.detail),
            ...(result.issue?.action === 'failed' && result.issue.message ? [result.issue.message] : []),
        ],
    };
}
/** The row of a repository that could be neither read from its issue nor scanned. */
export function failedRow(repository, node, product, problem, webUrl) {
    return {
        repository: node?.nameWithOwner ?? repository,
        url: node?.url ?? `${webUrl}/${repository}`,
        product,
        topics: topicsOf(node),
        overall: graded(null),
        pillars: pillarsOf(() => null),
        signals: Object.fromEntries(SIGNAL_IDS.map((id) => [id, 'unknown'])),
        history: [],
        issue: null,
        origin: 'failed',
        problems: [problem],
    };
}
/** A repository GitHub's hourly budget kept from being scanned (or finished): no scores, the reset said. */
export function rateLimitedRow(repository, node, product, limit, webUrl) {
    const until = limit.resetAt ? `until ${limit.resetAt.toISOString()}` : '(reset time unknown)';
    const problem = `rate-limited ${until}: GitHub's hourly budget of ${limit.resource === 'graphql' ? 'GraphQL points' : 'REST requests'} is spent; compare again after the reset`;
    return {
        ...failedRow(repository, node, product, problem, webUrl),
        origin: 'rate-limited',
        rateLimitedUntil: limit.resetAt?.toISOString() ?? null,
    };
}
/** "12 repositories not refreshed: rate limit until 14:05 UTC", from the rows' reset times. */
export function rateLimitedSummary(rows) {
    const resets = rows.flatMap((row) => (row.rateLimitedUntil ? [Date.parse(row.rateLimitedUntil)] : []));
    const until = resets.length > 0
        ? `until ${new Date(Math.max(...resets)).toISOString().slice(11, 16)} UTC`
        : '(reset time unknown)';
    return `${rows.length} ${rows.length === 1 ? 'repository' : 'repositories'} not refreshed: rate limit ${until}`;
}
function identity(node, product) {
    return { repository: node.nameWithOwner, url: node.url, product, topics: topicsOf(node) };
}
function topicsOf(node) {
    return (node?.repositoryTopics.nodes ?? []).flatMap((entry) => (entry ? [entry.topic.name] : [])).sort();
}
/** Each signal's pillar, from the signal definitions. */
const PILLAR_OF = new Map(SIGNALS.map((definition) => [definition.id, definition.pillar]));
function scoresOfState(state) {
    // A grade is partial when one of its signals is unknown (not-applicable ones do not apply).
    const unknown = (pillar) => Object.entries(state.signals).some(([id, status]) => status === 'unknown' && (pillar === null || PILLAR_OF.get(id) === pillar));
    const mark = (score, pillar) => score.score !== null && unknown(pillar) ? { ...score, partial: true } : score;
    const pillars = pillarsOf((id) => state.pillars[id]);
    return {
        overall: mark(graded(state.score), null),
        pillars: Object.fromEntries(PILLAR_IDS.map((id) => [id, mark(pillars[id], id)])),
        signals: state.signals,
        history: state.history.map((entry) => ({ date: entry.date, score: entry.score })),
    };
}
function pillarsOf(score) {
    return Object.fromEntries(PILLAR_IDS.map((id) => [id, graded(score(id))]));
}
