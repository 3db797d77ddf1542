/** How the app paces its rescans, from the environment. */
export interface AppSettings {
  /** Quiet delay before a rescan (`RESCAN_DELAY_SECONDS`, default 60 s). */
  rescanDelayMs: number;
  /** Longest wait under a steady stream of events (`RESCAN_MAX_DELAY_SECONDS`, default 600 s). */
  rescanMaxDelayMs: number;
  /** Scans at the same time, all repositories together (`RESCAN_CONCURRENCY`, default 4). */
  concurrency: number;
  /**
   * Shortest time between two refreshes of an installation's organisation overview issue, and the
   * quiet delay after its last scan (`PRODUCT_HEALTH_OVERVIEW_DELAY_SECONDS`, default 600 s). 0 —
   * and absent, for settings made by hand — keeps no overview.
   */
  overviewDelayMs?: number;
  /** GitHub's web address: `https://github.com`, or `GHE_PROTOCOL://GHE_HOST` (links of the overview). */
  webUrl?: string;
  /**
   * With `REDIS_URL`: when every installation is swept by the queue's repeatable refresh, as a
   * cron pattern (`PRODUCT_HEALTH_REFRESH_CRON`, default daily at 03:00 UTC; `off`: never).
   */
  refreshCron?: string | null;
  /**
   * With `REDIS_URL`: how long a job's lock lasts without renewal, and how often the stalled jobs
   * of a stopped instance are looked for (`PRODUCT_HEALTH_QUEUE_LOCK_SECONDS`, default 30).
   */
  queueLockMs?: number;
  /** Variables that were set but invalid (their defaults are used), with what to fix. */
  problems: string[];
}

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
export function appSettingsFromEnv(env: Readonly<Record<string, string | undefined>>): AppSettings {
  const problems: string[] = [];
  const read = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const value = Number(raw);
    if (Number.isFinite(value) && value >= min && value <= max) return value;
    problems.push(
      `${name}=${JSON.stringify(raw)} is not a number between ${min} and ${max}; ${fallback} is used`,
    );
    return fallback;
  };
  const delay = read('RESCAN_DELAY_SECONDS', DEFAULT_RESCAN_DELAY_SECONDS, 0, 86_400);
  const maxDelay = read(
    'RESCAN_MAX_DELAY_SECONDS',
    Math.max(DEFAULT_RESCAN_MAX_DELAY_SECONDS, delay),
    delay,
    86_400,
  );
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
function webUrlOf(env: Readonly<Record<string, string | undefined>>): string {
  const host = env.GHE_HOST?.trim();
  if (!host) return 'https://github.com';
  return `${env.GHE_PROTOCOL?.trim() || 'https'}://${host.replace(/\/+$/, '')}`;
}
