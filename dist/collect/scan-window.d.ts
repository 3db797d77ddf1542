import type { TimeWindow } from '../model/raw-snapshot.js';
/** The period a scan looks at: the `days` before `now`. */
export declare function scanWindow(now: Date, days: number): TimeWindow;
