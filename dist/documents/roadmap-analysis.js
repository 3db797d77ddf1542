import { round } from '../util/stats.js';
import { excerpt, plainLines } from './markdown-sections.js';
/** The four parts of the guide's short-term roadmap, in its order. */
export const ROADMAP_COMPONENTS = ['objectives', 'initiatives', 'dependencies', 'calendar'];
const COMPONENT_PATTERNS = {
    objectives: /\b(objectifs?|goals?|objectives?|priorites?|prioritaires?|priorit(?:y|ies)|resultats? (?:attendus?|vises?)|expected outcomes?|okrs?|ambitions?)\b/,
    initiatives: /\b(initiatives?|fonctionnalites?|features?|chantiers?|experimentations?|experiments?|epics?|livrables?|deliverables?|mvp|livraisons?|actions? (?:cles|prevues)|key actions?|travaux|developpements?)\b/,
    dependencies: /\b(dependances?|dependenc(?:y|ies)|depend(?:s|ent|ons)? (?:de|du|des|d|on|upon)|risques?|risks?|blocages?|bloquants?|blockers?|prerequis|prerequisites?|contraintes?|constraints?|hypotheses?|assumptions?)\b/,
};
const CALENDAR_WORDS = /\b(semaines?|weeks?|mois|months?|sprints?|trimestres?|quarters?|semestres?|calendrier|calendar|timeline|echeances?|echeancier|deadlines?|jalons?|milestones?|planning|[tq][1-4]|[sh][12]|janvier|fevrier|avril|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|april|june|july|august|september|october|november|december)\b/;
/** Month names and abbreviations (normalised), French and English, January first. */
const MONTH_WORDS = [
    ['janvier', 'janv', 'jan', 'january'],
    ['fevrier', 'fevr', 'fev', 'feb', 'february'],
    ['mars', 'mar', 'march'],
    ['avril', 'avr', 'apr', 'april'],
    ['mai', 'may'],
    ['juin', 'jun', 'june'],
    ['juillet', 'juil', 'jul', 'july'],
    ['aout', 'aug', 'august'],
    ['septembre', 'sept', 'sep', 'september'],
    ['octobre', 'oct', 'october'],
    ['novembre', 'nov', 'november'],
    ['decembre', 'dec', 'december'],
];
const MONTHS = Object.fromEntries(MONTH_WORDS.flatMap((words, index) => words.map((word) => [word, index + 1])));
const MONTH_NAMES = Object.keys(MONTHS)
    .sort((a, b) => b.length - a.length)
    .join('|');
/** Small numbers in words, French and English, by value. */
const NUMBER_WORDS = Object.fromEntries([
    ['un', 'une', 'one'],
    ['deux', 'two'],
    ['trois', 'three'],
    ['quatre', 'four'],
    ['cinq', 'five'],
    ['six'],
    ['sept', 'seven'],
    ['huit', 'eight'],
    ['neuf', 'nine'],
    ['dix', 'ten'],
    ['onze', 'eleven'],
    ['douze', 'twelve'],
].flatMap((words, index) => words.map((word) => [word, index + 1])));
const AMOUNT = `(\\d+|${Object.keys(NUMBER_WORDS).join('|')})`;
const NEXT = '(?:prochain(?:e)?s?|next|coming|a venir)';
/** Most specific first: each match is blanked out before the next patterns (and bare years) run. */
const DATE_PATTERNS = [
    {
        pattern: /\b(20\d{2})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?\b/g,
        end: (m) => [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : null],
    },
    {
        pattern: /\b(0?[1-9]|[12]\d|3[01])\/(0?[1-9]|1[0-2])\/(20\d{2})\b/g,
        end: (m) => [Number(m[3]), Number(m[2]), Number(m[1])],
    },
    { pattern: /\b(0?[1-9]|1[0-2])\/(20\d{2})\b/g, end: (m) => [Number(m[2]), Number(m[1]), null] },
    {
        pattern: /\b(?:[tq]([1-4])|([1-4])(?:er|e|eme|st|nd|rd|th)? (?:trimestre|quarter))\s*[-/]?\s*(20\d{2})\b/g,
        end: (m) => [Number(m[3]), Number(m[1] ?? m[2]) * 3, null],
    },
    { pattern: /\b(20\d{2})\s*[-/]?\s*[tq]([1-4])\b/g, end: (m) => [Number(m[1]), Number(m[2]) * 3, null] },
    {
        pattern: /\b(?:[sh]([12])|([12])(?:er|e|nd|st)? (?:semestre|half))\s*[-/]?\s*(20\d{2})\b/g,
        end: (m) => [Number(m[3]), Number(m[1] ?? m[2]) * 6, null],
    },
    { pattern: /\b(20\d{2})\s*[-/]?\s*[sh]([12])\b/g, end: (m) => [Number(m[1]), Number(m[2]) * 6, null] },
    {
        pattern: new RegExp(`\\b(${MONTH_NAMES})\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?,?)?\\s+(20\\d{2})\\b`, 'g'),
        end: (m) => [Number(m[2]), MONTHS[m[1] ?? ''] ?? 12, null],
    },
];
const RELATIVE = new RegExp(`\\b(?:dans|sur|d ici|within|over|in|for|next)(?: les| the)?(?: ${NEXT})? ${AMOUNT}(?: ${NEXT})? (semaines?|mois|ans?|annees?|weeks?|months?|years?)\\b`, 'g');
const AVERAGE_MONTH_DAYS = 30.4375;
/**
 * The four parts of a short-term roadmap the guide lists (objectifs prioritaires, initiatives clés,
 * dépendances et risques, calendrier) and the roadmap's horizon: how far ahead the furthest date
 * it plans for lies. Named periods count to their end (`T3 2027` → end of September 2027), a bare
 * future year from its start (a year alone is a weak signal), past dates are ignored.
 */
