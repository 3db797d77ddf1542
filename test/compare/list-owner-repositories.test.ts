import { describe, expect, it } from 'vitest';
import { listOwnerRepositories } from '../../src/compare/list-owner-repositories.js';
import { GitHubClient, type OctokitLike } from '../../src/github/github-client.js';

/** An Octokit answering the owner's repository pages in turn. */
function answering(...pages: unknown[]): OctokitLike {
  const graphql = async () => pages.shift();
  return {
    request: async () => ({ status: 200, headers: {}, data: {} }),
    graphql: graphql as OctokitLike['graphql'],
  };
}

describe('listOwnerRepositories', () => {
  it('reads a page whose nodes GitHub answers as null (the schema allows it) as a page without repositories', async () => {
    const client = new GitHubClient(
      answering(
        {
          repositoryOwner: {
            login: 'example',
            repositories: { pageInfo: { hasNextPage: true, endCursor: 'c1' }, nodes: null },
          },
        },
        {
          repositoryOwner: {
            login: 'example',
            repositories: {
              pageInfo: { hasNextPage: false, endCursor: null },
              nodes: [{ nameWithOwner: 'example/api', isArchived: false, isFork: false }, null],
            },
          },
        },
      ),
    );

    await expect(listOwnerRepositories(client, 'example')).resolves.toEqual([
      { repository: 'example/api', archived: false, fork: false },
    ]);
  });
});
