export const DEFAULT_RESCAN_DELAY_SECONDS = 60;
export const DEFAULT_RESCAN_MAX_DELAY_SECONDS = 600;
export const DEFAULT_RESCAN_CONCURRENCY = 4;
export const DEFAULT_OVERVIEW_DELAY_SECONDS = 600;
export const OVERVIEW_DELAY_VARIABLE = 'PRODUCT_HEALTH_OVERVIEW_DELAY_SECONDS';
export const REFRESH_CRON_VARIABLE = 'PRODUCT_HEALTH_REFRESH_CRON';
/** Every day at 03:00 UTC, when nobody works. */
export const DEFAULT_REFRESH_CRON = '0 3 * * *';
export const QUEUE_LOCK_VARIABLE = 'PRODUCT_HEALTH_QUEUE_LOCK_SECONDS';
export const DEFAULT_QUEUE_LOCK_SECONDS = 30;
/** Reads the app's own variables; an invalid value never stops the app: the default is used and said. */
export function appSettingsFromEnv(env) {
    const problems = [];
    const read = (name, fallback, min, max) => {
        const raw = env[name]?.trim();
        if (!raw)
            return fallback;
        const value = Number(raw);
        if (Number.isFinite(value) && value >= min && value <= max)
            return value;
        problems.push(`${name}=${JSON.stringify(raw)} is not a number between ${min} and ${max}; ${fallback} is used`);
        return fallback;
    };
    const delay = read('RESCAN_DELAY_SECONDS', DEFAULT_RESCAN_DELAY_SECONDS, 0, 86_400);
    const maxDelay = read('RESCAN_MAX_DELAY_SECONDS', Math.max(DEFAULT_RESCAN_MAX_DELAY_SECONDS, delay), delay, 86_400);
    const concurrency = Math.floor(read('RESCAN_CONCURRENCY', DEFAULT_RESCAN_CONCURRENCY, 1, 64));
    const overviewDelay = read(OVERVIEW_DELAY_VARIABLE, DEFAULT_OVERVIEW_DELAY_SECONDS, 0, 604_800);
    const queueLock = read(QUEUE_LOCK_VARIABLE, DEFAULT_QUEUE_LOCK_SECONDS, 1, 3600);
    const cron = env[REFRESH_CRON_VARIABLE]?.trim() || DEFAULT_REFRESH_CRON;
    return {
        refreshCron: cron.toLowerCase() === 'off' ? null : cron,
        queueLockMs: queueLock * 1000,
        rescanDelayMs: delay * 1000,
        rescanMaxDelayMs: maxDelay * 1000,
        concurrency,
        overviewDelayMs: overviewDelay * 1000,
        webUrl: webUrlOf(env),
        problems,
    };
}
/** Where people read GitHub: Probot's `GHE_HOST` (and `GHE_PROTOCOL`) on GitHub Enterprise Server. */
function webUrlOf(env) {
    const host = env.GHE_HOST?.trim();
    if (!host)
        return 'https://github.com';
    return `${env.GHE_PROTOCOL?.trim() || 'https'}://${host.replace(/\/+$/, '')}`;
}
