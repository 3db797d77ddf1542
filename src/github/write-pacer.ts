import Bottleneck from 'bottleneck';

/** Runs content-creating requests one after another, no faster than a given rate. */
export interface WritePacer {
  schedule<T>(write: () => Promise<T>): Promise<T>;
}

/** GitHub's secondary limit: at most 80 content-creating requests a minute. */
export const GITHUB_WRITES_PER_MINUTE = 80;

/** A pacer allowing `perMinute` writes a minute, evenly spaced (no burst to be refused later). */
export function createWritePacer(perMinute = GITHUB_WRITES_PER_MINUTE): WritePacer {
  const limiter = new Bottleneck({ maxConcurrent: 1, minTime: Math.ceil(60_000 / perMinute) });
  return { schedule: (write) => limiter.schedule(write) };
}

/**
 * The process's pacer: every scan of a process (a sweep over an organisation, the app's rescans)
 * shares it, so together they stay under the secondary limit instead of being refused and retried.
 */
export const SHARED_WRITE_PACER: WritePacer = createWritePacer();
