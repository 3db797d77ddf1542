import { PILLAR_IDS, SIGNAL_IDS, STATUSES } from '../model/ids.js';
import { GRADES } from '../scoring/grade.js';
export const MAX_HISTORY_ENTRIES = 24;
const STATE_PREFIX = '<!-- product-health:state';
/** A state is a few kilobytes; anything much larger was not written by product-health. */
const MAX_STATE_CHARS = 20_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The state as a hidden HTML comment; `<` and `>` are escaped so nothing inside can close it. */
export function stateComment(state) {
    const json = JSON.stringify(state).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
    return `${STATE_PREFIX} ${json} -->`;
}
/** The state kept in an issue body; null when absent or unreadable, sanitised when hand-edited. Never throws. */
export function readIssueState(body) {
    if (typeof body !== 'string')
        return null;
    const start = body.lastIndexOf(STATE_PREFIX);
    if (start < 0)
        return null;
    const end = body.indexOf('-->', start);
    if (end < 0)
        return null;
    const json = body.slice(start + STATE_PREFIX.length, end).trim();
    if (json.length > MAX_STATE_CHARS)
        return null;
    try {
        return sanitiseState(JSON.parse(json));
    }
    catch {
        return null;
    }
}
/**
 * The state after this scan. History gains an entry only when scores changed; a second change on
 * the same day replaces that day's entry. The same report twice gives the same state.
 */
export function nextIssueState(previous, report, now) {
    const pillars = pillarScores(report);
    const current = { date: dayOf(now, previous), score: report.score, pillars };
    const history = [...(previous?.history ?? [])];
    const last = history.at(-1);
    if (!last)
        history.push(current);
    else if (!sameScores(last, current)) {
        if (last.date === current.date) {
            history.pop();
            // Back to the scores of the entry before: today's change cancelled itself.
            const before = history.at(-1);
            if (!before || !sameScores(before, current))
                history.push(current);
        }
        else
            history.push(current);
    }
    return {
        version: 1,
        score: report.score,
        grade: report.grade,
        pillars,
        signals: Object.fromEntries(SIGNAL_IDS.map((id) => [id, report.signals.find((s) => s.id === id)?.status ?? 'unknown'])),
        history: history.slice(-MAX_HISTORY_ENTRIES),
    };
}
/** The current scores compared with the latest history entry that differs from them; null without a past. */
export function trendsFromState(state) {
    const current = { date: '', score: state.score, pillars: state.pillars };
    const past = state.history.findLast((entry) => !sameScores(entry, current));
    if (!past)
        return null;
    const pillars = {};
    for (const id of PILLAR_IDS) {
        const trend = scoreTrend(past.pillars[id], state.pillars[id], past.date);
        if (trend)
            pillars[id] = trend;
    }
    return {
        overall: scoreTrend(past.score, state.score, past.date),
        pillars,
        history: state.history.map((entry) => ({ date: entry.date, score: entry.score })),
    };
}
function scoreTrend(from, to, since) {
    return from === null || to === null ? null : { from, to, change: to - from, since };
}
function pillarScores(report) {
    return Object.fromEntries(PILLAR_IDS.map((id) => [id, report.pillars.find((p) => p.id === id)?.score ?? null]));
}
function sameScores(a, b) {
    return a.score === b.score && PILLAR_IDS.every((id) => a.pillars[id] === b.pillars[id]);
}
/** Today (UTC), never before the last entry kept (a clock going back replaces that entry). */
function dayOf(now, previous) {
    const today = Number.isNaN(now.getTime()) ? '1970-01-01' : now.toISOString().slice(0, 10);
    const last = previous?.history.at(-1)?.date;
    return last && last > today ? last : today;
}
function sanitiseState(value) {
    if (!isRecord(value) || value.version !== 1)
        return null;
    const grade = typeof value.grade === 'string' && GRADES.includes(value.grade);
    const signals = isRecord(value.signals) ? value.signals : {};
    const byDate = new Map();
    for (const entry of Array.isArray(value.history) ? value.history.slice(-MAX_HISTORY_ENTRIES * 4) : []) {
        const clean = sanitiseEntry(entry);
        if (clean)
            byDate.set(clean.date, clean);
    }
    return {
        version: 1,
        score: sanitiseScore(value.score),
        grade: grade ? value.grade : null,
        pillars: sanitisePillars(value.pillars),
        signals: Object.fromEntries(SIGNAL_IDS.map((id) => {
            const status = signals[id];
            return [id, STATUSES.includes(status) ? status : 'unknown'];
        })),
        history: [...byDate.values()]
            .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
            .slice(-MAX_HISTORY_ENTRIES),
    };
}
function sanitiseEntry(value) {
    if (!isRecord(value) || typeof value.date !== 'string' || !DATE.test(value.date))
        return null;
    if (Number.isNaN(Date.parse(value.date)))
        return null;
    return { date: value.date, score: sanitiseScore(value.score), pillars: sanitisePillars(value.pillars) };
}
function sanitisePillars(value) {
    const record = isRecord(value) ? value : {};
    return Object.fromEntries(PILLAR_IDS.map((id) => [id, sanitiseScore(record[id])]));
}
function sanitiseScore(value) {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100
        ? Math.round(value)
        : null;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
