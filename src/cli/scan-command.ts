import { stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { MAX_TEXT_BYTES } from '../collect/limit-text.js';
import { GitHubClient } from '../github/github-client.js';
import { githubToken } from '../github/github-environment.js';
import { createGitHubSource } from '../github/github-source.js';
import { LANGUAGES, type Language } from '../model/ids.js';
import { FORMATS, type Format, renderReport } from '../render/render-report.js';
import { styleTerminalReport } from '../render/style-terminal-report.js';
import type { Report } from '../report/report.js';
import { scanGitHubRepository } from '../scan/scan-github-repository.js';
import { scanRepository } from '../scan/scan-repository.js';
import { createLocalSource } from '../sources/local/local-source.js';
import { readRegularFile } from '../sources/local/read-checkout-file.js';
import type { CliIo } from './cli-io.js';
import { describeCost, describeIssueOutcome } from './describe-github-run.js';
import { type GitHubSessionDependencies, githubSession } from './github-session.js';
import { parseNow, parseWindowDays } from './option-parsers.js';
import { parseRepositoryTarget } from './repository-target.js';
import { terminalStyleFor } from './terminal-style-for.js';
import { UsageError } from './usage-error.js';

interface ScanFlags {
  format: Format;
  lang?: Language;
  config?: string;
  windowDays?: number;
  now?: Date;
  output?: string;
  writeIssue?: boolean;
  dryRun?: boolean;
  betagouvDir?: string;
}

export function scanCommand(io: CliIo, dependencies: GitHubSessionDependencies = {}): Command {
  return new Command('scan')
    .description(
      'scan a local checkout (offline) or OWNER/REPO on GitHub (GITHUB_TOKEN or GH_TOKEN) and print its product-health report',
    )
    .argument('[target]', 'folder of a repository checkout, or OWNER/REPO on GitHub', '.')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text'))
    .addOption(
      new Option('-l, --lang <language>', 'report language (default: the config’s, else fr)').choices(
        LANGUAGES,
      ),
    )
    .option(
      '-c, --config <file>',
      'configuration file to use instead of the repository’s .github/product-health.yml',
    )
    .option('-w, --window-days <days>', 'days of history to look at (7–730)', parseWindowDays)
    .option('--now <date>', 'the instant to consider as now (ISO 8601), for reproducible reports', parseNow)
    .option('-o, --output <file>', 'write the report to this file instead of standard output')
    .option(
      '--betagouv-dir <dir>',
      'folder only: a checkout of betagouv/beta.gouv.fr, to read the product’s public record (content/_startups/<id>.md)',
    )
    .option('--write-issue', 'GitHub only: create or update the repository’s product-health issue')
    .option(
      '--dry-run',
      'GitHub only: print the issue body and the writes --write-issue would make, send nothing',
    )
    .action(async (target: string, flags: ScanFlags) => {
      const config = flags.config
        ? await readConfigFlag(resolve(io.cwd, flags.config), flags.config)
        : undefined;
      const options = {
        now: flags.now ?? io.now(),
        config,
        overrides: { language: flags.lang, windowDays: flags.windowDays },
      };
      const directory = resolve(io.cwd, target);
      const isFolder = (await stat(directory).catch(() => null))?.isDirectory() === true;
      const repository = isFolder ? null : parseRepositoryTarget(target);
      if (!isFolder && !repository) {
        throw new UsageError(
          `'${target}' is neither a folder nor OWNER/REPO: give a repository checkout or a GitHub repository.`,
        );
      }
      if (!repository) {
        if (flags.writeIssue || flags.dryRun) {
          throw new UsageError(
            '--write-issue and --dry-run need a GitHub repository (OWNER/REPO), not a folder.',
          );
        }
        const betagouvDir = flags.betagouvDir ? resolve(io.cwd, flags.betagouvDir) : null;
        if (betagouvDir && (await stat(betagouvDir).catch(() => null))?.isDirectory() !== true) {
          throw new UsageError(
            `--betagouv-dir '${flags.betagouvDir}' is not a folder: give a checkout of betagouv/beta.gouv.fr.`,
          );
        }
        await emit(io, flags, await scanRepository(createLocalSource(directory, { betagouvDir }), options));
        return;
      }

      if (flags.betagouvDir) {
        throw new UsageError(
          '--betagouv-dir is for a folder: on GitHub the record is read from the records’ repository (config `product.betagouvRepository`).',
        );
      }
      if (!githubToken(io.env)) {
        throw new UsageError(
          `scanning ${repository.owner}/${repository.repo} needs a token: set GITHUB_TOKEN or GH_TOKEN (read access to the repository; Issues: write for --write-issue).`,
        );
      }
      const session = githubSession(io, 'scan', dependencies);
      const client = new GitHubClient(session.octokit, {
        graphqlUrl: session.graphqlUrl,
        writePacer: session.writePacer,
      });
      const source = createGitHubSource({ client, ...repository });
      const result = await scanGitHubRepository(source, {
        ...options,
        writeIssue: flags.writeIssue === true,
        dryRun: flags.dryRun === true,
      });
      session.reachability.throwIfUnreachable();
      if (flags.dryRun && result.issue && result.issue.body !== '') {
        await emitText(io, flags, result.issue.body);
      } else {
        await emit(io, flags, result.report);
      }
      if (result.issue) io.stderr(`${describeIssueOutcome(result.issue, flags.dryRun === true)}\n`);
      if (result.report.cost) io.stderr(`${describeCost(result.report.cost)}\n`);
    });
}

async function emit(io: CliIo, flags: ScanFlags, report: Report): Promise<void> {
  const text = renderReport(report, flags.format);
  if (flags.format === 'text' && !flags.output && io.stdoutStyled) {
    io.stdoutStyled(styleTerminalReport(report, text, terminalStyleFor(io.env, io.stdoutStream)));
    return;
  }
  await emitText(io, flags, text);
}

async function emitText(io: CliIo, flags: ScanFlags, text: string): Promise<void> {
  if (flags.output) await writeFile(resolve(io.cwd, flags.output), text);
  else io.stdout(text);
}

/** The file given to --config, read as carefully as the repository's: never a FIFO, never past the cap. */
async function readConfigFlag(file: string, given: string): Promise<{ file: string; text: string }> {
  const read = await readRegularFile(file, MAX_TEXT_BYTES + 8, given);
  if (read.read) return { file: given, text: read.bytes.toString('utf8') };
  if (read.absent) {
    throw new UsageError(`cannot read the configuration file '${given}': check the path given to --config.`);
  }
  throw new UsageError(`${read.detail}: give --config a configuration file.`);
}
