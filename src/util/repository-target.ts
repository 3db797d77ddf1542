/** `OWNER/REPO`, or a repository's web address, as the owner and the name; null for anything else. */
export function parseRepositoryTarget(target: string): { owner: string; repo: string } | null {
  const match =
    /^(?:https?:\/\/[^/]+\/)?([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100}?)(?:\.git)?\/?$/.exec(
      target.trim(),
    );
  if (!match) return null;
  const [, owner = '', repo = ''] = match;
  return repo === '.' || repo === '..' ? null : { owner, repo };
}
