import { limitText } from '../collect/limit-text.js';
import { isFeedbackResponse } from '../model/feedback-response.js';
import { available, unavailable } from '../model/part.js';
import { graphqlErrorsOf, readFailure } from './classify-error.js';
import { PERMISSIONS } from './github-permissions.js';
import { GraphqlFailures } from './graphql-failures.js';
import { nodesOf, toComment, toIssue, toKnownIssues } from './map-nodes.js';
import { productRecordPart } from './product-record-part.js';
import { buildDetailsQuery, } from './queries/details-query.js';
import { nextCursor } from './read-labelled-issues.js';
import { MAX_PAGES } from './scan-pagers.js';
const FILES_PER_REQUEST = 150;
const COMMENT_PAGES_PER_REQUEST = 50;
const MAX_DETAIL_REQUESTS = 150;
const NOT_A_FILE = { Tree: 'a folder', Commit: 'a submodule' };
/**
 * Reads what the overview could not: file texts and dates, feedback issues, the product-health
 * issue, the next pages of the connections the window still covers, and comments past the first
 * page when no response was found in it. One request per round, as many rounds as needed.
 */
export async function readDetails(client, input) {
    const { pagers } = input;
    const contents = {};
    const dates = new Map();
    const threads = new Map();
    let health = input.healthLabel
        ? unavailable('api-fault', 'the product-health issue could not be read')
        : available([]);
    let pendingFiles = [...input.files];
    let pendingDates = [...input.datedFiles];
    let feedback = input.feedbackLabels ? { after: null } : null;
    let historyAfter = input.restartHistory
        ? null
        : (pagers.history.cursor ?? undefined);
    let healthPending = input.healthLabel !== null;
    /** Where the labelled issues continue past the first page (read by `readLabelledIssues`). */
    let healthAfter = null;
    let record = null;
    for (let round = 0; round < MAX_DETAIL_REQUESTS; round++) {
        const files = pendingFiles.slice(0, FILES_PER_REQUEST);
        const datedFiles = pendingDates.slice(0, FILES_PER_REQUEST);
        const continuing = [...threads.values()]
            .filter((thread) => thread.cursor !== null)
            .slice(0, COMMENT_PAGES_PER_REQUEST);
        const request = {
            owner: input.owner,
            name: input.name,
            since: input.since,
            head: input.head,
            files,
            datedFiles,
            feedback: feedback && input.feedbackLabels ? { labels: input.feedbackLabels, after: feedback.after } : null,
            healthLabel: healthPending ? input.healthLabel : null,
            more: {
                history: historyAfter,
                releases: pagers.releases.cursor ?? undefined,
                tags: pagers.tags.cursor ?? undefined,
                deployments: pagers.deployments.cursor ?? undefined,
            },
            comments: continuing.map((thread) => ({ issueId: thread.id, after: thread.cursor })),
            record: round === 0 && input.record ? input.record : null,
        };
        const built = buildDetailsQuery(request);
        if (!built)
            break;
        let data = null;
        let failures = new GraphqlFailures();
        try {
            data = await client.query(built.document, built.variables);
        }
        catch (error) {
            const partial = graphqlErrorsOf(error);
            data = partial ? partial.data : null;
            failures = partial
                ? GraphqlFailures.of(partial.errors)
                : GraphqlFailures.all(readFailure(error, 'repository details', PERMISSIONS.contents));
        }
        const code = data?.withContents ?? null;
        const tracker = data?.withIssues ?? null;
        files.forEach((path, index) => {
            const alias = `file${index}`;
            const failure = failures.at('withContents', alias);
            contents[path] = blobPart(path, code?.[alias], failure);
        });
        datedFiles.forEach((path, index) => {
            const alias = `date${index}`;
            const history = code?.head?.[alias];
            const date = history?.nodes?.[0]?.committedDate;
            dates.set(path, date ? new Date(date).toISOString() : null);
        });
        pendingFiles = pendingFiles.slice(files.length);
        pendingDates = pendingDates.slice(datedFiles.length);
        if (request.more.history !== undefined) {
            const failure = failures.at('withContents', 'head', 'history');
            if (failure)
                pagers.history.fail(failure);
            else
                pagers.history.absorb(code?.head?.history);
            historyAfter = pagers.history.cursor ?? undefined;
        }
        if (request.more.releases) {
            pagers.releases.absorbOrFail(code?.releases, failures.at('withContents', 'releases'));
        }
        if (request.more.tags)
            pagers.tags.absorbOrFail(code?.tags, failures.at('withContents', 'tags'));
        if (request.more.deployments) {
            pagers.deployments.absorbOrFail(data?.withDeployments?.deployments, failures.at('withDeployments', 'deployments'));
        }
        if (request.feedback) {
            const failure = failures.at('withIssues', 'feedback');
            if (failure) {
                pagers.feedback.fail(failure);
                feedback = null;
            }
            else {
                const before = pagers.feedback.items.length;
                pagers.feedback.absorb(tracker?.feedback);
                for (const node of pagers.feedback.items.slice(before))
                    openThread(threads, node, input.maintainersOnly);
                feedback = pagers.feedback.cursor ? { after: pagers.feedback.cursor } : null;
            }
        }
        if (request.record && input.record) {
            record = productRecordPart(input.record, data?.productRecord, failures.at('productRecord'));
        }
        if (healthPending) {
            const failure = failures.at('withIssues', 'health');
            health = failure
                ? unavailable(failure.reason, failure.detail)
                : available(toKnownIssues(nodesOf(tracker?.health)));
            healthAfter = failure ? null : nextCursor(tracker?.health);
            healthPending = false;
        }
        continuing.forEach((thread, index) => {
            const alias = `comments${index}`;
            const failure = failures.at(alias);
            if (failure) {
                thread.failure = failure;
                thread.cursor = null;
                return;
            }
            const page = data?.[alias]?.comments;
            thread.pages += 1;
            thread.issue.comments.push(...nodesOf(page).map(toComment));
            const more = page?.pageInfo.hasNextPage === true && page.pageInfo.endCursor !== null;
            thread.issue.commentsComplete = !more;
            const answered = thread.issue.comments.some((comment) => isFeedbackResponse(comment, thread.issue, input.maintainersOnly));
            thread.cursor =
                more && !answered && thread.pages < MAX_PAGES.comments ? (page?.pageInfo.endCursor ?? null) : null;
        });
    }
    for (const pager of Object.values(pagers))
        pager.stop();
    for (const path of pendingFiles) {
        contents[path] = unavailable('too-large', 'more files than one scan reads');
    }
    for (const [path, part] of Object.entries(contents)) {
        if (part.available)
            part.value.lastChangedAt = dates.get(path) ?? null;
    }
    const feedbackPart = pagers.feedback.part();
    const issues = feedbackPart.available
        ? available(feedbackPart.value
            .filter((node) => !input.healthLabel || !labelsOf(node).includes(input.healthLabel.toLowerCase()))
            .map((node) => threads.get(node.id)?.issue ?? toIssue(node)))
        : feedbackPart;
    return { contents, issues, health, healthAfter, record };
}
function labelsOf(node) {
    return nodesOf(node.labels).map((label) => label.name.toLowerCase());
}
/** Keeps the mapped issue; its comments continue only when the first page holds no response. */
function openThread(threads, node, maintainersOnly) {
    const issue = toIssue(node);
    const answered = issue.comments.some((comment) => isFeedbackResponse(comment, issue, maintainersOnly));
    const cursor = node.comments.pageInfo.hasNextPage && !answered ? node.comments.pageInfo.endCursor : null;
    threads.set(node.id, { issue, id: node.id, cursor, pages: 1, failure: null });
}
function blobPart(path, blob, failure) {
    if (failure)
        return unavailable(failure.reason, failure.detail);
    if (!blob)
        return unavailable('not-found', `${path} is not a file on the default branch`);
    // `... on Blob` selects nothing of a folder (a Tree) or a submodule (a Commit).
    if (typeof blob.text !== 'string' && blob.text !== null) {
        const kind = NOT_A_FILE[blob.__typename ?? ''];
        const detail = kind
            ? `${path} is ${kind} on the default branch, not a file`
            : `${path} is not a file on the default branch`;
        return unavailable('not-found', detail);
    }
    if (blob.isBinary)
        return unavailable('too-large', `${path} is a binary file`);
    if (blob.text === null)
        return unavailable('too-large', `${path} is too large to be read through the API`);
    const { text, truncated } = limitText(blob.text);
    return available({ text, lastChangedAt: null, truncated: truncated || blob.isTruncated });
}
