import type { GitHubClient } from '../github/github-client.js';
export interface ListedRepository {
    /** `owner/name`. */
    repository: string;
    archived: boolean;
    fork: boolean;
}
export declare class OwnerNotFoundError extends Error {
    readonly owner: string;
    constructor(owner: string);
}
/** GitHub answered, but not with the owner's repositories: the reason says what to fix. */
export declare class OwnerListingError extends Error {
    readonly owner: string;
    constructor(owner: string, detail: string);
}
/** Every repository of a user or an organisation the token can see, by name (one request per 100). */
export declare function listOwnerRepositories(client: GitHubClient, owner: string): Promise<ListedRepository[]>;
