import { config as configPlugin } from '@probot/octokit-plugin-config';
import { CONFIG_PATH } from '../config/parse-config.js';
/**
 * Probot's configuration convention outside Probot (the sweep, the CLI, the Action): the
 * repository's `.github/product-health.yml`, else the owner's `.github` repository, `_extends`
 * followed — read by `@probot/octokit-plugin-config`, the code behind `context.config`. Its
 * requests are counted in the scan's cost.
 */
export function probotConfigResolver(client, owner, repo) {
    const plugin = configPlugin(client.meteredOctokit());
    return async () => {
        const { config, files } = await plugin.config.get({ owner, repo, path: CONFIG_PATH });
        const source = files.find((file) => file.config !== null);
        if (!source)
            return null;
        return { file: `${source.owner}/${source.repo}/${source.path}`, value: config };
    };
}
//# sourceMappingURL=probot-config-resolver.js.map