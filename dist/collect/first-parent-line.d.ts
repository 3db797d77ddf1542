/**
 * Commits reached from `head` by following first parents, among the known ones: what was pushed
 * or merged on the branch, as opposed to commits brought in by merges.
 */
export declare function firstParentLine(head: string, firstParents: ReadonlyMap<string, string>): Set<string>;
