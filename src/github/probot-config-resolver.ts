import { config as configPlugin } from '@probot/octokit-plugin-config';
import { CONFIG_PATH } from '../config/parse-config.js';
import type { ConfigResolver } from '../scan/scan-github-repository.js';
import type { GitHubClient } from './github-client.js';

/**
 * Probot's configuration convention outside Probot (the sweep, the CLI, the Action): the
 * repository's `.github/product-health.yml`, else the owner's `.github` repository, `_extends`
 * followed — read by `@probot/octokit-plugin-config`, the code behind `context.config`. Its
 * requests are counted in the scan's cost.
 */
export function probotConfigResolver(client: GitHubClient, owner: string, repo: string): ConfigResolver {
  const plugin = configPlugin(client.meteredOctokit() as never);
  return async () => {
    const { config, files } = await plugin.config.get({ owner, repo, path: CONFIG_PATH });
    const source = files.find((file) => file.config !== null);
    if (!source) return null;
    return { file: `${source.owner}/${source.repo}/${source.path}`, value: config };
  };
}
