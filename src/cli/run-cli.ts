import { Command, CommanderError } from 'commander';
import { redactCredentials } from '../issue/write-failure-message.js';
import { terminalText } from '../render/terminal-text.js';
import { TOOL } from '../util/tool.js';
import type { CliIo } from './cli-io.js';
import { compareCommand } from './compare-command.js';
import { draftCommand } from './draft-command.js';
import type { GitHubSessionDependencies } from './github-session.js';
import { mergeCommand } from './merge-command.js';
import { scanCommand } from './scan-command.js';
import { sweepCommand } from './sweep-command.js';
import { UsageError } from './usage-error.js';

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/**
 * Runs the command line and returns its exit code: 0 on success, 2 on a usage error (with a
 * message saying what to fix), 1 on any other failure. The one place that catches and reports.
 */
export async function runCli(
  argv: readonly string[],
  given: CliIo,
  dependencies: GitHubSessionDependencies = {},
): Promise<number> {
  // Whatever a command prints may quote repository content: a README heading, a file name, a
  // product name. None of its escape sequences or control characters reaches the terminal.
  const io: CliIo = {
    ...given,
    stdout: (text) => given.stdout(terminalText(text)),
    stderr: (text) => given.stderr(terminalText(text)),
    // Already cleaned, its colours added after: see styleTerminalReport.
    stdoutStyled: (text) => (given.stdoutStyled ?? given.stdout)(text),
  };
  const program = new Command('product-health')
    .description('Coach product teams: judge a repository against the five pillars of the product approach.')
    .version(TOOL.version)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run with --help for usage)');
  const scan = scanCommand(io, dependencies)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  program.addCommand(scan);
  for (const command of [
    sweepCommand(io),
    compareCommand(io, dependencies),
    mergeCommand(io, dependencies),
    draftCommand(io),
  ]) {
    program.addCommand(command.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr }));
  }

  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.stderr(`product-health: ${error.message}\n`);
      return EXIT.usage;
    }
    const message = redactCredentials(error instanceof Error ? error.message : String(error));
    io.stderr(`product-health: the run failed: ${message}\n`);
    return EXIT.failure;
  }
}
