import { watchReachability } from '../github/api-reachability.js';
import { createOctokit } from '../github/create-octokit.js';
import { GITHUB_COM_API, githubEndpoints, githubToken } from '../github/github-environment.js';
import { SHARED_WRITE_PACER } from '../github/write-pacer.js';
import { UsageError } from './usage-error.js';
/**
 * The token and endpoints of the environment as an Octokit with throttling and retries; `why` says
 * what needs it. A missing token is a usage error; an API address that is not one throws a
 * `GitHubEndpointError`.
 */
export function githubSession(io, why, dependencies = {}) {
    const token = githubToken(io.env);
    if (!token)
        throw new UsageError(`${why} needs a token: set GITHUB_TOKEN or GH_TOKEN.`);
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
export function webUrlOf(apiUrl) {
    if (apiUrl === GITHUB_COM_API)
        return 'https://github.com';
    return apiUrl.replace(/\/api\/v3$/, '');
}
