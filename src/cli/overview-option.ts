import type { Comparison } from '../compare/comparison.js';
import { DEFAULT_CONFIG } from '../config/default-config.js';
import { GitHubClient } from '../github/github-client.js';
import { countOf } from '../messages/format-message.js';
import type { Language } from '../model/ids.js';
import { keepOverviewIssue } from '../overview/keep-overview-issue.js';
import type { CliIo } from './cli-io.js';
import type { GitHubSession } from './github-session.js';
import { parseRepositoryTarget } from './repository-target.js';
import { UsageError } from './usage-error.js';

/**
 * `--write-overview [OWNER/REPO]`: where the organisation overview issue lives, the compared
 * owner's `.github` repository unless told.
 */
export function overviewTarget(
  given: string | true,
  comparison: Comparison,
): { owner: string; repo: string } {
  if (typeof given === 'string') {
    const target = parseRepositoryTarget(given);
    if (!target) throw new UsageError(`--write-overview expects OWNER/REPO, not '${given}'.`);
    return target;
  }
  const owner = comparison.scope.owner;
  if (!owner) {
    throw new UsageError(
      '--write-overview needs OWNER/REPO when the comparison is not of one owner (--org).',
    );
  }
  return { owner, repo: '.github' };
}

/** Keeps the overview issue and says what happened on standard error. Returns false when it failed. */
export async function writeOverview(
  io: CliIo,
  session: GitHubSession,
  comparison: Comparison,
  given: string | true,
  options: { language: Language; dryRun: boolean },
): Promise<boolean> {
  const target = overviewTarget(given, comparison);
  const client = new GitHubClient(session.octokit, {
    graphqlUrl: session.graphqlUrl,
    writePacer: session.writePacer,
  });
  const result = await keepOverviewIssue({
    client,
    ...target,
    comparison,
    subject: comparison.scope.owner ?? `${target.owner}`,
    language: options.language,
    label: DEFAULT_CONFIG.issue.label,
    dryRun: options.dryRun,
  });
  session.reachability.throwIfUnreachable();
  const where = result.issue ? ` ${result.issue.url}` : ` in ${target.owner}/${target.repo}`;
  const writes = options.dryRun ? ` — would send ${countOf(result.writes.length, 'write', 'writes')}` : '';
  const omitted =
    result.omittedRows > 0 ? `; ${countOf(result.omittedRows, 'row', 'rows')} left out to fit` : '';
  const message = result.message ? ` (${result.message})` : '';
  io.stderr(`Overview issue: ${result.action}${where}${omitted}${writes}${message}\n`);
  return result.action !== 'failed';
}
