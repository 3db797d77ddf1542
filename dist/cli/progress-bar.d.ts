import type { CliIo } from './cli-io.js';
export interface Progress {
    update(done: number, total: number): void;
    stop(): void;
}
/**
 * A progress bar on standard error for long runs, drawn only on a terminal: in CI, in a pipe or
 * with `--no-progress` nothing is drawn, so logs stay clean.
 */
export declare function progressBar(io: CliIo, label: string, enabled: boolean): Progress;
