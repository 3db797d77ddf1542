import type { Commit } from '../model/raw-snapshot.js';
export interface Push {
    /** Committer date of the push's last commit (when the branch moved). */
    date: string;
    commits: number;
    /** Every commit of the push is a bot's (dependency updates, release bots). */
    botOnly: boolean;
}
/**
 * Consecutive first-parent commits committed within this many seconds of each other reached the
 * branch together: a rebase merge or a push of several commits stamps them in one burst.
 */
export declare const PUSH_BURST_SECONDS = 120;
/**
 * Groups a branch's first-parent commits into pushes by committer date (author date when the
 * source has no committer date): each merge or squash is one push, a rebased pull request's
 * commits are one push.
 */
export declare function groupPushes(commits: readonly Commit[]): Push[];
