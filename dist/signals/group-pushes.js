import { isBotAuthor } from '../model/bots.js';
/**
 * Consecutive first-parent commits committed within this many seconds of each other reached the
 * branch together: a rebase merge or a push of several commits stamps them in one burst.
 */
export const PUSH_BURST_SECONDS = 120;
/**
 * Groups a branch's first-parent commits into pushes by committer date (author date when the
 * source has no committer date): each merge or squash is one push, a rebased pull request's
 * commits are one push.
 */
export function groupPushes(commits) {
    const line = commits
        .filter((commit) => commit.firstParent)
        .map((commit) => ({ commit, time: Date.parse(commit.committedAt ?? commit.date) }))
        .filter(({ time }) => Number.isFinite(time))
        .sort((a, b) => a.time - b.time);
    const pushes = [];
    let last;
    for (const { commit, time } of line) {
        const bot = commit.author.isBot || isBotAuthor(commit.author.name, commit.author.email, commit.author.login);
        if (last && time - last.time <= PUSH_BURST_SECONDS * 1000) {
            last.time = time;
            last.commits += 1;
            last.bots += bot ? 1 : 0;
            continue;
        }
        last = { time, commits: 1, bots: bot ? 1 : 0 };
        pushes.push(last);
    }
    return pushes.map((push) => ({
        date: new Date(push.time).toISOString(),
        commits: push.commits,
        botOnly: push.bots === push.commits,
    }));
}
