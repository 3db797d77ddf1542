import type { CliIo } from './cli-io.js';
import type { GitHubSessionDependencies } from './github-session.js';
export declare const EXIT: {
    readonly ok: 0;
    readonly failure: 1;
    readonly usage: 2;
};
/**
 * Runs the command line and returns its exit code: 0 on success, 2 on a usage error (with a
 * message saying what to fix), 1 on any other failure. The one place that catches and reports.
 */
export declare function runCli(argv: readonly string[], given: CliIo, dependencies?: GitHubSessionDependencies): Promise<number>;
