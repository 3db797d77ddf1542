/** How the app paces its rescans, from the environment. */
export interface AppSettings {
  /** Quiet delay before a rescan (`RESCAN_DELAY_SECONDS`, default 60 s). */
  rescanDelayMs: number;
  /** Longest wait under a steady stream of events (`RESCAN_MAX_DELAY_SECONDS`, default 600 s). */
  rescanMaxDelayMs: number;
  /** Scans at the same time, all repositories together (`RESCAN_CONCURRENCY`, default 4). */
  concurrency: number;
  /** Variables that were set but invalid (their defaults are used), with what to fix. */
  problems: string[];
}

export const DEFAULT_RESCAN_DELAY_SECONDS = 60;
export const DEFAULT_RESCAN_MAX_DELAY_SECONDS = 600;
export const DEFAULT_RESCAN_CONCURRENCY = 4;

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
  return { rescanDelayMs: delay * 1000, rescanMaxDelayMs: maxDelay * 1000, concurrency, problems };
}
