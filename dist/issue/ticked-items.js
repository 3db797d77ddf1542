const KEY_PATTERN = /^[a-z0-9][a-z0-9:-]{0,63}$/;
const TICKED_LINE = /^\s*(?:[-*+]|\d+[.)])\s+\[[xX]\]\s.*<!--\s*product-health:step:([a-z0-9][a-z0-9:-]{0,63})\s*-->/;
/** The hidden key that ends a checklist item, so a user's tick can be found again on the next run. */
export function stepKeyComment(key) {
    if (!KEY_PATTERN.test(key))
        throw new Error(`invalid checklist key: ${key}`);
    return `<!-- product-health:step:${key} -->`;
}
/** Keys of the checklist items a user ticked (`- [x]`), in an issue body as GitHub stores it (CRLF after web edits). */
export function tickedItems(body) {
    const ticked = new Set();
    if (!body)
        return ticked;
    for (const line of body.split(/\r\n|\r|\n/)) {
        const key = TICKED_LINE.exec(line)?.[1];
        if (key)
            ticked.add(key);
    }
    return ticked;
}
/** The key of the "rescan now" box: ticking it asks for a scan, and the next body shows it unticked. */
export const RESCAN_KEY = 'rescan';
/** Keys ticked in `after` that were not ticked in `before`: what a person's edit just ticked. */
export function newlyTicked(before, after) {
    const previous = tickedItems(before);
    return [...tickedItems(after)].filter((key) => !previous.has(key)).sort();
}
