import { addDays } from '../util/dates.js';
/** The period a scan looks at: the `days` before `now`. */
export function scanWindow(now, days) {
    return { days, since: addDays(now, -days).toISOString(), until: now.toISOString() };
}
