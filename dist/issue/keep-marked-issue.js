import { isIssueNumber } from '../github/map-nodes.js';
import { readLabelledIssues } from '../github/read-labelled-issues.js';
import { olderMarkedIssue } from './find-marked-issue.js';
export const CREATE_ISSUE_ROUTE = 'POST /repos/{owner}/{repo}/issues';
/**
 * Sends a keeper's planned writes in order, stopping at the first refusal (`failed`, with what to
 * fix). After creating the issue it reads the labelled issues again (one request in the common
 * case): when another run (a second app process, the Action) created one first, it closes its own
 * at once as a duplicate of that older one, so concurrent first runs end with one open issue.
 * Never throws.
 */
export async function keepMarkedIssue(keeper, plan) {
    if (plan.writes.length === 0)
        return plan;
    const sent = await sendWrites(keeper, plan, plan.writes);
    if (plan.action !== 'created' || sent.action === 'failed')
        return sent;
    return settleConcurrentCreation(keeper, sent);
}
async function sendWrites(keeper, result, writes) {
    let issue = result.issue;
    const healed = [];
    for (const write of writes) {
        try {
            const data = await keeper.client.write(write.route, write.parameters);
            if (write.route === CREATE_ISSUE_ROUTE && isIssueNumber(data?.number)) {
                issue = { number: data.number, url: typeof data.html_url === 'string' ? data.html_url : '' };
            }
            if (write.parameters.state === 'closed')
                healed.push(write.parameters.issue_number);
        }
        catch (error) {
            return { ...result, action: 'failed', issue, healed, message: keeper.describeFailure(error, write) };
        }
    }
    return { ...result, issue };
}
/**
 * Just after a creation: when an older open marked issue exists, closes the one just created
 * (comment, then close) and points the result at the older one. A creation whose answer could not
 * be read learns which issue is kept. A failed re-read changes nothing (the next run heals).
 */
async function settleConcurrentCreation(keeper, created) {
    let marked;
    try {
        const listed = await readLabelledIssues(keeper.client, keeper);
        if (listed === null)
            return created;
        marked = listed.issues;
    }
    catch {
        return created;
    }
    const own = created.issue;
    const older = olderMarkedIssue(marked, own?.number ?? Number.POSITIVE_INFINITY, keeper.isMarked);
    if (!older)
        return created;
    const kept = { number: older.number, url: older.url };
    if (!own)
        return { ...created, issue: kept };
    const closing = keeper.duplicateWrites(own, kept);
    const closed = await sendWrites(keeper, { ...created, writes: [...created.writes, ...closing] }, closing);
    if (closed.action === 'failed')
        return { ...created, message: closed.message };
    return { ...closed, issue: kept, healed: [...created.healed, own.number] };
}
