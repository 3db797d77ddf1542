import { Command, CommanderError } from 'commander';
import { terminalText } from '../render/terminal-text.js';
import { redactCredentials } from '../util/redact.js';
import { TOOL } from '../util/tool.js';
import { UsageError } from './usage-error.js';
export const EXIT = { ok: 0, failure: 1, usage: 2 };
/** Each subcommand's module, loaded only when it runs: Probot, Octokit, d3 and Ajv cost start-up time. */
const COMMANDS = {
    scan: async (io, dependencies) => (await import('./scan-command.js')).scanCommand(io, dependencies),
    sweep: async (io) => (await import('./sweep-command.js')).sweepCommand(io),
    compare: async (io, dependencies) => (await import('./compare-command.js')).compareCommand(io, dependencies),
    merge: async (io, dependencies) => (await import('./merge-command.js')).mergeCommand(io, dependencies),
    draft: async (io) => (await import('./draft-command.js')).draftCommand(io),
};
/**
 * The subcommands to define for `argv`: the one it names; none for `--version` alone; all of them
 * otherwise (help, or an unknown command that commander names and suggests a spelling for).
 */
function commandsFor(argv) {
    const named = argv.find((argument) => !argument.startsWith('-'));
    const load = named === undefined ? undefined : COMMANDS[named];
    if (load)
        return [load];
    if (named === undefined &&
        argv.length > 0 &&
        argv.every((argument) => argument === '-V' || argument === '--version')) {
        return [];
    }
    return Object.values(COMMANDS);
}
/**
 * Runs the command line and returns its exit code: 0 on success, 2 on a usage error (with a
 * message saying what to fix), 1 on any other failure. The one place that catches and reports.
 */
export async function runCli(argv, given, dependencies = {}) {
    // Whatever a command prints may quote repository content: a README heading, a file name, a
    // product name. None of its escape sequences or control characters reaches the terminal.
    const io = {
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
    for (const load of commandsFor(argv)) {
        const command = await load(io, dependencies);
        program.addCommand(command.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr }));
    }
    try {
        await program.parseAsync(argv, { from: 'user' });
        return EXIT.ok;
    }
    catch (error) {
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
