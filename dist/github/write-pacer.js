import Bottleneck from 'bottleneck';
/** GitHub's secondary limit: at most 80 content-creating requests a minute. */
export const GITHUB_WRITES_PER_MINUTE = 80;
/**
 * Overrides the shared pacer's rate, in writes a minute: for a GitHub Enterprise Server whose
 * administrator set other secondary limits, and for benchmarks that compress time against a
 * simulated GitHub. Never needed on github.com.
 */
export const WRITES_PER_MINUTE_VARIABLE = 'PRODUCT_HEALTH_WRITES_PER_MINUTE';
/** A pacer allowing `perMinute` writes a minute, evenly spaced (no burst to be refused later). */
export function createWritePacer(perMinute = GITHUB_WRITES_PER_MINUTE) {
    const limiter = new Bottleneck({ maxConcurrent: 1, minTime: writeSpacingMs(perMinute) });
    return { schedule: (write) => limiter.schedule(write) };
}
/** Time between two writes at `perMinute` a minute. */
export function writeSpacingMs(perMinute) {
    return Math.ceil(60_000 / perMinute);
}
/**
 * The process's pacer, whose limiter can be replaced once at start: by one kept in Redis and
 * shared by every instance of the app (`redis-scheduling.ts`), so that together they stay at the
 * rate instead of each of them.
 */
export class SwitchableWritePacer {
    current;
    constructor(current) {
        this.current = current;
    }
    schedule(write) {
        return this.current.schedule(write);
    }
    /** From now on, writes go through `pacer`; returns the one replaced. */
    use(pacer) {
        const previous = this.current;
        this.current = pacer;
        return previous;
    }
}
/**
 * The shared pacer's rate: `PRODUCT_HEALTH_WRITES_PER_MINUTE` when it is a number of writes a
 * minute between 1 and 60,000, else GitHub's 80 (an invalid value is ignored).
 */
export function writesPerMinuteFromEnv(env) {
    const raw = env[WRITES_PER_MINUTE_VARIABLE]?.trim();
    if (!raw)
        return GITHUB_WRITES_PER_MINUTE;
    const value = Number(raw);
    return Number.isFinite(value) && value >= 1 && value <= 60_000 ? value : GITHUB_WRITES_PER_MINUTE;
}
/**
 * The process's pacer: every scan of a process (a sweep over an organisation, the app's rescans)
 * shares it, so together they stay under the secondary limit instead of being refused and retried.
 */
export const SHARED_WRITE_PACER = new SwitchableWritePacer(createWritePacer(writesPerMinuteFromEnv(process.env)));
