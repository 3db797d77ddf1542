/**
 * Commits reached from `head` by following first parents, among the known ones: what was pushed
 * or merged on the branch, as opposed to commits brought in by merges.
 */
export function firstParentLine(head: string, firstParents: ReadonlyMap<string, string>): Set<string> {
  const line = new Set<string>();
  for (let sha: string | undefined = head; sha && firstParents.has(sha) && !line.has(sha); ) {
    line.add(sha);
    sha = firstParents.get(sha);
  }
  return line;
}
