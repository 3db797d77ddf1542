import { type ApiReachability } from '../github/api-reachability.js';
import { type CreateOctokitOptions } from '../github/create-octokit.js';
import type { OctokitLike } from '../github/github-client.js';
import { type WritePacer } from '../github/write-pacer.js';
import type { CliIo } from './cli-io.js';
export interface GitHubSession {
    octokit: OctokitLike;
    graphqlUrl: string | null;
    /** `https://github.com`, or the GitHub Enterprise Server host. */
    webUrl: string;
    writePacer: WritePacer | null;
    /** Whether GitHub ever answered: a run it never answered fails instead of reporting unknowns. */
    reachability: ApiReachability;
}
/** Seams for tests: an Octokit without throttling, writes unpaced. The product's own by default. */
export interface GitHubSessionDependencies {
    createOctokit?: (options: CreateOctokitOptions) => OctokitLike;
    writePacer?: WritePacer | null;
}
/**
 * The token and endpoints of the environment as an Octokit with throttling and retries; `why` says
 * what needs it. A missing token is a usage error; an API address that is not one throws a
 * `GitHubEndpointError`.
 */
export declare function githubSession(io: CliIo, why: string, dependencies?: GitHubSessionDependencies): GitHubSession;
/** The web address matching a REST base URL (`https://HOST/api/v3` → `https://HOST`). */
export declare function webUrlOf(apiUrl: string): string;
