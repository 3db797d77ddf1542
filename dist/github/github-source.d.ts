import type { KnownIssue } from '../issue/known-issue.js';
import { type Part } from '../model/part.js';
import type { Source } from '../sources/source.js';
import { type ReadFailure } from './classify-error.js';
import type { GitHubClient } from './github-client.js';
export { RepositoryAccessError } from './read-overview.js';
export interface GitHubSourceOptions {
    client: GitHubClient;
    owner: string;
    repo: string;
}
/** A source reading GitHub's API; after `collect` it also knows the product-health issues it saw. */
export interface GitHubSource extends Source {
    readonly kind: 'github';
    readonly client: GitHubClient;
    readonly owner: string;
    readonly repo: string;
    /** Issues carrying the product-health label (any state), read by the last `collect`. */
    healthIssues(): Part<KnownIssue[]>;
    /** False when the repository has issues turned off (read by the last `collect`). */
    issuesEnabled(): boolean;
    /** Why the repository could not be read at all (after retries), null when it could. */
    overviewFailure(): ReadFailure | null;
}
export declare function createGitHubSource(options: GitHubSourceOptions): GitHubSource;
