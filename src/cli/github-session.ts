import { type ApiReachability, watchReachability } from '../github/api-reachability.js';
import { type CreateOctokitOptions, createOctokit } from '../github/create-octokit.js';
import type { OctokitLike } from '../github/github-client.js';
import { GITHUB_COM_API, githubEndpoints, githubToken } from '../github/github-environment.js';
import { SHARED_WRITE_PACER, type WritePacer } from '../github/write-pacer.js';
import type { CliIo } from './cli-io.js';
import { UsageError } from './usage-error.js';

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
export function githubSession(
  io: CliIo,
  why: string,
  dependencies: GitHubSessionDependencies = {},
): GitHubSession {
  const token = githubToken(io.env);
  if (!token) throw new UsageError(`${why} needs a token: set GITHUB_TOKEN or GH_TOKEN.`);
  const endpoints = githubEndpoints(io.env);
  const octokit = (dependencies.createOctokit ?? createOctokit)({
    token,
    baseUrl: endpoints.apiUrl,
    warn: (message) => io.stderr(`product-health: ${message}\n`),
  });
  return {
    octokit,
    reachability: watchReachability(octokit, endpoints.apiUrl),
    graphqlUrl: endpoints.graphqlUrl,
    webUrl: webUrlOf(endpoints.apiUrl),
    writePacer: dependencies.writePacer === undefined ? SHARED_WRITE_PACER : dependencies.writePacer,
  };
}

/** The web address matching a REST base URL (`https://HOST/api/v3` → `https://HOST`). */
export function webUrlOf(apiUrl: string): string {
  if (apiUrl === GITHUB_COM_API) return 'https://github.com';
  return apiUrl.replace(/\/api\/v3$/, '');
}
