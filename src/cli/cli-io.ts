import type { TerminalOutput } from '../render/style-terminal-report.js';

/** The outside world of the command line, injected so tests need no process spawning. */
export interface CliIo {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /**
   * Standard output for text made for a terminal, whose only escape sequences are its colours
   * (`styleTerminalReport`); `stdout` when absent.
   */
  stdoutStyled?(text: TerminalOutput): void;
  now(): Date;
  /** Environment variables (GITHUB_TOKEN, GH_TOKEN, GITHUB_API_URL, GITHUB_GRAPHQL_URL). */
  env: Readonly<Record<string, string | undefined>>;
  /** Standard error as a stream, for progress bars (drawn only when it is a terminal). */
  stderrStream?: NodeJS.WriteStream;
  /** Standard output as a stream, to know whether it is a terminal and how wide. */
  stdoutStream?: { isTTY?: boolean; columns?: number };
}

export const processIo: CliIo = {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
  env: process.env,
  stderrStream: process.stderr,
  stdoutStream: process.stdout,
};
