/** Runs content-creating requests one after another, no faster than a given rate. */
export interface WritePacer {
    schedule<T>(write: () => Promise<T>): Promise<T>;
}
/** GitHub's secondary limit: at most 80 content-creating requests a minute. */
export declare const GITHUB_WRITES_PER_MINUTE = 80;
/**
 * Overrides the shared pacer's rate, in writes a minute: for a GitHub Enterprise Server whose
 * administrator set other secondary limits, and for benchmarks that compress time against a
 * simulated GitHub. Never needed on github.com.
 */
export declare const WRITES_PER_MINUTE_VARIABLE = "PRODUCT_HEALTH_WRITES_PER_MINUTE";
/** A pacer allowing `perMinute` writes a minute, evenly spaced (no burst to be refused later). */
export declare function createWritePacer(perMinute?: number): WritePacer;
/**
 * The shared pacer's rate: `PRODUCT_HEALTH_WRITES_PER_MINUTE` when it is a number of writes a
 * minute between 1 and 60,000, else GitHub's 80 (an invalid value is ignored).
 */
export declare function writesPerMinuteFromEnv(env: Readonly<Record<string, string | undefined>>): number;
/**
 * The process's pacer: every scan of a process (a sweep over an organisation, the app's rescans)
 * shares it, so together they stay under the secondary limit instead of being refused and retried.
 */
export declare const SHARED_WRITE_PACER: WritePacer;
