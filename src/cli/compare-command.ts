import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { type CompareTarget, compareRepositories } from '../compare/compare-repositories.js';
import { rateLimitedSummary } from '../compare/comparison-rows.js';
import { parseProductGroups, parseRepositoryList } from '../compare/read-product-groups.js';
import type { ComparisonFormat } from '../compare/render-comparison.js';
import { parseShard, type Shard } from '../compare/shard.js';
import { countOf } from '../messages/format-message.js';
import type { Language } from '../model/ids.js';
import type { CliIo } from './cli-io.js';
import { withComparisonOutputOptions, writeComparison } from './comparison-output.js';
import { describeCost } from './describe-github-run.js';
import { type GitHubSessionDependencies, githubSession } from './github-session.js';
import { parseConcurrency, parseNow } from './option-parsers.js';
import { writeOverview } from './overview-option.js';
import { progressBar } from './progress-bar.js';
import { UsageError } from './usage-error.js';

interface CompareFlags {
  org?: string;
  repos?: string;
  list?: string;
  format: ComparisonFormat[];
  output?: string;
  lang: Language;
  groups?: string;
  includeArchived?: boolean;
  includeForks?: boolean;
  maxAge: number;
  rescan?: boolean;
  writeIssues?: boolean;
  writeOverview?: string | true;
  dryRun?: boolean;
  shard?: Shard;
  concurrency: number;
  now?: Date;
  progress: boolean;
}

/**
 * `product-health compare`: product health of many repositories side by side, for coaches. Reads
 * each repository's product-health issue when its state is fresh, scans the others.
 */
export function compareCommand(io: CliIo, dependencies: GitHubSessionDependencies = {}): Command {
  return withComparisonOutputOptions(
    new Command('compare')
      .description(
        'compare product health across repositories (GITHUB_TOKEN or GH_TOKEN): an owner’s (--org), a list (--repos, --list); Markdown, CSV, JSON or HTML',
      )
      .option('--org <owner>', 'every repository of this organisation or user')
      .option('--repos <list>', 'these repositories: OWNER/REPO separated by commas')
      .option('--list <file>', 'the repositories listed in this file, one OWNER/REPO per line'),
  )
    .option(
      '--groups <file>',
      'YAML or JSON: product name → its OWNER/REPO list (over each repository’s `product:`)',
    )
    .option('--include-archived', 'compare archived repositories too')
    .option('--include-forks', 'compare forks too')
    .option(
      '--max-age <days>',
      'trust a product-health issue edited within this many days (0–365)',
      parseMaxAge,
      7,
    )
    .option('--rescan', 'scan every repository, whatever its issue holds (same as --max-age 0)')
    .option(
      '--write-issues',
      'keep the product-health issue of each repository scanned (needs Issues: write)',
    )
    .option(
      '--write-overview [repo]',
      'keep the overview issue in OWNER/REPO (default: the owner’s .github repository)',
    )
    .option('--dry-run', 'work out the writes of --write-issues and --write-overview, send none')
    .option(
      '--shard <i/n>',
      'compare only the i-th of n shares of the repositories (merge them with `merge`)',
      parseShardOption,
    )
    .option('--concurrency <n>', 'repositories scanned at the same time (1–16)', parseConcurrency, 4)
    .option('--now <date>', 'the instant to consider as now (ISO 8601)', parseNow)
    .option(
      '--no-progress',
      'draw no progress bar (none is drawn in CI or when standard error is not a terminal)',
    )
    .action(async (flags: CompareFlags) => {
      const target = await compareTarget(io, flags);
      const products = flags.groups
        ? parseProductGroups(await readGiven(io, flags.groups, '--groups'), flags.groups)
        : undefined;
      const session = githubSession(io, 'compare', dependencies);
      const progress = progressBar(io, 'compare', flags.progress);
      const comparison = await compareRepositories({
        ...session,
        target,
        now: flags.now ?? io.now(),
        maxAgeDays: flags.rescan ? 0 : flags.maxAge,
        writeIssues: flags.writeIssues === true,
        dryRun: flags.dryRun === true,
        includeArchived: flags.includeArchived === true,
        includeForks: flags.includeForks === true,
        concurrency: flags.concurrency,
        shard: flags.shard ?? null,
        products,
        onProgress: (done, total) => progress.update(done, total),
      })
        .catch((error: unknown) => {
          // Listing an organisation nothing answers at: say that, not the first refused connection.
          session.reachability.throwIfUnreachable();
          throw error;
        })
        .finally(() => progress.stop());
      session.reachability.throwIfUnreachable();

      await writeComparison(io, comparison, flags.format, flags.output, flags.lang);
      const stored = comparison.rows.filter((row) => row.origin === 'stored').length;
      const failed = comparison.rows.filter((row) => row.origin === 'failed');
      io.stderr(
        `Compared ${countOf(comparison.rows.length, 'repository', 'repositories')}: ${stored} read from their product-health issue, ${comparison.rows.length - stored - failed.length} scanned, ${failed.length} failed, ${comparison.skipped.length} left out (archived, forks, the owner’s .github)\n`,
      );
      for (const row of failed) io.stderr(`product-health: ${row.repository}: ${row.problems.join('; ')}\n`);
      const limited = comparison.rows.filter((row) => row.origin === 'rate-limited');
      for (const row of limited) io.stderr(`product-health: ${row.repository}: ${row.problems.join('; ')}\n`);
      io.stderr(`${describeCost(comparison.cost)}\n`);
      if (flags.writeOverview !== undefined) {
        if (flags.shard)
          throw new UsageError(
            '--write-overview needs every repository: use it with `merge`, not with --shard.',
          );
        const kept = await writeOverview(io, session, comparison, flags.writeOverview, {
          language: flags.lang,
          dryRun: flags.dryRun === true,
        });
        if (!kept) throw new Error('the overview issue could not be kept; the line above says what to fix');
      }
      if (limited.length > 0) {
        // The comparison is written, but incomplete: say so by the exit code too.
        throw new Error(`${rateLimitedSummary(limited)}; compare again after the reset`);
      }
    });
}

async function compareTarget(io: CliIo, flags: CompareFlags): Promise<CompareTarget> {
  const given = [flags.org, flags.repos, flags.list].filter((value) => value !== undefined);
  if (given.length !== 1)
    throw new UsageError('name what to compare with exactly one of --org, --repos or --list.');
  if (flags.org !== undefined) {
    if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(flags.org)) {
      throw new UsageError(`'${flags.org}' is not a GitHub organisation or user name.`);
    }
    return { owner: flags.org };
  }
  try {
    const repositories =
      flags.repos !== undefined
        ? parseRepositoryList(flags.repos, '--repos')
        : parseRepositoryList(await readGiven(io, flags.list as string, '--list'), flags.list as string);
    if (repositories.length === 0) throw new Error('no repository listed');
    return { repositories };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError((error as Error).message);
  }
}

async function readGiven(io: CliIo, path: string, option: string): Promise<string> {
  try {
    return await readFile(resolve(io.cwd, path), 'utf8');
  } catch {
    throw new UsageError(`cannot read '${path}': check the path given to ${option}.`);
  }
}

function parseMaxAge(value: string): number {
  const days = Number(value);
  if (!Number.isFinite(days) || days < 0 || days > 365)
    throw new InvalidArgumentError('expected a number of days between 0 and 365.');
  return days;
}

function parseShardOption(value: string): Shard {
  const shard = parseShard(value);
  if (!shard) throw new InvalidArgumentError('expected I/N with 1 ≤ I ≤ N ≤ 256, for example 2/4.');
  return shard;
}
