import type { Logger } from 'probot';
import type { OctokitLike } from '../github/github-client.js';
import type { RescanScheduler } from './rescan-scheduler.js';
import { type ScannedRepository } from './scan-installation-repository.js';
/** What the handlers use of Probot's `Context` (any event's context fits). */
export interface EventContext {
    name: string;
    payload: unknown;
    octokit: OctokitLike;
    log: Logger;
}
export interface RescanHandlersOptions {
    scheduler: RescanScheduler;
    /** The app's logger, for what happens after the event's handler returned. */
    log: Logger;
    now: () => Date;
    /** Called with every finished scan (tests, metrics). */
    onScanned?: (result: ScannedRepository) => void;
    /**
     * Called after every scan, successful or not, with the installation it was made for: the
     * organisation overview follows (debounced by its own scheduler).
     */
    onInstallationScanned?: (installation: {
        installationId: number;
        account: string;
        octokit: OctokitLike;
    }) => void;
}
/** A repository added to or removed from an installation, as the payloads list it. */
type ListedRepository = {
    id?: number;
    full_name?: string;
};
type ListedRepositories = readonly ListedRepository[];
/**
 * The app's reactions. Handlers only decide and schedule, so a webhook is answered at once; the
 * scans run later through the scheduler, one place catches and logs their failures with what to
 * fix, and nothing is ever thrown back to Probot.
 */
export declare function createRescanHandlers(options: RescanHandlersOptions): {
    onRepositoryEvent: (context: EventContext) => void;
    onInstallationRepositories: (context: EventContext, only: ListedRepositories | null) => void;
    onRepositoriesGone: (context: EventContext, gone: ListedRepositories | undefined) => void;
};
/** The scheduler's key of a repository: one rescan at a time per repository, whatever the case. */
export declare function repositoryKey(name: string): string;
export {};
