import type { GitHubClient } from '../github/github-client.js';
import { type ComparedRepositoryNode } from './queries/compare-queries.js';
/** What a comparison knows of a repository before deciding whether to scan it. */
export interface ComparedRepository {
    /** `owner/name` as asked. */
    repository: string;
    /** The repository as read; null when it could not be read (see `problem`). */
    node: ComparedRepositoryNode | null;
    problem: {
        notFound: boolean;
        detail: string;
    } | null;
}
/** Repositories read per request: 25 health issues of up to 60,000 characters stay a few megabytes. */
export declare const COMPARED_PER_REQUEST = 25;
/**
 * Reads repositories in batches of `COMPARED_PER_REQUEST`, one aliased root field each. A
 * repository GitHub refuses or cannot find keeps its problem; a failed request gives the same
 * problem to its whole batch. Never throws for a GitHub answer.
 */
export declare function readComparedRepositories(client: GitHubClient, repositories: readonly string[], label: string): Promise<ComparedRepository[]>;
