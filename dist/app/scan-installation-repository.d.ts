import { type OctokitLike } from '../github/github-client.js';
import type { RateBudget } from '../github/rate-budget.js';
import { type GitHubScanResult } from '../scan/scan-github-repository.js';
export interface InstallationRepositoryScan {
    /** An installation's Octokit: Probot's `context.octokit`, or the sweep's. */
    octokit: OctokitLike;
    owner: string;
    repo: string;
    now: Date;
    /** Work out the writes without sending them (the sweep's `--dry-run`). */
    dryRun?: boolean;
    /** GraphQL endpoint when it is not derived from the Octokit's base URL (GITHUB_GRAPHQL_URL). */
    graphqlUrl?: string | null;
    /** The installation's hourly budgets, shared by the scans of a sweep; the scan's own unless given. */
    budget?: RateBudget | null;
}
/** The scan of one repository, with who it was. */
export interface ScannedRepository extends GitHubScanResult {
    owner: string;
    repo: string;
}
/**
 * One scan of a repository the app is installed on: the same core as the CLI and the Action
 * (`scanGitHubRepository`), writing the product-health issue unless it is a dry run. The
 * configuration follows Probot's convention (the repository's file, else the organisation's
 * `.github` repository, `_extends` followed within the owner) exactly as the CLI reads it.
 * Throws when the repository cannot be read at all (`RepositoryAccessError`), when GitHub's rate
 * limit stopped the scan (`RateLimitedError`: nothing was written) or on a fault outside GitHub's
 * answers.
 */
export declare function scanInstallationRepository(scan: InstallationRepositoryScan): Promise<ScannedRepository>;
