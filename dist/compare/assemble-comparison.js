import { PILLAR_IDS } from '../model/ids.js';
import { gradeOf } from '../scoring/grade.js';
import { TOOL } from '../util/tool.js';
import { COMPARISON_SCHEMA_VERSION, } from './comparison.js';
/** Rows sorted, duplicates dropped (the last one read wins), products aggregated. Pure. */
export function assembleComparison(parts) {
    const rows = uniqueBy(parts.rows, (row) => row.repository).sort((a, b) => byName(a.repository, b.repository));
    const kept = new Set(rows.map((row) => row.repository.toLowerCase()));
    const skipped = uniqueBy(parts.skipped, (entry) => entry.repository)
        .filter((entry) => !kept.has(entry.repository.toLowerCase()))
        .sort((a, b) => byName(a.repository, b.repository));
    return {
        schemaVersion: COMPARISON_SCHEMA_VERSION,
        tool: { ...TOOL },
        generatedAt: parts.now.toISOString(),
        scope: parts.scope,
        rows,
        products: productsOf(rows),
        skipped,
        cost: parts.cost,
    };
}
/**
 * A product spread over several repositories shows a practice when any of them shows it (the
 * vision in one, deployments in another), so each pillar takes the best score known among them;
 * the overall score is the mean of those pillars.
 */
export function productsOf(rows) {
    const byProduct = new Map();
    for (const row of rows) {
        if (row.product === null)
            continue;
        byProduct.set(row.product, [...(byProduct.get(row.product) ?? []), row]);
    }
    return [...byProduct.entries()]
        .map(([name, members]) => {
        const pillars = Object.fromEntries(PILLAR_IDS.map((id) => [id, graded(best(members.map((row) => row.pillars[id].score)))]));
        const known = PILLAR_IDS.map((id) => pillars[id].score).filter((score) => score !== null);
        const overall = known.length === 0 ? null : Math.round(known.reduce((sum, score) => sum + score, 0) / known.length);
        return {
            name,
            repositories: members.map((row) => row.repository),
            overall: graded(overall),
            pillars,
            topics: [...new Set(members.flatMap((row) => row.topics))].sort(),
        };
    })
        .sort((a, b) => byName(a.name, b.name));
}
export function graded(score) {
    return { score, grade: score === null ? null : gradeOf(score) };
}
/** A cost with every count at zero, to add to. */
export function emptyCost() {
    return { requests: { total: 0, graphql: 0, restReads: 0, restWrites: 0 }, graphqlPoints: 0 };
}
export function addCost(total, more) {
    return {
        requests: {
            total: total.requests.total + more.requests.total,
            graphql: total.requests.graphql + more.requests.graphql,
            restReads: total.requests.restReads + more.requests.restReads,
            restWrites: total.requests.restWrites + more.requests.restWrites,
        },
        graphqlPoints: total.graphqlPoints + more.graphqlPoints,
    };
}
/** Case-insensitive order of repository and product names, stable across machines. */
export function byName(a, b) {
    const left = a.toLowerCase();
    const right = b.toLowerCase();
    return left < right ? -1 : left > right ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
function best(scores) {
    const known = scores.filter((score) => score !== null);
    return known.length === 0 ? null : Math.max(...known);
}
function uniqueBy(items, key) {
    const map = new Map();
    for (const item of items)
        map.set(key(item).toLowerCase(), item);
    return [...map.values()];
}
