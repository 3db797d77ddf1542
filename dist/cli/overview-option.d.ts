import type { Comparison } from '../compare/comparison.js';
import type { Language } from '../model/ids.js';
import type { CliIo } from './cli-io.js';
import type { GitHubSession } from './github-session.js';
/**
 * `--write-overview [OWNER/REPO]`: where the organisation overview issue lives, the compared
 * owner's `.github` repository unless told.
 */
export declare function overviewTarget(given: string | true, comparison: Comparison): {
    owner: string;
    repo: string;
};
/** Keeps the overview issue and says what happened on standard error. Returns false when it failed. */
export declare function writeOverview(io: CliIo, session: GitHubSession, comparison: Comparison, given: string | true, options: {
    language: Language;
    dryRun: boolean;
}): Promise<boolean>;
