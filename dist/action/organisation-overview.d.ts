import type { Language } from '../model/ids.js';
import type { ActionInputs } from './action-inputs.js';
import type { ActionIo } from './action-io.js';
export declare const DASHBOARD_FILE_NAME = "product-health-dashboard.html";
/** A repository's product-health issue edited within this many days is read, not scanned again. */
export declare const OVERVIEW_MAX_AGE_DAYS = 7;
/** Repositories scanned at the same time for the overview. */
export declare const OVERVIEW_CONCURRENCY = 4;
/** The overview could not be made or kept at all; the message says what to fix. */
export declare class OrganisationOverviewError extends Error {
    constructor(message: string);
}
/**
 * `overview: true`, after the scan of the workflow's repository: compares every repository of its
 * owner (archived ones and forks left out; fresh product-health issues read, the others scanned
 * without writing their issue), writes the HTML dashboard to `RUNNER_TEMP` and keeps the overview
 * issue (`overview-repository`, else the owner's `.github`). Repositories that could not be read
 * are warnings; throws `OrganisationOverviewError` only when the overview could not be kept at all.
 * A dry run writes nothing to GitHub. Does nothing when `overview` is false.
 */
export declare function keepOrganisationOverview(io: ActionIo, inputs: ActionInputs, language: Language): Promise<void>;
