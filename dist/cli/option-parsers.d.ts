/** `--window-days`: a whole number of days between 7 and 730. */
export declare function parseWindowDays(value: string): number;
/** `--now`: an ISO 8601 instant, for reproducible reports. */
export declare function parseNow(value: string): Date;
/** `--concurrency`: repositories scanned at the same time, 1 to 16. */
export declare function parseConcurrency(value: string): number;
