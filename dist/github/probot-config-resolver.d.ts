import type { ConfigResolver } from '../scan/scan-github-repository.js';
import type { GitHubClient } from './github-client.js';
/**
 * Probot's configuration convention outside Probot (the sweep, the CLI, the Action): the
 * repository's `.github/product-health.yml`, else the owner's `.github` repository, `_extends`
 * followed — read by `@probot/octokit-plugin-config`, the code behind `context.config`. Its
 * requests are counted in the scan's cost.
 */
export declare function probotConfigResolver(client: GitHubClient, owner: string, repo: string): ConfigResolver;
