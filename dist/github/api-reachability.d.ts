/** GitHub's API never answered: the address is wrong or the network is down. Not a report of unknowns. */
export declare class GitHubUnreachableError extends Error {
    readonly name = "GitHubUnreachableError";
}
export interface ApiReachability {
    /** Throws a `GitHubUnreachableError` when no request got an answer and one failed to connect. */
    throwIfUnreachable(): void;
}
/**
 * Watches every request of `octokit` (REST and GraphQL, after Octokit's retries): whether GitHub
 * answered at least once, and the last failure to get any answer (connection refused, unknown
 * host, TLS…). Once no answer ever came and a request could not connect, the next requests fail
 * at once instead of waiting through retries again. `variable` names what sets the address.
 */
export declare function watchReachability(octokit: unknown, apiUrl: string, variable?: string): ApiReachability;
