import type { GitHubClient } from '../github/github-client.js';
import { OWNER_REPOSITORIES_QUERY, type OwnerRepositoriesResponse } from './queries/compare-queries.js';

export interface ListedRepository {
  /** `owner/name`. */
  repository: string;
  archived: boolean;
  fork: boolean;
}

/** Pages listed at most (100 repositories each): 100,000 repositories. */
const MAX_PAGES = 1_000;

export class OwnerNotFoundError extends Error {
  constructor(readonly owner: string) {
    super(
      `no user or organisation "${owner}" is visible with this token; check the spelling, or use a token that can see it`,
    );
    this.name = 'OwnerNotFoundError';
  }
}

/** Every repository of a user or an organisation the token can see, by name (one request per 100). */
export async function listOwnerRepositories(
  client: GitHubClient,
  owner: string,
): Promise<ListedRepository[]> {
  const listed: ListedRepository[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const data: OwnerRepositoriesResponse = await client.query<OwnerRepositoriesResponse>(
      OWNER_REPOSITORIES_QUERY,
      { login: owner, after },
    );
    const repositories = data.repositoryOwner?.repositories;
    if (!repositories) throw new OwnerNotFoundError(owner);
    for (const node of repositories.nodes ?? []) {
      if (node) listed.push({ repository: node.nameWithOwner, archived: node.isArchived, fork: node.isFork });
    }
    if (!repositories.pageInfo.hasNextPage || !repositories.pageInfo.endCursor) break;
    after = repositories.pageInfo.endCursor;
  }
  return listed;
}
