import { writesPerMinuteFromEnv } from '../github/write-pacer.js';
import { TOOL } from '../util/tool.js';
import { appSettingsFromEnv } from './app-settings.js';
import { healthzHandler } from './healthz-handler.js';
import { createOverviewRefresher, describeOverviewFailure, overviewSchedulerFromSettings, } from './overview-scheduler.js';
import { createRescanHandlers } from './rescan-handlers.js';
import { RescanScheduler } from './rescan-scheduler.js';
/**
 * The product-health GitHub App, wired: events → filters → per-repository debounced rescans → the
 * installation's organisation overview, debounced per installation.
 */
export function createProductHealthApp(options = {}) {
    return async (app, { addHandler }) => {
        const settings = options.settings ?? appSettingsFromEnv(process.env);
        for (const problem of settings.problems)
            app.log.warn(`product-health: ${problem}`);
        let redis = null;
        if (options.redisUrl) {
            // Loaded only here: one instance without Redis needs neither bullmq nor ioredis.
            const { startRedisScheduling } = await import('./redis-scheduling.js');
            redis = await startRedisScheduling({
                url: options.redisUrl,
                settings,
                writesPerMinute: writesPerMinuteFromEnv(process.env),
                log: app.log,
                auth: async (installationId) => (await app.auth(installationId)),
            });
            options.onStop?.(redis.close);
            app.log.info('product-health: rescans go through the queue shared on REDIS_URL');
        }
        const scheduler = options.scheduler ??
            redis?.scheduler ??
            new RescanScheduler({
                delayMs: settings.rescanDelayMs,
                maxDelayMs: settings.rescanMaxDelayMs,
                concurrency: settings.concurrency,
                onError: (key, error) => app.log.error(`product-health: rescan of ${key} failed: ${String(error)}`),
            });
        const now = options.now ?? (() => new Date());
        const overviewScheduler = options.overviewScheduler !== undefined
            ? options.overviewScheduler
            : overviewSchedulerFromSettings(settings, (key, error) => app.log.error(describeOverviewFailure(key, error)));
        const overview = overviewScheduler
            ? createOverviewRefresher({
                scheduler: overviewScheduler,
                log: app.log,
                now,
                webUrl: settings.webUrl ?? 'https://github.com',
            })
            : null;
        const handlers = createRescanHandlers({
            scheduler,
            log: app.log,
            now,
            onScanned: options.onScanned,
            onInstallationScanned: overview
                ? (installation) => (redis ? redis.requestOverview(installation) : overview.request(installation))
                : undefined,
        });
        redis?.start({
            rescan: (target, octokit) => handlers.runQueuedRescan(target, octokit),
            ...(overview ? { overview: (target) => overview.refresh(target) } : {}),
        });
        try {
            addHandler(healthzHandler(TOOL.version, redis ? () => redis.health() : undefined));
        }
        catch {
            app.log.debug('product-health: no HTTP server, /healthz is not served');
        }
        app.on(['push', 'release', 'deployment_status', 'issues', 'issue_comment'], (context) => handlers.onRepositoryEvent(context));
        app.on(['installation.created', 'installation.new_permissions_accepted', 'installation.unsuspend'], (context) => handlers.onInstallationRepositories(context, null));
        app.on('installation_repositories.added', (context) => handlers.onInstallationRepositories(context, context.payload.repositories_added ?? []));
        app.on('installation_repositories.removed', (context) => handlers.onRepositoriesGone(context, context.payload.repositories_removed));
        app.on(['installation.deleted', 'installation.suspend'], (context) => {
            overview?.cancel(context.payload.installation.id);
            handlers.onRepositoriesGone(context, context.payload.repositories);
        });
    };
}
/** The app paced by the environment's settings: what `npm start` (`main.ts`) serves. */
const productHealthApp = (app, options) => createProductHealthApp()(app, options);
export default productHealthApp;
