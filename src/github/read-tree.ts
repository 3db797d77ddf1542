import { available, type Part, unavailable } from '../model/part.js';
import { readFailure } from './classify-error.js';
import type { GitHubClient } from './github-client.js';
import { PERMISSIONS } from './github-permissions.js';

export interface TreeResult {
  files: Part<string[]>;
}

/** The default branch's file paths, from the recursive git tree (GraphQL has no recursive listing). */
export async function readTree(client: GitHubClient, owner: string, repo: string): Promise<TreeResult> {
  try {
    const data = await client.read<{ truncated: boolean; tree: Array<{ path?: string; type?: string }> }>(
      'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
      { owner, repo, tree_sha: 'HEAD', recursive: '1' },
    );
    // A truncated listing (over 100,000 entries) still holds the root and most of the tree.
    const paths = data.tree.flatMap((entry) => (entry.type === 'blob' && entry.path ? [entry.path] : []));
    return { files: available(paths.sort()) };
  } catch (error) {
    const failure = readFailure(error, 'file tree', PERMISSIONS.contents);
    return { files: unavailable(failure.reason, failure.detail) };
  }
}
