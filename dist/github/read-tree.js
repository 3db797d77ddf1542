import { available, unavailable } from '../model/part.js';
import { readFailure } from './classify-error.js';
import { PERMISSIONS } from './github-permissions.js';
/** The default branch's file paths, from the recursive git tree (GraphQL has no recursive listing). */
export async function readTree(client, owner, repo) {
    try {
        const data = await client.read('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { owner, repo, tree_sha: 'HEAD', recursive: '1' });
        // A truncated listing (over 100,000 entries) still holds the root and most of the tree.
        const paths = data.tree.flatMap((entry) => (entry.type === 'blob' && entry.path ? [entry.path] : []));
        return { files: available(paths.sort()) };
    }
    catch (error) {
        const failure = readFailure(error, 'file tree', PERMISSIONS.contents);
        return { files: unavailable(failure.reason, failure.detail) };
    }
}
