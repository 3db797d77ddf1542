import type { TimeWindow } from '../model/raw-snapshot.js';
import { addDays } from '../util/dates.js';

/** The period a scan looks at: the `days` before `now`. */
export function scanWindow(now: Date, days: number): TimeWindow {
  return { days, since: addDays(now, -days).toISOString(), until: now.toISOString() };
}
