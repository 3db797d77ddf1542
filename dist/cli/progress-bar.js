import { SingleBar } from 'cli-progress';
const SILENT = { update: () => { }, stop: () => { } };
/**
 * A progress bar on standard error for long runs, drawn only on a terminal: in CI, in a pipe or
 * with `--no-progress` nothing is drawn, so logs stay clean.
 */
export function progressBar(io, label, enabled) {
    const stream = io.stderrStream;
    if (!enabled || !stream?.isTTY || io.env.CI)
        return SILENT;
    const bar = new SingleBar({
        format: `${label} [{bar}] {value}/{total} · {percentage}% · {eta_formatted}`,
        stream,
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 50,
    }, undefined);
    let started = false;
    return {
        update(done, total) {
            if (!started) {
                bar.start(total, done);
                started = true;
            }
            else {
                bar.setTotal(total);
                bar.update(done);
            }
        },
        stop() {
            if (started)
                bar.stop();
        },
    };
}
