import { graphqlErrorsOf, readFailure, statusOf } from '../github/classify-error.js';
import { PERMISSIONS } from '../github/github-permissions.js';
import { readLabelledIssues } from '../github/read-labelled-issues.js';
import { findMarkedIssue } from '../issue/find-marked-issue.js';
import { CREATE_ISSUE_ROUTE, keepMarkedIssue, } from '../issue/keep-marked-issue.js';
import { sameIssueText } from '../issue/same-issue-text.js';
import { neutralIssueLink, parseIssueUrl } from '../render/neutral-link.js';
import { hasOverviewMarker, renderOverviewBody } from './overview-body.js';
class OverviewRepositoryError extends Error {
}
/**
 * Keeps the organisation overview issue with the product-health issue's keeper: found by its
 * hidden marker among ALL the issues carrying the label, created once, edited only when its
 * content changed, left closed when someone closed it, open duplicates closed with a neutral link
 * to the oldest open one (a closed duplicate is left alone), read again after a creation. Never
 * throws for a GitHub answer: a refusal is `failed` with what to fix.
 */
export async function keepOverviewIssue(input) {
    const { owner, repo } = input;
    const { title, body, omittedRows } = renderOverviewBody(input.comparison, input.subject, input.language);
    const base = { body, omittedRows, writes: [], healed: [] };
    let labelled;
    try {
        labelled = await listLabelled(input);
    }
    catch (error) {
        return { ...base, action: 'failed', issue: null, message: failureMessage(error, input, 'read') };
    }
    const { kept, duplicates } = findMarkedIssue(labelled, hasOverviewMarker);
    const texts = TEXTS[input.language];
    const writes = [];
    let action = 'unchanged';
    if (!kept) {
        writes.push({
            route: CREATE_ISSUE_ROUTE,
            parameters: { owner, repo, title, body, labels: [input.label] },
            description: texts.create,
        });
        action = 'created';
    }
    else if (kept.state === 'closed') {
        action = 'left-closed';
    }
    else if (!sameIssueText(kept.body, body) || kept.title !== title) {
        writes.push({
            route: UPDATE_ISSUE_ROUTE,
            parameters: { owner, repo, issue_number: kept.number, title, body },
            description: texts.update(kept.number),
        });
        action = 'updated';
    }
    if (kept) {
        for (const duplicate of duplicates)
            writes.push(...closeDuplicate(input, duplicate, kept));
    }
    const result = {
        ...base,
        action,
        issue: kept ? { number: kept.number, url: kept.url } : null,
        writes,
        healed: duplicates.map((duplicate) => duplicate.number),
        message: action === 'left-closed' ? 'the overview issue was closed by someone: it is left closed' : null,
    };
    if (input.dryRun)
        return result;
    return keepMarkedIssue({
        client: input.client,
        owner,
        repo,
        label: input.label,
        isMarked: hasOverviewMarker,
        duplicateWrites: (duplicate, keptIssue) => closeDuplicate(input, duplicate, keptIssue),
        describeFailure: (error) => failureMessage(error, input, 'write'),
    }, result);
}
/** Every issue carrying the label (all pages); what to fix when the repository cannot hold the overview. */
async function listLabelled(input) {
    const where = `${input.owner}/${input.repo}`;
    let listed;
    try {
        listed = await readLabelledIssues(input.client, input);
    }
    catch (error) {
        if (graphqlErrorsOf(error)?.errors.some((entry) => entry.type === 'NOT_FOUND')) {
            throw new OverviewRepositoryError(notFound(where));
        }
        throw error;
    }
    if (!listed)
        throw new OverviewRepositoryError(notFound(where));
    if (!listed.issuesEnabled)
        throw new OverviewRepositoryError(issuesOff(where));
    return listed.issues;
}
function notFound(where) {
    return `${where} was not found: create it (an organisation's \`.github\` repository is the usual home) or name another repository for the overview`;
}
function issuesOff(where) {
    return `${where} has issues turned off: turn them on or name another repository for the overview`;
}
function closeDuplicate(input, duplicate, kept) {
    const { owner, repo } = input;
    const texts = TEXTS[input.language];
    const reference = parseIssueUrl(kept.url);
    const link = reference ? neutralIssueLink(reference, null, input.language) : `n°${kept.number}`;
    const where = { owner, repo, issue_number: duplicate.number };
    return [
        {
            route: COMMENT_ROUTE,
            parameters: { ...where, body: texts.duplicate(link) },
            description: texts.comment(duplicate.number),
        },
        {
            route: UPDATE_ISSUE_ROUTE,
            parameters: { ...where, state: 'closed', state_reason: 'not_planned' },
            description: texts.close(duplicate.number),
        },
    ];
}
const UPDATE_ISSUE_ROUTE = 'PATCH /repos/{owner}/{repo}/issues/{issue_number}';
const COMMENT_ROUTE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
const TEXTS = {
    fr: {
        create: 'créer le ticket de synthèse santé produit',
        update: (number) => `mettre à jour le ticket de synthèse n°${number}`,
        comment: (number) => `commenter le doublon n°${number}`,
        close: (number) => `fermer le doublon n°${number}`,
        duplicate: (link) => `Doublon du ticket de synthèse santé produit tenu dans ${link} : fermé par product-health.`,
    },
    en: {
        create: 'create the product-health overview issue',
        update: (number) => `update the overview issue #${number}`,
        comment: (number) => `comment on the duplicate #${number}`,
        close: (number) => `close the duplicate #${number}`,
        duplicate: (link) => `Duplicate of the product-health overview issue kept in ${link}: closed by product-health.`,
    },
};
function failureMessage(error, input, doing) {
    if (error instanceof OverviewRepositoryError)
        return error.message;
    const where = `${input.owner}/${input.repo}`;
    if (statusOf(error) === 410)
        return issuesOff(where);
    const permission = doing === 'write' ? 'Issues: write' : PERMISSIONS.issues;
    return readFailure(error, `the overview issue in ${where}`, permission).detail;
}
