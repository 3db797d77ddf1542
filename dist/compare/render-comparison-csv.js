import { stringify } from 'csv-stringify/sync';
import { PILLAR_IDS, SIGNAL_IDS } from '../model/ids.js';
/** Spreadsheets run a cell starting with one of these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
/**
 * One line per repository with stable, language-neutral column names (ids), for spreadsheets and
 * scripts: scores 0–100 and grades per pillar, every signal's status, the health issue.
 */
export function renderComparisonCsv(comparison) {
    const header = [
        'repository',
        'url',
        'product',
        'topics',
        'score',
        'grade',
        ...PILLAR_IDS.flatMap((id) => [`${id}_score`, `${id}_grade`]),
        ...SIGNAL_IDS,
        'history',
        'issue_url',
        'issue_state',
        'origin',
        'problems',
    ];
    const records = comparison.rows.map((row) => [
        row.repository,
        row.url,
        row.product ?? '',
        row.topics.join(' '),
        row.overall.score ?? '',
        row.overall.grade ?? '',
        ...PILLAR_IDS.flatMap((id) => [row.pillars[id].score ?? '', row.pillars[id].grade ?? '']),
        ...SIGNAL_IDS.map((id) => row.signals[id]),
        row.history.map((entry) => `${entry.date}:${entry.score ?? ''}`).join(' '),
        row.issue?.url ?? '',
        row.issue?.state ?? '',
        row.origin,
        row.problems.join(' | '),
    ]);
    return stringify([header, ...records].map((record) => record.map(neutralCell)), { record_delimiter: 'unix' });
}
function neutralCell(value) {
    return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}
