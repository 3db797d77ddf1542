import type { Commit } from '../../model/raw-snapshot.js';
import type { SignalDefinition } from '../../model/signal.js';
export type TeamContinuityThresholds = {
    /** Fail with this many active contributors or fewer. */
    failMaxContributors: number;
    /** Warn with this many active contributors or fewer. */
    warnMaxContributors: number;
    /** Fail when the top contributor authors at least this share of the commits. */
    failTopShare: number;
    /** Warn when the top contributor authors more than this share of the commits. */
    warnTopShare: number;
};
export declare const teamContinuitySignal: SignalDefinition<TeamContinuityThresholds>;
/**
 * One key per person. Identities sharing an e-mail address, a name (case, accents, punctuation and
 * word order aside), a GitHub login (from the API or an `ID+login@users.noreply.github.com`
 * address) are one person: a union of every identity that shares one of these with another.
 * Names come after git's `.mailmap` (the sources read `%aN <%aE>`).
 */
export declare function identityResolver(commits: readonly Commit[]): (commit: Commit) => string;
