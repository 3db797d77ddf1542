import { compareRepositories } from '../compare/compare-repositories.js';
import { DEFAULT_CONFIG } from '../config/default-config.js';
import { GitHubClient } from '../github/github-client.js';
import { SHARED_WRITE_PACER } from '../github/write-pacer.js';
import { countOf } from '../messages/format-message.js';
import { keepOverviewIssue } from '../overview/keep-overview-issue.js';
import { redactSecrets } from '../util/redact.js';
import { RescanScheduler, } from './rescan-scheduler.js';
/**
 * Per-key debounce of the overview refreshes, one refresh at a time over all keys: the rescan
 * scheduler's debounce with a concurrency of 1. The requests of a key (an installation: one per
 * finished scan) within the quiet delay make one refresh, run once they stop — when the
 * installation's scans have settled — and at the latest `maxDelayMs` after the first. A request
 * during a refresh makes exactly one more, a full delay after it ends, so a key is refreshed at
 * most once per `delayMs`. A failed job goes to `onError`.
 */
export class OverviewScheduler {
    scheduler;
    constructor(options) {
        const delayMs = Math.max(1, options.delayMs);
        this.scheduler = new RescanScheduler({
            delayMs,
            maxDelayMs: Math.max(delayMs, options.maxDelayMs ?? delayMs * 3),
            concurrency: 1,
            onError: options.onError,
            ...(options.timers ? { timers: options.timers } : {}),
            ...(options.now ? { now: options.now } : {}),
        });
    }
    /** Asks for a refresh of `key` by `job`, once the requests for that key have quieted down. */
    request(key, job) {
        return this.scheduler.schedule(key, job);
    }
    /** Drops the refresh waiting for `key` (a running one finishes, without its follow-up). */
    cancel(key) {
        return this.scheduler.cancel(key);
    }
    /** Keys with a refresh waiting, queued or running. */
    keys() {
        return this.scheduler.keys();
    }
    /** Starts every waiting refresh now (one at a time), without the quiet delay. */
    flush() {
        this.scheduler.flush();
    }
    /** Resolves once nothing waits, is queued or runs. */
    idle() {
        return this.scheduler.idle();
    }
    /** Runs everything pending now, follow-ups included, and resolves when all is done. */
    drain() {
        return this.scheduler.drain();
    }
}
/**
 * The app's overview scheduler: one debouncing at `overviewDelayMs`, or null — no overview — when
 * it is 0 or absent.
 */
export function overviewSchedulerFromSettings(settings, onError, clock = {}) {
    const delayMs = settings.overviewDelayMs ?? 0;
    return delayMs > 0 ? new OverviewScheduler({ delayMs, onError, ...clock }) : null;
}
/** The app keeps each repository's issue itself: a stored state this recent is read, not rescanned. */
export const APP_OVERVIEW_MAX_AGE_DAYS = 30;
/** Repositories scanned at once for an overview (only those without a stored state). */
export const APP_OVERVIEW_CONCURRENCY = 4;
export const OVERVIEW_REPOSITORY = '.github';
/**
 * Compares the account's repositories the installation sees (stored states read, the repositories
 * without a fresh one scanned without writing their issue) and keeps the overview issue in the
 * account's `.github` repository — when the installation sees one. Throws only on a fault
 * outside GitHub's answers about the overview issue (the listing refused, the network down…).
 */
export async function refreshOverview(target, options) {
    const comparison = await compareRepositories({
        octokit: target.octokit,
        graphqlUrl: options.graphqlUrl ?? null,
        writePacer: SHARED_WRITE_PACER,
        webUrl: options.webUrl,
        target: { owner: target.account },
        now: options.now(),
        maxAgeDays: APP_OVERVIEW_MAX_AGE_DAYS,
        writeIssues: false,
        dryRun: false,
        includeArchived: false,
        includeForks: false,
        concurrency: APP_OVERVIEW_CONCURRENCY,
        shard: null,
    });
    const home = `${target.account}/${OVERVIEW_REPOSITORY}`.toLowerCase();
    const seen = [...comparison.rows, ...comparison.skipped].map((entry) => entry.repository.toLowerCase());
    if (!seen.includes(home)) {
        return { kind: 'no-repository', comparison };
    }
    const result = await keepOverviewIssue({
        client: new GitHubClient(target.octokit, {
            graphqlUrl: options.graphqlUrl ?? null,
            writePacer: SHARED_WRITE_PACER,
        }),
        owner: target.account,
        repo: OVERVIEW_REPOSITORY,
        comparison,
        subject: target.account,
        language: options.language ?? 'fr',
        label: DEFAULT_CONFIG.issue.label,
        dryRun: false,
    });
    return { kind: 'kept', comparison, result };
}
/**
 * The app's side of the overview: `request` after each scan of an installation's repository,
 * `cancel` when the installation goes. Refreshes are debounced by the scheduler, whose `onError`
 * is the one place their failures are caught. What cannot be fixed by waiting (no `.github`
 * repository visible, the issue refused) is said once per installation, not at every refresh.
 */
export function createOverviewRefresher(options) {
    const { scheduler, log } = options;
    /** Per installation, the last thing said about its overview (said again only when it changes). */
    const said = new Map();
    const sayOnce = (installationId, level, message) => {
        if (said.get(installationId) === message)
            log.debug(`product-health: ${message}`);
        else
            log[level](`product-health: ${message}`);
        said.set(installationId, message);
    };
    const refresh = async (target) => {
        const outcome = await refreshOverview(target, options);
        const { account, installationId } = target;
        if (outcome.kind === 'no-repository') {
            sayOnce(installationId, 'info', `${account}: the installation sees no ${account}/${OVERVIEW_REPOSITORY} repository: no overview issue is kept (create it, or add it to the app's installation, to get one)`);
        }
        else if (outcome.result.action === 'failed') {
            sayOnce(installationId, 'warn', `${account}: the overview issue could not be kept: ${redactSecrets(outcome.result.message ?? 'no reason given')}`);
        }
        else {
            said.delete(installationId);
            const { result, comparison } = outcome;
            const where = result.issue ? ` ${result.issue.url}` : '';
            log.info(`product-health: ${account}: overview issue ${result.action}${where} (${countOf(comparison.rows.length, 'repository', 'repositories')})`);
        }
        options.onRefreshed?.(target, outcome);
    };
    return {
        /** Refreshes the overview now (the Redis queue's job); throws on a fault outside GitHub's answers. */
        refresh,
        /** After a scan of one of the installation's repositories: refresh its overview, debounced. */
        request(target) {
            return scheduler.request(overviewKey(target.installationId), () => refresh(target));
        },
        /** The installation was deleted or suspended: its waiting refresh is dropped. */
        cancel(installationId) {
            said.delete(installationId);
            return scheduler.cancel(overviewKey(installationId));
        },
    };
}
export function overviewKey(installationId) {
    return `installation:${installationId}`;
}
/** The scheduler's last resort, as one log line without credentials. */
export function describeOverviewFailure(key, error) {
    const message = redactSecrets(error instanceof Error ? error.message : String(error));
    return `product-health: the overview of ${key} could not be refreshed (${message}); the next scan will try again`;
}
