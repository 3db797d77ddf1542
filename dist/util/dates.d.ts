export declare function daysBetween(from: string | Date, to: string | Date): number;
export declare function hoursBetween(from: string | Date, to: string | Date): number;
export declare function addDays(date: Date, days: number): Date;
/** ISO day (YYYY-MM-DD) of a date, in UTC, for stable output. */
export declare function isoDay(date: string | Date): string;
