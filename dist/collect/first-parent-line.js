/**
 * Commits reached from `head` by following first parents, among the known ones: what was pushed
 * or merged on the branch, as opposed to commits brought in by merges.
 */
export function firstParentLine(head, firstParents) {
    const line = new Set();
    for (let sha = head; sha && firstParents.has(sha) && !line.has(sha);) {
        line.add(sha);
        sha = firstParents.get(sha);
    }
    return line;
}
