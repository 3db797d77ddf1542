import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { pacedOctokitOptions } from '../github/create-octokit.js';
/**
 * The Action's Octokit: `@actions/github`'s (the runner's proxy settings, `GITHUB_API_URL`), with
 * GitHub's rate limits honoured (primary and secondary, `retry-after`) and server errors retried.
 */
export function createActionOctokit(options) {
    return getOctokit(options.token, { baseUrl: options.endpoints.apiUrl, ...pacedOctokitOptions(options) }, throttling, retry);
}
