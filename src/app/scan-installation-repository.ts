import { CONFIG_PATH } from '../config/parse-config.js';
import { GitHubClient, type OctokitLike } from '../github/github-client.js';
import { createGitHubSource } from '../github/github-source.js';
import { probotConfigResolver } from '../github/probot-config-resolver.js';
import type { RateBudget } from '../github/rate-budget.js';
import { SHARED_WRITE_PACER } from '../github/write-pacer.js';
import {
  type ConfigResolver,
  type GitHubScanResult,
  scanGitHubRepository,
} from '../scan/scan-github-repository.js';

/** Probot's `context.config` for the product-health file (null when no file was found). */
export type ContextConfigReader = () => Promise<unknown>;

export interface InstallationRepositoryScan {
  /** An installation's Octokit: Probot's `context.octokit`, or the sweep's. */
  octokit: OctokitLike;
  owner: string;
  repo: string;
  now: Date;
  /** Work out the issue's writes without sending them (the sweep's `--dry-run`). */
  dryRun?: boolean;
  /** Probot's `context.config`, when an event's context is at hand; else the same convention is read directly. */
  readConfig?: ContextConfigReader;
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
 * `.github` repository, `_extends` followed) and is validated by the core with the CLI's rules.
 * Throws when the repository cannot be read at all (`RepositoryAccessError`), when GitHub's rate
 * limit stopped the scan (`RateLimitedError`: nothing was written) or on a fault outside GitHub's
 * answers.
 */
export async function scanInstallationRepository(
  scan: InstallationRepositoryScan,
): Promise<ScannedRepository> {
  const { owner, repo } = scan;
  const client = new GitHubClient(scan.octokit, {
    graphqlUrl: scan.graphqlUrl ?? null,
    writePacer: SHARED_WRITE_PACER,
    budget: scan.budget ?? null,
  });
  const source = createGitHubSource({ client, owner, repo });
  const resolveConfig = scan.readConfig
    ? contextConfigResolver(scan.readConfig, owner, repo)
    : probotConfigResolver(client, owner, repo);
  const dryRun = scan.dryRun === true;
  const result = await scanGitHubRepository(source, {
    now: scan.now,
    writeIssue: !dryRun,
    dryRun,
    resolveConfig,
  });
  return { owner, repo, ...result };
}

/**
 * Deep merge options making `context.config` merge an `_extends` chain the way the configuration
 * plugin's `config.get` does for the CLI and the sweep: each top-level key of the extending file
 * replaces the inherited one whole. (Probot's default deep merge would concatenate lists and mix
 * nested keys, and the app would then disagree with the CLI.)
 */
export const SHALLOW_CONFIG_MERGE = {
  customMerge: () => (_inherited: unknown, extending: unknown) => extending,
};

/**
 * A resolver over Probot's `context.config`. The file named is the first one that held a
 * configuration — the repository's own when it has one, else the organisation's `.github`
 * repository's — as `probotConfigResolver` names it.
 */
export function contextConfigResolver(
  read: ContextConfigReader,
  owner: string,
  repo: string,
): ConfigResolver {
  return async (found) => {
    const value = await read();
    if (value === null || value === undefined) return null;
    const file = found ? `${owner}/${repo}/${CONFIG_PATH}` : `${owner}/.github/${CONFIG_PATH}`;
    return { file, value };
  };
}
