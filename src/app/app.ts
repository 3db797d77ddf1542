import type { ApplicationFunction, ApplicationFunctionOptions, Probot } from 'probot';
import type { OctokitLike } from '../github/github-client.js';
import { writesPerMinuteFromEnv } from '../github/write-pacer.js';
import { TOOL } from '../util/tool.js';
import { type AppSettings, appSettingsFromEnv } from './app-settings.js';
import { healthzHandler } from './healthz-handler.js';
import {
  createOverviewRefresher,
  describeOverviewFailure,
  type OverviewScheduler,
  overviewSchedulerFromSettings,
} from './overview-scheduler.js';
import type { RedisScheduling } from './redis-scheduling.js';
import { createRescanHandlers, type EventContext } from './rescan-handlers.js';
import { RescanScheduler, type RescanScheduling } from './rescan-scheduler.js';
import type { ScannedRepository } from './scan-installation-repository.js';

export interface ProductHealthAppOptions {
  /** Pacing of the rescans; read from the environment unless given. */
  settings?: AppSettings;
  /** The scheduler to use (tests drain it); one is made from `settings` unless given. */
  scheduler?: RescanScheduler;
  /**
   * The organisation overview's scheduler (tests drive its clock); null: no overview. One is made
   * from `settings.overviewDelayMs` unless given.
   */
  overviewScheduler?: OverviewScheduler | null;
  /** The instant scans consider as now. */
  now?: () => Date;
  /** Called with every finished scan. */
  onScanned?: (result: ScannedRepository) => void;
  /**
   * `REDIS_URL`: rescans, overviews and the periodic refresh go through a BullMQ queue shared by
   * every instance on that Redis, writes through one limiter kept there. Without it, everything
   * is scheduled in this process.
   */
  redisUrl?: string;
  /** Called with what to run when the server stops (the queue's worker and connections). */
  onStop?: (stop: () => Promise<void>) => void;
}

type RepositoriesPayload = { repositories?: Array<{ id?: number; full_name?: string }> };
type AddedRemovedPayload = {
  repositories_added?: Array<{ id?: number; full_name?: string }>;
  repositories_removed?: Array<{ id?: number; full_name?: string }>;
};

/**
 * The product-health GitHub App, wired: events → filters → per-repository debounced rescans → the
 * installation's organisation overview, debounced per installation.
 */
export function createProductHealthApp(options: ProductHealthAppOptions = {}): ApplicationFunction {
  return async (app: Probot, { addHandler }: ApplicationFunctionOptions) => {
    const settings = options.settings ?? appSettingsFromEnv(process.env);
    for (const problem of settings.problems) app.log.warn(`product-health: ${problem}`);
    let redis: RedisScheduling | null = null;
    if (options.redisUrl) {
      // Loaded only here: one instance without Redis needs neither bullmq nor ioredis.
      const { startRedisScheduling } = await import('./redis-scheduling.js');
      redis = await startRedisScheduling({
        url: options.redisUrl,
        settings,
        writesPerMinute: writesPerMinuteFromEnv(process.env),
        log: app.log,
        auth: async (installationId) => (await app.auth(installationId)) as unknown as OctokitLike,
      });
      options.onStop?.(redis.close);
      app.log.info('product-health: rescans go through the queue shared on REDIS_URL');
    }
    const scheduler: RescanScheduling =
      options.scheduler ??
      redis?.scheduler ??
      new RescanScheduler({
        delayMs: settings.rescanDelayMs,
        maxDelayMs: settings.rescanMaxDelayMs,
        concurrency: settings.concurrency,
        onError: (key, error) => app.log.error(`product-health: rescan of ${key} failed: ${String(error)}`),
      });
    const now = options.now ?? (() => new Date());
    const overviewScheduler =
      options.overviewScheduler !== undefined
        ? options.overviewScheduler
        : overviewSchedulerFromSettings(settings, (key, error) =>
            app.log.error(describeOverviewFailure(key, error)),
          );
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
    } catch {
      app.log.debug('product-health: no HTTP server, /healthz is not served');
    }

    app.on(['push', 'release', 'deployment_status', 'issues', 'issue_comment'], (context) =>
      handlers.onRepositoryEvent(context as EventContext),
    );
    app.on(
      ['installation.created', 'installation.new_permissions_accepted', 'installation.unsuspend'],
      (context) => handlers.onInstallationRepositories(context as EventContext, null),
    );
    app.on('installation_repositories.added', (context) =>
      handlers.onInstallationRepositories(
        context as EventContext,
        (context.payload as AddedRemovedPayload).repositories_added ?? [],
      ),
    );
    app.on('installation_repositories.removed', (context) =>
      handlers.onRepositoriesGone(
        context as EventContext,
        (context.payload as AddedRemovedPayload).repositories_removed,
      ),
    );
    app.on(['installation.deleted', 'installation.suspend'], (context) => {
      overview?.cancel(context.payload.installation.id);
      handlers.onRepositoriesGone(
        context as EventContext,
        (context.payload as RepositoriesPayload).repositories,
      );
    });
  };
}

/** The app paced by the environment's settings: what `npm start` (`main.ts`) serves. */
const productHealthApp: ApplicationFunction = (app, options) => createProductHealthApp()(app, options);
export default productHealthApp;
