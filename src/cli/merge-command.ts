import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command } from 'commander';
import type { Comparison } from '../compare/comparison.js';
import { mergeComparisons, parseComparison } from '../compare/merge-comparisons.js';
import type { ComparisonFormat } from '../compare/render-comparison.js';
import { countOf } from '../messages/format-message.js';
import type { Language } from '../model/ids.js';
import type { CliIo } from './cli-io.js';
import { withComparisonOutputOptions, writeComparison } from './comparison-output.js';
import { type GitHubSessionDependencies, githubSession } from './github-session.js';
import { writeOverview } from './overview-option.js';
import { UsageError } from './usage-error.js';

interface MergeFlags {
  format: ComparisonFormat[];
  output?: string;
  lang: Language;
  writeOverview?: string | true;
  dryRun?: boolean;
}

/** `product-health merge`: the JSON comparisons of several shards as one comparison. */
export function mergeCommand(io: CliIo, dependencies: GitHubSessionDependencies = {}): Command {
  return withComparisonOutputOptions(
    new Command('merge')
      .description('merge the JSON comparisons of `compare --shard` runs into one (any output format)')
      .argument('<files...>', 'JSON files written by `compare --format json`'),
  )
    .option(
      '--write-overview [repo]',
      'keep the overview issue in OWNER/REPO (default: the owner’s .github repository); needs GITHUB_TOKEN',
    )
    .option('--dry-run', 'work out the overview issue’s writes, send none')
    .action(async (files: string[], flags: MergeFlags) => {
      const comparisons: Comparison[] = [];
      for (const file of files) {
        let text: string;
        try {
          text = await readFile(resolve(io.cwd, file), 'utf8');
        } catch {
          throw new UsageError(`cannot read '${file}'.`);
        }
        try {
          comparisons.push(parseComparison(text, file));
        } catch (error) {
          throw new UsageError((error as Error).message);
        }
      }
      const { comparison, warnings } = mergeComparisons(comparisons);
      for (const warning of warnings) io.stderr(`product-health: ${warning}\n`);
      await writeComparison(io, comparison, flags.format, flags.output, flags.lang);
      io.stderr(
        `Merged ${countOf(files.length, 'file', 'files')}: ${countOf(comparison.rows.length, 'repository', 'repositories')}, ${comparison.skipped.length} left out\n`,
      );
      if (flags.writeOverview !== undefined) {
        const session = githubSession(io, 'merge --write-overview', dependencies);
        const kept = await writeOverview(io, session, comparison, flags.writeOverview, {
          language: flags.lang,
          dryRun: flags.dryRun === true,
        });
        if (!kept) throw new Error('the overview issue could not be kept; the line above says what to fix');
      }
    });
}
