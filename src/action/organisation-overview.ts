import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeCost } from '../cli/describe-github-run.js';
import { compareRepositories } from '../compare/compare-repositories.js';
import type { Comparison } from '../compare/comparison.js';
import { rateLimitedSummary } from '../compare/comparison-rows.js';
import { renderComparison } from '../compare/render-comparison.js';
import { DEFAULT_CONFIG } from '../config/default-config.js';
import { GitHubClient, type OctokitLike } from '../github/github-client.js';
import { GITHUB_COM_API, type GitHubEndpoints, githubEndpoints } from '../github/github-environment.js';
import { SHARED_WRITE_PACER } from '../github/write-pacer.js';
import { countOf } from '../messages/format-message.js';
import type { Language } from '../model/ids.js';
import { keepOverviewIssue, type OverviewIssueResult } from '../overview/keep-overview-issue.js';
import type { ActionInputs } from './action-inputs.js';
import type { ActionIo } from './action-io.js';
import { createActionOctokit } from './action-octokit.js';
import { overviewOutputs, setActionOutputs } from './action-outputs.js';
import { addOverviewSummary } from './job-summary.js';

export const DASHBOARD_FILE_NAME = 'product-health-dashboard.html';
/** A repository's product-health issue edited within this many days is read, not scanned again. */
export const OVERVIEW_MAX_AGE_DAYS = 7;
/** Repositories scanned at the same time for the overview. */
export const OVERVIEW_CONCURRENCY = 4;

/** The overview could not be made or kept at all; the message says what to fix. */
export class OrganisationOverviewError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OrganisationOverviewError';
  }
}

/**
 * `overview: true`, after the scan of the workflow's repository: compares every repository of its
 * owner (archived ones and forks left out; fresh product-health issues read, the others scanned
 * without writing their issue), writes the HTML dashboard to `RUNNER_TEMP` and keeps the overview
 * issue (`overview-repository`, else the owner's `.github`). Repositories that could not be read
 * are warnings; throws `OrganisationOverviewError` only when the overview could not be kept at all.
 * A dry run writes nothing to GitHub. Does nothing when `overview` is false.
 */
export async function keepOrganisationOverview(
  io: ActionIo,
  inputs: ActionInputs,
  language: Language,
): Promise<void> {
  if (!inputs.overview) return;
  const owner = io.repository()?.owner;
  if (!owner) throw new OrganisationOverviewError('the overview needs the workflow repository’s owner.');
  const target = inputs.overviewRepository ?? { owner, repo: '.github' };
  const where = `${target.owner}/${target.repo}`;
  const endpoints = githubEndpoints(io.env);
  const octokit = createActionOctokit({
    token: inputs.token,
    endpoints,
    warn: (message) => io.warning(message),
  });

  const comparison = await compare(io, owner, octokit, endpoints, inputs.dryRun);
  describeComparison(io, owner, comparison);
  const dashboardPath = await writeDashboard(comparison, language, io.env.RUNNER_TEMP?.trim() || tmpdir());

  const result = await keepOverviewIssue({
    client: new GitHubClient(octokit, { graphqlUrl: endpoints.graphqlUrl, writePacer: SHARED_WRITE_PACER }),
    ...target,
    comparison,
    subject: owner,
    language,
    label: DEFAULT_CONFIG.issue.label,
    dryRun: inputs.dryRun,
  });
  setActionOutputs(io.setOutput, overviewOutputs(result, dashboardPath));
  io.info(describeOverviewOutcome(result, where, inputs.dryRun));
  if (inputs.dryRun && result.action !== 'failed') {
    io.startGroup('The organisation overview issue this run would write');
    io.untrusted(result.body);
    io.endGroup();
  }
  io.info(`HTML dashboard: ${dashboardPath}`);

  addOverviewSummary(io.summary, result, where, inputs.dryRun, language);
  if (io.env.GITHUB_STEP_SUMMARY) await io.summary.write();

  if (result.action === 'failed') {
    throw new OrganisationOverviewError(
      `the organisation overview issue could not be kept in ${where}: ${(result.message ?? 'no reason given').trim()}. ` +
        "To keep it in another repository, set the input 'overview-repository' (OWNER/REPO).",
    );
  }
  const limited = comparison.rows.filter((row) => row.origin === 'rate-limited');
  if (limited.length > 0) {
    throw new OrganisationOverviewError(
      `${rateLimitedSummary(limited)} (GitHub's hourly budget for the token is spent); run the workflow again after the reset.`,
    );
  }
}

