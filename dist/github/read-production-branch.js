import { firstParentLine } from '../collect/first-parent-line.js';
import { available, unavailable } from '../model/part.js';
import { readFailure } from './classify-error.js';
import { PERMISSIONS } from './github-permissions.js';
import { nodesOf, toCommit } from './map-nodes.js';
import { withFragments } from './queries/fragments.js';
/** Pages of 100 commits read at most: a production branch gets far fewer pushes in a window. */
const MAX_PAGES = 5;
const QUERY = withFragments(/* GraphQL */ `
query ProductionBranch($owner: String!, $name: String!, $ref: String!, $since: GitTimestamp!, $after: String) {
  rateLimit { cost remaining resetAt }
  repository(owner: $owner, name: $name) {
    ref(qualifiedName: $ref) {
      target {
        ... on Commit { oid history(first: 100, since: $since, after: $after) { ...CommitPage } }
      }
    }
  }
}`);
/**
 * The first-parent history of the production branch inside the window, when it is not the default
 * branch (whose history the overview already read): one request for a typical window.
 */
export async function readProductionBranch(client, owner, name, branch, window) {
    const nodes = [];
    let head = null;
    let after = null;
    try {
        for (let page = 0; page < MAX_PAGES; page++) {
            const data = await client.query(QUERY, {
                owner,
                name,
                ref: `refs/heads/${branch}`,
                since: window.since,
                after,
            });
            const target = data.repository?.ref?.target;
            if (!target?.history) {
                return {
                    name: branch,
                    ref: null,
                    commits: unavailable('not-found', `the branch ${branch} does not exist on GitHub`),
                };
            }
            head ??= target.oid ?? null;
            nodes.push(...nodesOf(target.history));
            if (!target.history.pageInfo.hasNextPage)
                break;
            after = target.history.pageInfo.endCursor;
            if (page === MAX_PAGES - 1) {
                return {
                    name: branch,
                    ref: branch,
                    commits: unavailable('too-large', `more than ${MAX_PAGES * 100} commits on ${branch} in the window`),
                };
            }
        }
    }
    catch (error) {
        const failure = readFailure(error, `branch ${branch}`, PERMISSIONS.contents);
        return { name: branch, ref: null, commits: unavailable(failure.reason, failure.detail) };
    }
    const line = head
        ? firstParentLine(head, new Map(nodes.map((node) => [node.oid, nodesOf(node.parents)[0]?.oid ?? ''])))
        : new Set();
    const from = Date.parse(window.since);
    const until = Date.parse(window.until);
    const commits = nodes
        .filter((node) => line.has(node.oid))
        .map((node) => ({ ...toCommit(node), firstParent: true }))
        .filter((commit) => {
        const time = Date.parse(commit.committedAt ?? commit.date);
        return time >= from && time <= until;
    });
    return { name: branch, ref: branch, commits: available(commits) };
}
