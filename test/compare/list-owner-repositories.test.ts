import { describe, expect, it } from 'vitest';
import {
  listOwnerRepositories,
  OwnerListingError,
  OwnerNotFoundError,
} from '../../src/compare/list-owner-repositories.js';
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

describe('listOwnerRepositories when GitHub answers with errors', () => {
  function failing(error: unknown): OctokitLike {
    return {
      request: async () => ({ status: 200, headers: {}, data: {} }),
      graphql: (async () => {
        throw error;
      }) as OctokitLike['graphql'],
    };
  }

  function graphqlError(data: unknown, errors: unknown[]) {
    return Object.assign(new Error('Request failed due to following response errors'), {
      name: 'GraphqlResponseError',
      data,
      errors,
    });
  }

  it('says the owner could not be listed, and why, when GitHub refuses the listing', async () => {
    const client = new GitHubClient(
      failing(
        graphqlError({ repositoryOwner: null, rateLimit: { cost: 1 } }, [
          { type: 'FORBIDDEN', path: ['repositoryOwner'], message: 'Resource not accessible by integration' },
        ]),
      ),
    );

    const listing = listOwnerRepositories(client, 'example');
    await expect(listing).rejects.toBeInstanceOf(OwnerListingError);
    await expect(listing).rejects.toThrow(
      /the repositories of "example" could not be listed: .*Resource not accessible by integration/,
    );
  });

  it('keeps the repositories of a page whose errors touched another field', async () => {
    const client = new GitHubClient(
      failing(
        graphqlError(
          {
            repositoryOwner: {
              login: 'example',
              repositories: {
                pageInfo: { hasNextPage: false, endCursor: null },
                nodes: [{ nameWithOwner: 'example/api', isArchived: false, isFork: false }],
              },
            },
            rateLimit: null,
          },
          [{ type: 'INTERNAL', path: ['rateLimit'], message: 'Something went wrong' }],
        ),
      ),
    );

    await expect(listOwnerRepositories(client, 'example')).resolves.toEqual([
      { repository: 'example/api', archived: false, fork: false },
    ]);
  });

  it('says the owner does not exist when GitHub answers NOT_FOUND', async () => {
    const client = new GitHubClient(
      failing(
        graphqlError({ repositoryOwner: null }, [
          { type: 'NOT_FOUND', path: ['repositoryOwner'], message: 'Could not resolve to a User' },
        ]),
      ),
    );

    await expect(listOwnerRepositories(client, 'example')).rejects.toBeInstanceOf(OwnerNotFoundError);
  });
});
