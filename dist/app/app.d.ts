import type { ApplicationFunction } from 'probot';
import { type AppSettings } from './app-settings.js';
import { type OverviewScheduler } from './overview-scheduler.js';
import { RescanScheduler } from './rescan-scheduler.js';
import type { ScannedRepository } from './scan-installation-repository.js';
export interface ProductHealthAppOptions {
    /** Pacing of the rescans; read from the environment unless given. */
    settings?: AppSettings;
    /** The scheduler to use (tests drain it); one is made from `settings` unless given. */
    scheduler?: RescanScheduler;
    /**
     * The organisation overview's scheduler (tests drive its clock); null: no overview. One is made
     * from `settings.overviewDelayMs` unless given.
     */
    overviewScheduler?: OverviewScheduler | null;
    /** The instant scans consider as now. */
    now?: () => Date;
    /** Called with every finished scan. */
    onScanned?: (result: ScannedRepository) => void;
}
/**
 * The product-health GitHub App, wired: events → filters → per-repository debounced rescans → the
 * installation's organisation overview, debounced per installation.
 */
export declare function createProductHealthApp(options?: ProductHealthAppOptions): ApplicationFunction;
/** The app paced by the environment's settings: what `npm start` (`main.ts`) serves. */
declare const productHealthApp: ApplicationFunction;
export default productHealthApp;
