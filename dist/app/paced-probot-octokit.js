import { GRAPHQL_READS, pacedOctokitOptions } from '../github/create-octokit.js';
import { maskMintedTokens } from './mask-minted-tokens.js';
/**
 * Probot's Octokit with the product's rate-limit rules (wait for a reset only when it is near, else
 * the scan stops as rate-limited and is rescheduled) in place of Probot's (wait for any reset, an
 * hour away included, holding a scan slot). Probot's own throttling options (its Redis connection
 * when `REDIS_URL` is set) are kept but for the spacing of writes: the throttling plugin spaces
 * GraphQL reads like writes (one a second) and issue creations 3 s apart, fixed, whatever the
 * configured rate — with Redis, for every instance together. Content creation is paced by the
 * product's write pacer instead (`PRODUCT_HEALTH_WRITES_PER_MINUTE`, GitHub's 80 a minute, shared
 * through Redis), as the command line does; a secondary-limit answer is still retried.
 */
export function pacedProbotOctokit(Octokit, log) {
    const { throttle } = pacedOctokitOptions({ warn: (message) => log.warn(`product-health: ${message}`) });
    return Octokit.plugin(maskMintedTokens).defaults((instance) => ({
        ...instance,
        throttle: {
            ...instance.throttle,
            onRateLimit: throttle.onRateLimit,
            onSecondaryRateLimit: throttle.onSecondaryRateLimit,
            write: GRAPHQL_READS,
            notifications: GRAPHQL_READS,
        },
    }));
}
