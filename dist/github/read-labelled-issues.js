import { nodesOf, toKnownIssues } from './map-nodes.js';
import { LABELLED_ISSUES_QUERY, } from './queries/labelled-issues-query.js';
/** Pages of 100 read at most: past 5,000 labelled issues the list is not known whole. */
const MAX_PAGES = 50;
/**
 * Every issue carrying `label` (all pages, one request per 100), from `after` when a first page
 * was already read elsewhere (the details query). Null when the repository cannot be seen; throws
 * when GitHub's answer cannot be read, or when the list is too long to be read whole (a marked
 * issue could hide past it, and a keeper must then write nothing rather than a duplicate).
 */
export async function readLabelledIssues(client, where) {
    const issues = [];
    let after = where.after ?? null;
    let issuesEnabled = true;
    for (let page = 0; page < MAX_PAGES; page++) {
        const data = await client.query(LABELLED_ISSUES_QUERY, {
            owner: where.owner,
            name: where.repo,
            labels: [where.label],
            after,
        });
        const repository = data?.repository;
        if (!repository)
            return null;
        issuesEnabled = repository.hasIssuesEnabled;
        issues.push(...toKnownIssues(nodesOf(repository.issues)));
        after = nextCursor(repository.issues);
        if (after === null)
            return { issuesEnabled, issues };
    }
    throw new Error(`more than ${MAX_PAGES * 100} issues carry the label "${where.label}": rename the label (issue.label) or remove it from old issues`);
}
/** The cursor of the next page, null when this one was the last. */
export function nextCursor(page) {
    return page?.pageInfo?.hasNextPage === true && page.pageInfo.endCursor ? page.pageInfo.endCursor : null;
}
