import { DRAFT_KINDS } from '../drafts/render-draft.js';
import { hasHealthMarker } from '../issue/issue-marker.js';
import { newlyTicked, RESCAN_KEY } from '../issue/ticked-items.js';
import { isBotSender } from './event-filters.js';
/**
 * The commands in an `issues.edited` event on the product-health issue: the boxes a person (not a
 * bot, not the app itself) ticked in this edit, read by comparing the body with `changes.body.from`.
 * Null when the event asks for nothing. Pure.
 */
export function tickedCommands(name, payload) {
    if (name !== 'issues' || payload.action !== 'edited')
        return null;
    const issue = payload.issue;
    if (!issue || !hasHealthMarker(issue.body ?? null) || isBotSender(payload))
        return null;
    const before = payload.changes?.body?.from;
    // An edit of the title alone says nothing about the boxes.
    if (typeof before !== 'string')
        return null;
    const ticked = newlyTicked(before, issue.body ?? null);
    const drafts = DRAFT_KINDS.filter((kind) => ticked.includes(kind));
    const rescan = ticked.includes(RESCAN_KEY);
    return rescan || drafts.length > 0 ? { rescan, drafts, issueNumber: issue.number } : null;
}
