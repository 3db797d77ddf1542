import type { ProductHealthConfig } from '../config/config.js';
import type { GitHubSource } from '../github/github-source.js';
import { resolveConfigExtends } from '../github/resolve-config-extends.js';
import { findMarkedIssue } from '../issue/find-marked-issue.js';
import { type IssueState, nextIssueState, readIssueState, trendsFromState } from '../issue/issue-state.js';
import { type KeepHealthIssueResult, keepHealthIssue } from '../issue/keep-health-issue.js';
import type { RawSnapshot } from '../model/raw-snapshot.js';
import type { Report } from '../report/report.js';
import { type ScanOptions, scanWithConfig } from './scan-repository.js';

export interface GitHubScanOptions extends ScanOptions {
  /** Create or update the product-health issue. */
  writeIssue: boolean;
  /** Work out the issue's writes without sending them. */
  dryRun: boolean;
}

export interface GitHubScanResult {
  /** The report, with trends from the issue's kept state and what reading GitHub cost. */
  report: Report;
  /** What happened to the product-health issue; null when it was not asked for. */
  issue: KeepHealthIssueResult | null;
  /** The state this scan keeps (or would keep) in the issue: scores and their history. */
  state: IssueState;
  /** The configuration the scan ran with. */
  config: ProductHealthConfig;
  /** What the scan read (starter documents reuse it). */
  snapshot: RawSnapshot;
}

/**
 * Scans a repository through GitHub's API and, when asked, keeps its product-health issue: the
 * scores kept in the issue give the trends, the new report gives the new body. The app, the
 * Action and `product-health scan OWNER/REPO` all call this. Throws `RateLimitedError` when
 * GitHub's hourly budget ran out during the scan: nothing is reported or written from it.
 */
export async function scanGitHubRepository(
  source: GitHubSource,
  options: GitHubScanOptions,
): Promise<GitHubScanResult> {
  const {
    report: scanned,
    config,
    snapshot,
  } = await scanWithConfig(source, await withResolvedConfig(source, options));
  // Past a rate limit, what was read is a truncated picture: no report, no write is built from it.
  stopIfRateLimited(source);
  const known = source.healthIssues();
  const existing = known.available ? known.value : [];
  const previous = readIssueState(findMarkedIssue(existing).kept?.body ?? null);
  const state = nextIssueState(previous, scanned, options.now);
  const report: Report = { ...scanned, trends: trendsFromState(state) };

  let issue: KeepHealthIssueResult | null = null;
  if (options.writeIssue || options.dryRun) {
    const refusal = !known.available
      ? `the existing product-health issue could not be looked up (${known.detail}); nothing was written, so that no duplicate is created`
      : source.overviewFailure()
        ? `the repository could not be read (${source.overviewFailure()?.detail}); the issue was left as it is`
        : null;
    issue = refusal
      ? skippedIssue(refusal)
      : await keepHealthIssue({
          client: source.client,
          owner: source.owner,
          repo: source.repo,
          report,
          state,
          existing,
          settings: config.issue,
          dryRun: options.dryRun,
          issuesEnabled: source.issuesEnabled(),
        });
    // A write refused for the limit: the issue is left for the scan after the reset. (A re-read
    // refused after writes that went through changes nothing: the next scan heals.)
    if (issue.action === 'failed') stopIfRateLimited(source);
  }
  return { report: { ...report, cost: source.client.cost() }, issue, state, config, snapshot };
}

/** Throws the rate limit the scan's client met (`RateLimitedError`), if any. */
function stopIfRateLimited(source: GitHubSource): void {
  const limited = source.client.rateLimited();
  if (limited) throw limited;
}

/** The configuration the source found, with its `_extends` followed (see `resolveConfigExtends`). */
async function withResolvedConfig(
  source: GitHubSource,
  options: GitHubScanOptions,
): Promise<GitHubScanOptions> {
  if (options.config !== undefined) return options;
  const found = await source.readConfig({ now: options.now, windowDays: options.overrides?.windowDays });
  if (found === null) return { ...options, config: null };
  const resolved = await resolveConfigExtends(source.client, source.owner, found);
  return {
    ...options,
    config: resolved.config,
    configProblems: [...(options.configProblems ?? []), ...resolved.problems],
  };
}

function skippedIssue(message: string): KeepHealthIssueResult {
  return {
    action: 'skipped',
    issue: null,
    title: '',
    body: '',
    writes: [],
    healed: [],
    omittedSections: [],
    message,
  };
}
