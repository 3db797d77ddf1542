import { issueReferenceLabel, neutralIssueLink, parseIssueUrl, } from '../render/neutral-link.js';
import { findMarkedIssue } from './find-marked-issue.js';
import { issueLabelsFor } from './issue-labels.js';
import { CREATE_ISSUE_ROUTE, } from './keep-marked-issue.js';
import { renderIssueBody } from './render-issue-body.js';
import { sameIssueText } from './same-issue-text.js';
import { tickedItems } from './ticked-items.js';
const UPDATE_ISSUE_ROUTE = 'PATCH /repos/{owner}/{repo}/issues/{issue_number}';
const COMMENT_ROUTE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
/**
 * What keeping the product-health issue takes, without sending anything: create it, edit it only
 * when its content changed, respect a user who closed it, and heal duplicates. Pure.
 */
export function planHealthIssueWrites(input) {
    const { owner, repo, report, settings } = input;
    const labels = issueLabelsFor(report.language);
    const { kept, duplicates } = findMarkedIssue(input.existing);
    const ticked = ticksOf(kept?.body ?? null);
    const rendered = renderIssueBody(report, input.state, { ticked });
    const { title, omittedSections } = rendered;
    const body = rememberHiddenTicks(rendered.body, ticked, report);
    const result = {
        action: 'unchanged',
        issue: kept ? { number: kept.number, url: kept.url } : null,
        title,
        body,
        writes: [],
        healed: [],
        omittedSections,
        message: null,
    };
    if (report.repository.archived)
        return { ...result, action: 'skipped', message: labels.skippedArchived };
    if (!input.issuesEnabled)
        return { ...result, action: 'skipped', message: labels.skippedIssuesDisabled };
    if (!kept) {
        const parameters = { owner, repo, title, body, labels: [settings.label] };
        return {
            ...result,
            action: 'created',
            writes: [{ route: CREATE_ISSUE_ROUTE, parameters, description: labels.write.create }],
        };
    }
    const reference = issueReference(kept, report);
    const refText = issueReferenceLabel(reference, report.language);
    const target = { owner, repo, issue_number: kept.number };
    const hasLabel = kept.labels.some((label) => label.toLowerCase() === settings.label.toLowerCase());
    const labelPatch = hasLabel ? {} : { labels: [...kept.labels, settings.label] };
    if (kept.state === 'closed') {
        if (!settings.reopenClosed)
            return { ...result, action: 'left-closed', message: labels.leftClosed(refText) };
        const parameters = { ...target, state: 'open', title, body, ...labelPatch };
        return {
            ...result,
            action: 'reopened',
            writes: [{ route: UPDATE_ISSUE_ROUTE, parameters, description: labels.write.reopen(refText) }],
        };
    }
    const writes = [];
    const changed = !sameIssueText(kept.title, title) || !sameIssueText(kept.body, body);
    if (changed || !hasLabel) {
        const parameters = { ...target, ...(changed ? { title, body } : {}), ...labelPatch };
        writes.push({ route: UPDATE_ISSUE_ROUTE, parameters, description: labels.write.update(refText) });
    }
    for (const duplicate of duplicates)
        writes.push(...duplicateWrites(input, duplicate, kept));
    return {
        ...result,
        action: changed || !hasLabel ? 'updated' : 'unchanged',
        writes,
        healed: duplicates.map((duplicate) => duplicate.number),
    };
}
/**
 * What closing a duplicate takes: a comment linking (neutrally) to the issue kept, then the close
 * as "not planned". The same for a duplicate found by a scan and for the issue a run has just
 * created when another run created one first.
 */
export function duplicateWrites(input, duplicate, kept) {
    const { owner, repo, report } = input;
    const labels = issueLabelsFor(report.language);
    const note = labels.duplicate(neutralIssueLink(issueReference(kept, report), null, report.language));
    const duplicateRef = issueReferenceLabel(issueReference(duplicate, report), report.language);
    const where = { owner, repo, issue_number: duplicate.number };
    return [
        {
            route: COMMENT_ROUTE,
            parameters: { ...where, body: note },
            description: labels.write.comment(duplicateRef),
        },
        {
            route: UPDATE_ISSUE_ROUTE,
            parameters: { ...where, state: 'closed', state_reason: 'not_planned' },
            description: labels.write.close(duplicateRef),
        },
    ];
}
const REMEMBERED_TICKS = /<!--\s*product-health:ticked\s+([a-z0-9:,-]*)\s*-->/;
const STEP_KEY = /^[a-z0-9][a-z0-9:-]{0,63}$/;
/** The steps ticked in a body: those it shows ticked, and those it remembers (see below). */
function ticksOf(body) {
    const ticked = tickedItems(body);
    const remembered = REMEMBERED_TICKS.exec(body ?? '')?.[1] ?? '';
    for (const key of remembered.split(','))
        if (STEP_KEY.test(key))
            ticked.add(key);
    return ticked;
}
/**
 * A step a person ticked disappears from the body while its signal is unknown (a fault, a missing
 * permission): its tick is kept in a hidden comment, so the step comes back ticked once the data
 * can be read again. A step gone because its signal passes is done: its tick is let go.
 */
function rememberHiddenTicks(body, ticked, report) {
    const unknown = new Set(report.signals.filter((s) => s.status === 'unknown').map((s) => s.id));
    const shown = tickedItems(body);
    const hidden = [...ticked].filter((key) => unknown.has(key) && !shown.has(key)).sort();
    return hidden.length > 0 ? `${body}\n<!-- product-health:ticked ${hidden.join(',')} -->` : body;
}
function issueReference(issue, report) {
    const parsed = parseIssueUrl(issue.url);
    if (parsed)
        return { ...parsed, kind: 'issues' };
    const [owner = '', repo = ''] = report.repository.name.split('/');
    const host = hostOf(report.repository.url) ?? 'github.com';
    return { host, owner, repo, kind: 'issues', number: issue.number };
}
function hostOf(url) {
    try {
        return url ? new URL(url).hostname : null;
    }
    catch {
        return null;
    }
}
