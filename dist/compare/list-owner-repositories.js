import { graphqlErrorsOf, graphqlFailure } from '../github/classify-error.js';
import { PERMISSIONS } from '../github/github-permissions.js';
import { OWNER_REPOSITORIES_QUERY } from './queries/compare-queries.js';
/** Pages listed at most (100 repositories each): 100,000 repositories. */
const MAX_PAGES = 1_000;
export class OwnerNotFoundError extends Error {
    owner;
    constructor(owner) {
        super(`no user or organisation "${owner}" is visible with this token; check the spelling, or use a token that can see it`);
        this.owner = owner;
        this.name = 'OwnerNotFoundError';
    }
}
/** GitHub answered, but not with the owner's repositories: the reason says what to fix. */
export class OwnerListingError extends Error {
    owner;
    constructor(owner, detail) {
        super(`the repositories of "${owner}" could not be listed: ${detail}`);
        this.owner = owner;
        this.name = 'OwnerListingError';
    }
}
/** Every repository of a user or an organisation the token can see, by name (one request per 100). */
export async function listOwnerRepositories(client, owner) {
    const listed = [];
    let after = null;
    for (let page = 0; page < MAX_PAGES; page++) {
        const data = await readPage(client, owner, after);
        const repositories = data.repositoryOwner?.repositories;
        if (!repositories)
            throw new OwnerNotFoundError(owner);
        for (const node of repositories.nodes ?? []) {
            if (node)
                listed.push({ repository: node.nameWithOwner, archived: node.isArchived, fork: node.isFork });
        }
        if (!repositories.pageInfo.hasNextPage || !repositories.pageInfo.endCursor)
            break;
        after = repositories.pageInfo.endCursor;
    }
    return listed;
}
/**
 * One page; an answer with errors still gives its repositories when the errors touched other
 * fields. Otherwise the owner is not found (`NOT_FOUND`) or could not be listed, with GitHub's
 * reason; a request that failed altogether throws as it failed.
 */
async function readPage(client, owner, after) {
    try {
        return await client.query(OWNER_REPOSITORIES_QUERY, { login: owner, after });
    }
    catch (error) {
        const partial = graphqlErrorsOf(error);
        if (!partial)
            throw error;
        const data = partial.data;
        if (data?.repositoryOwner?.repositories)
            return data;
        const [first] = partial.errors;
        if (!first || first.type === 'NOT_FOUND')
            throw new OwnerNotFoundError(owner);
        throw new OwnerListingError(owner, graphqlFailure(first, 'GitHub', PERMISSIONS.metadata).detail);
    }
}
