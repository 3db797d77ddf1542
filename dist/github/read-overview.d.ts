import { type ReadFailure } from './classify-error.js';
import type { GitHubClient } from './github-client.js';
import { GraphqlFailures } from './graphql-failures.js';
import { type OverviewResponse } from './queries/overview-query.js';
/** The repository does not exist or the token cannot see it: nothing can be read at all. */
export declare class RepositoryAccessError extends Error {
    readonly status: number | null;
    constructor(message: string, status: number | null);
}
export interface Overview {
    since: string;
    data: OverviewResponse | null;
    /** Parts the overview could not read, by response path. */
    failures: GraphqlFailures;
    /** The repository could not be read at all (after Octokit's retries). */
    whole: ReadFailure | null;
}
/**
 * The first request (see `OVERVIEW_QUERY`). A refused part stays a partial failure; a repository
 * that cannot be seen at all is a `RepositoryAccessError`; a request that failed after retries
 * leaves every part unknown (`whole`).
 */
export declare function readOverview(client: GitHubClient, owner: string, name: string, since: string): Promise<Overview>;
/**
 * The configuration file's text as the overview read it, `.yml` before `.yaml`: the repository's
 * own, else the one of the owner's `.github` repository (Probot's convention).
 */
export declare function configFileOf(data: OverviewResponse | null, owner: string): {
    file: string;
    text: string;
} | null;
