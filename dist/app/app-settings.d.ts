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
    /** Variables that were set but invalid (their defaults are used), with what to fix. */
    problems: string[];
}
export declare const DEFAULT_RESCAN_DELAY_SECONDS = 60;
export declare const DEFAULT_RESCAN_MAX_DELAY_SECONDS = 600;
export declare const DEFAULT_RESCAN_CONCURRENCY = 4;
export declare const DEFAULT_OVERVIEW_DELAY_SECONDS = 600;
export declare const OVERVIEW_DELAY_VARIABLE = "PRODUCT_HEALTH_OVERVIEW_DELAY_SECONDS";
/** Reads the app's own variables; an invalid value never stops the app: the default is used and said. */
export declare function appSettingsFromEnv(env: Readonly<Record<string, string | undefined>>): AppSettings;
