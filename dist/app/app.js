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
    return (app, { addHandler }) => {
        const settings = options.settings ?? appSettingsFromEnv(process.env);
        for (const problem of settings.problems)
            app.log.warn(`product-health: ${problem}`);
        const scheduler = options.scheduler ??
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
            onInstallationScanned: overview ? (installation) => overview.request(installation) : undefined,
        });
        try {
            addHandler(healthzHandler(TOOL.version));
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
