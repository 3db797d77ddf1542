import type { CliIo } from '../../src/cli/cli-io.js';
import { runCli } from '../../src/cli/run-cli.js';

export interface CaptureOptions {
  /** The instant the command sees (ISO 8601). */
  now: string;
  /** Environment variables: none unless told. */
  env?: Record<string, string | undefined>;
  /** Working folder: one that does not exist unless told (a GitHub scan reads no folder). */
  cwd?: string;
}

/** What the command printed, as it was printed so far. */
export interface CapturedOutput {
  stdout: string;
  stderr: string;
}

/** A `CliIo` that keeps what the command prints in `out`. */
export function capturingIo(options: CaptureOptions): { io: CliIo; out: CapturedOutput } {
  const out: CapturedOutput = { stdout: '', stderr: '' };
  const io: CliIo = {
    cwd: options.cwd ?? '/nonexistent-folder-for-cli-tests',
    stdout: (text) => {
      out.stdout += text;
    },
    stderr: (text) => {
      out.stderr += text;
    },
    now: () => new Date(options.now),
    env: options.env ?? {},
  };
  return { io, out };
}

/** Runs `product-health …` as the binary does, in process, and returns its exit code and output. */
export async function runCliCapture(
  args: string[],
  options: CaptureOptions,
): Promise<{ code: number } & CapturedOutput> {
  const { io, out } = capturingIo(options);
  const code = await runCli(args, io);
  return { code, stdout: out.stdout, stderr: out.stderr };
}
