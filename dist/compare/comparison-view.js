import { PILLAR_IDS } from '../model/ids.js';
import { PILLARS } from '../model/pillars.js';
import { escapeMarkdown } from '../render/escape-markdown.js';
import { neutralIssueLink, parseIssueUrl, safeHref } from '../render/neutral-link.js';
import { GRADES } from '../scoring/grade.js';
import { comparisonLabelsFor } from './comparison-labels.js';
const SPARK = '▁▂▃▄▅▆▇█';
/** `B (72)`, `?` when unknown: a letter always, never colour alone. */
export function gradeText(graded) {
    if (graded.grade === null || graded.score === null)
        return '?';
    // `*`: partial, the grade rests on fewer known signals than apply (explained under the table).
    return `${graded.grade}${graded.partial ? '*' : ''} (${graded.score})`;
}
/** `▃▅▇ 62 → 71` from the kept history; `—` with fewer than two known scores. */
export function trendLine(history) {
    const scores = history.map((entry) => entry.score).filter((score) => score !== null);
    if (scores.length < 2)
        return '—';
    const bars = scores.map((score) => SPARK[Math.min(SPARK.length - 1, Math.floor((score / 101) * SPARK.length))]);
    return `${bars.join('')} ${scores[0]} → ${scores.at(-1)}`;
}
/** The data the Markdown templates draw (comparison and organisation overview issue). */
export function comparisonView(comparison, language, rowLimit = Number.POSITIVE_INFINITY) {
    const L = comparisonLabelsFor(language);
    const shown = comparison.rows.slice(0, rowLimit);
    return {
        L,
        pillarHeaders: PILLAR_IDS.map((id) => ({ short: L.pillars[id], title: PILLARS[id].title[language] })),
        rows: shown.map((row) => rowView(row, language)),
        omitted: comparison.rows.length - shown.length,
        partialNote: shown.some((row) => row.overall.partial || PILLAR_IDS.some((id) => row.pillars[id].partial))
            ? L.partialNote
            : '',
        omittedText: L.omitted(comparison.rows.length - shown.length),
        hasProducts: comparison.products.length > 0,
        products: comparison.products.map((product) => productView(product)),
        distribution: PILLAR_IDS.map((id) => ({
            pillar: L.pillars[id],
            counts: [...GRADES, null].map((grade) => comparison.rows.filter((row) => isScored(row) && row.pillars[id].grade === grade).length),
        })),
        gradeHeaders: [...GRADES, '?'],
        skipped: comparison.skipped.map((entry) => ({
            repository: escapeMarkdown(entry.repository),
            reason: L.skipReasons[entry.reason],
        })),
        problems: comparison.rows
            .filter((row) => row.problems.length > 0)
            .map((row) => ({
            repository: escapeMarkdown(row.repository),
            problems: row.problems.map(escapeMarkdown),
        })),
        total: comparison.rows.length,
    };
}
function rowView(row, language) {
    const L = comparisonLabelsFor(language);
    const href = safeHref(row.url);
    const name = escapeMarkdown(row.repository);
    const reference = row.issue ? parseIssueUrl(row.issue.url) : null;
    return {
        repository: href ? `[${name}](${href})` : name,
        product: row.product ? escapeMarkdown(row.product) : '—',
        overall: gradeText(row.overall),
        pillars: PILLAR_IDS.map((id) => gradeText(row.pillars[id])),
        trend: trendLine(row.history),
        origin: L.origins[row.origin],
        issue: reference ? neutralIssueLink(reference, null, language) : '—',
    };
}
function productView(product) {
    return {
        name: escapeMarkdown(product.name),
        repositories: product.repositories.map(escapeMarkdown).join(', '),
        overall: gradeText(product.overall),
        pillars: PILLAR_IDS.map((id) => gradeText(product.pillars[id])),
    };
}
/** Whether the row holds scores: read from a stored state or scanned, not failed nor rate-limited. */
function isScored(row) {
    return row.origin === 'stored' || row.origin === 'scanned';
}