async function compare(
  io: ActionIo,
  owner: string,
  octokit: OctokitLike,
  endpoints: GitHubEndpoints,
  dryRun: boolean,
): Promise<Comparison> {
  try {
    return await compareRepositories({
      octokit,
      graphqlUrl: endpoints.graphqlUrl,
      writePacer: SHARED_WRITE_PACER,
      webUrl: io.env.GITHUB_SERVER_URL?.trim().replace(/\/+$/, '') || webUrlOf(endpoints.apiUrl),
      target: { owner },
      now: io.now(),
      maxAgeDays: OVERVIEW_MAX_AGE_DAYS,
      writeIssues: false,
      dryRun,
      includeArchived: false,
      includeForks: false,
      concurrency: OVERVIEW_CONCURRENCY,
      shard: null,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new OrganisationOverviewError(
      `the repositories of ${owner} could not be compared: ${message}. The overview needs a token that reads ${owner}'s repositories (input 'token': an app's or a fine-grained token; the workflow's GITHUB_TOKEN sees only its own repository).`,
    );
  }
}

/** One line on the comparison, and a warning per repository that could not be read. */
function describeComparison(io: ActionIo, owner: string, comparison: Comparison): void {
  const count = (origin: string) => comparison.rows.filter((row) => row.origin === origin).length;
  io.info(
    `Organisation overview of ${owner}: ${countOf(comparison.rows.length, 'repository', 'repositories')} compared — ${count('stored')} read from their product-health issue, ${count('scanned')} scanned, ${count('failed')} failed${count('rate-limited') > 0 ? `, ${count('rate-limited')} rate-limited` : ''}, ${comparison.skipped.length} left out (archived, forks, the owner’s .github)`,
  );
  for (const row of comparison.rows) {
    if (row.origin === 'failed' || row.origin === 'rate-limited') {
      io.warning(`Overview: ${row.repository} could not be read: ${row.problems.join('; ')}`);
    }
  }
  io.info(describeCost(comparison.cost));
}

async function writeDashboard(
  comparison: Comparison,
  language: Language,
  directory: string,
): Promise<string> {
  await mkdir(directory, { recursive: true });
  const path = join(directory, DASHBOARD_FILE_NAME);
  await writeFile(path, renderComparison(comparison, 'html', language));
  return path;
}

function describeOverviewOutcome(result: OverviewIssueResult, where: string, dryRun: boolean): string {
  const at = result.issue ? ` ${result.issue.url}` : ` in ${where}`;
  const omitted =
    result.omittedRows > 0 ? `; ${countOf(result.omittedRows, 'row', 'rows')} left out to fit` : '';
  const healed = result.healed.length > 0 ? `; duplicates closed: ${result.healed.join(', ')}` : '';
  const writes = dryRun ? ` — would send ${countOf(result.writes.length, 'write', 'writes')}` : '';
  const message = result.message && result.action !== 'failed' ? ` (${result.message})` : '';
  return `Overview issue: ${result.action}${at}${omitted}${healed}${writes}${message}`;
}

/** The web address matching a REST base URL (`https://HOST/api/v3` → `https://HOST`). */
function webUrlOf(apiUrl: string): string {
  return apiUrl === GITHUB_COM_API ? 'https://github.com' : apiUrl.replace(/\/api\/v3$/, '');
}
