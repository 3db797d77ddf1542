import type { Logger } from 'probot';
import type { Comparison } from '../compare/comparison.js';
import { type OctokitLike } from '../github/github-client.js';
import type { Language } from '../model/ids.js';
import { type OverviewIssueResult } from '../overview/keep-overview-issue.js';
import { type RescanJob, type ScheduleOutcome, type SchedulerTimers } from './rescan-scheduler.js';
/** One refresh of an overview issue. */
export type OverviewJob = RescanJob;
export type OverviewTimers = SchedulerTimers;
export interface OverviewSchedulerOptions {
    /**
     * Quiet delay after the last request before a refresh runs; two refreshes of one key are never
     * closer than this. Must be above 0 (0 means no overview: make no scheduler).
     */
    delayMs: number;
    /** Longest a refresh waits under a steady stream of requests, from the first one; 3 × `delayMs` unless told. */
    maxDelayMs?: number;
    /** Node's timers (unreferenced) unless told. */
    timers?: SchedulerTimers;
    /** The clock, in milliseconds; `Date.now` unless told. */
    now?: () => number;
    /** The one place a refresh's failure ends up; must not throw (if it does, it is swallowed). */
    onError: (key: string, error: unknown) => void;
}
/** What `request` did. */
export type OverviewRequestOutcome = ScheduleOutcome;
/**
 * Per-key debounce of the overview refreshes, one refresh at a time over all keys: the rescan
 * scheduler's debounce with a concurrency of 1. The requests of a key (an installation: one per
 * finished scan) within the quiet delay make one refresh, run once they stop — when the
 * installation's scans have settled — and at the latest `maxDelayMs` after the first. A request
 * during a refresh makes exactly one more, a full delay after it ends, so a key is refreshed at
 * most once per `delayMs`. A failed job goes to `onError`.
 */
export declare class OverviewScheduler {
    private readonly scheduler;
    constructor(options: OverviewSchedulerOptions);
    /** Asks for a refresh of `key` by `job`, once the requests for that key have quieted down. */
    request(key: string, job: OverviewJob): OverviewRequestOutcome;
    /** Drops the refresh waiting for `key` (a running one finishes, without its follow-up). */
    cancel(key: string): boolean;
    /** Keys with a refresh waiting, queued or running. */
    keys(): string[];
    /** Starts every waiting refresh now (one at a time), without the quiet delay. */
    flush(): void;
    /** Resolves once nothing waits, is queued or runs. */
    idle(): Promise<void>;
    /** Runs everything pending now, follow-ups included, and resolves when all is done. */
    drain(): Promise<void>;
}
/**
 * The app's overview scheduler: one debouncing at `overviewDelayMs`, or null — no overview — when
 * it is 0 or absent.
 */
export declare function overviewSchedulerFromSettings(settings: {
    overviewDelayMs?: number;
}, onError: (key: string, error: unknown) => void, clock?: Pick<OverviewSchedulerOptions, 'timers' | 'now'>): OverviewScheduler | null;
/** An installation whose overview to refresh. */
export interface InstallationOverview {
    installationId: number;
    /** The installation's account: owner of its repositories and of the `.github` holding the issue. */
    account: string;
    /** An Octokit authenticated as the installation (the latest event's). */
    octokit: OctokitLike;
}
/** The app keeps each repository's issue itself: a stored state this recent is read, not rescanned. */
export declare const APP_OVERVIEW_MAX_AGE_DAYS = 30;
/** Repositories scanned at once for an overview (only those without a stored state). */
export declare const APP_OVERVIEW_CONCURRENCY = 4;
export declare const OVERVIEW_REPOSITORY = ".github";
export interface OverviewRefreshOptions {
    now: () => Date;
    /** `https://github.com`, or the GitHub Enterprise Server's web address. */
    webUrl: string;
    /** French unless told (the guide's language). */
    language?: Language;
    graphqlUrl?: string | null;
}
/** What one refresh did: the overview kept (or not), or no `.github` repository the installation sees. */
export type OverviewRefresh = {
    kind: 'kept';
    comparison: Comparison;
    result: OverviewIssueResult;
} | {
    kind: 'no-repository';
    comparison: Comparison;
};
/**
 * Compares the account's repositories the installation sees (stored states read, the repositories
 * without a fresh one scanned without writing their issue) and keeps the overview issue in the
 * account's `.github` repository — when the installation sees one. Throws only on a fault
 * outside GitHub's answers about the overview issue (the listing refused, the network down…).
 */
export declare function refreshOverview(target: InstallationOverview, options: OverviewRefreshOptions): Promise<OverviewRefresh>;
export interface OverviewRefresherOptions extends OverviewRefreshOptions {
    scheduler: OverviewScheduler;
    log: Logger;
    /** Called with every refresh that ran to its end (tests, metrics). */
    onRefreshed?: (target: InstallationOverview, refresh: OverviewRefresh) => void;
}
/**
 * The app's side of the overview: `request` after each scan of an installation's repository,
 * `cancel` when the installation goes. Refreshes are debounced by the scheduler, whose `onError`
 * is the one place their failures are caught. What cannot be fixed by waiting (no `.github`
 * repository visible, the issue refused) is said once per installation, not at every refresh.
 */
export declare function createOverviewRefresher(options: OverviewRefresherOptions): {
    /** After a scan of one of the installation's repositories: refresh its overview, debounced. */
    request(target: InstallationOverview): OverviewRequestOutcome;
    /** The installation was deleted or suspended: its waiting refresh is dropped. */
    cancel(installationId: number): boolean;
};
export type OverviewRefresher = ReturnType<typeof createOverviewRefresher>;
export declare function overviewKey(installationId: number): string;
/** The scheduler's last resort, as one log line without credentials. */
export declare function describeOverviewFailure(key: string, error: unknown): string;
