import type { OctokitLike } from '../github/github-client.js';
import type { GitHubEndpoints } from '../github/github-environment.js';
export interface ActionOctokitOptions {
    token: string;
    endpoints: GitHubEndpoints;
    /** Where warnings go (a retry after a rate limit…); never given the token. */
    warn: (message: string) => void;
    /** Most retries after a rate limit; past that the read is reported unknown. */
    maxRateLimitRetries?: number;
}
/**
 * The Action's Octokit: `@actions/github`'s (the runner's proxy settings, `GITHUB_API_URL`), with
 * GitHub's rate limits honoured (primary and secondary, `retry-after`) and server errors retried.
 */
export declare function createActionOctokit(options: ActionOctokitOptions): OctokitLike;
