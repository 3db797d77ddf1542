const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export function daysBetween(from: string | Date, to: string | Date): number {
  return (toTime(to) - toTime(from)) / DAY_MS;
}

export function hoursBetween(from: string | Date, to: string | Date): number {
  return (toTime(to) - toTime(from)) / HOUR_MS;
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** ISO day (YYYY-MM-DD) of a date, in UTC, for stable output. */
export function isoDay(date: string | Date): string {
  return new Date(toTime(date)).toISOString().slice(0, 10);
}

function toTime(value: string | Date): number {
  return typeof value === 'string' ? Date.parse(value) : value.getTime();
}