export function analyzeRoadmap(markdown, now) {
    const lines = plainLines(markdown);
    const evidence = {};
    for (const component of ['objectives', 'initiatives', 'dependencies']) {
        const found = lines.find((line) => COMPONENT_PATTERNS[component].test(line.normalized));
        if (found)
            evidence[component] = excerpt(found.plain);
    }
    // In a roadmap, listed items are what the team plans to do.
    const item = lines.find((line) => line.listItem);
    if (!evidence.initiatives && item)
        evidence.initiatives = excerpt(item.plain);
    let horizon = null;
    let calendar = null;
    for (const line of lines) {
        const points = futurePoints(line.normalized, now);
        if (points.dated && !calendar)
            calendar = line;
        for (const point of points.future)
            if (!horizon || point.months > horizon.months)
                horizon = point;
    }
    calendar ??= lines.find((line) => CALENDAR_WORDS.test(line.normalized)) ?? null;
    if (calendar)
        evidence.calendar = excerpt(calendar.plain);
    const components = ROADMAP_COMPONENTS.filter((component) => evidence[component] !== undefined);
    return {
        components,
        missing: ROADMAP_COMPONENTS.filter((component) => !components.includes(component)),
        evidence,
        horizonMonths: horizon ? round(horizon.months, 1) : null,
        horizonText: horizon?.text ?? null,
    };
}
/** Dates and spans named in a normalised line: whether it names any, and those still ahead of now. */
function futurePoints(text, now) {
    let rest = text.replace(/https?:\/\/\S+/g, ' ');
    let dated = false;
    const future = [];
    const add = (date, matched) => {
        const months = (date.getTime() - now.getTime()) / 86_400_000 / AVERAGE_MONTH_DAYS;
        if (months >= 0)
            future.push({ months, text: matched.trim() });
    };
    for (const { pattern, end } of DATE_PATTERNS) {
        rest = rest.replace(pattern, (...args) => {
            const match = args.slice(0, -2);
            const parts = end(match);
            if (parts) {
                dated = true;
                const [year, month, day] = parts;
                add(new Date(Date.UTC(year, day === null ? month : month - 1, day ?? 0, 23, 59, 59)), match[0]);
            }
            return ' '.repeat(match[0].length);
        });
    }
    for (const match of rest.matchAll(RELATIVE)) {
        dated = true;
        const amount = Number(match[1]) || (NUMBER_WORDS[match[1] ?? ''] ?? 0);
        const unit = match[2] ?? '';
        const months = /^(ans?|annees?|years?)$/.test(unit)
            ? amount * 12
            : /^(mois|months?)$/.test(unit)
                ? amount
                : amount / 4.345;
        future.push({ months, text: match[0] });
    }
    for (const match of rest.matchAll(/\b(20\d{2})\b/g)) {
        const year = Number(match[1]);
        if (year > now.getUTCFullYear() && year <= now.getUTCFullYear() + 10) {
            dated = true;
            add(new Date(Date.UTC(year, 0, 1)), match[0]);
        }
    }
    return { dated, future };
}
