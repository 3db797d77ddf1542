import { type Language } from '../model/ids.js';
/** The Action's inputs, checked. */
export interface ActionInputs {
    token: string;
    /** `.github/product-health.yml` (read through the API) or another file of the checkout. */
    configPath: string;
    /** Report language; undefined: the configuration's, else French. */
    language: Language | undefined;
    /** Days of history; undefined: the configuration's, else 90. */
    windowDays: number | undefined;
    /** Work out the writes without sending them. */
    dryRun: boolean;
    /** Compare every repository of the workflow repository's owner and keep the overview issue. */
    overview: boolean;
    /** Where the overview issue lives; null: the owner's `.github` repository. */
    overviewRepository: {
        owner: string;
        repo: string;
    } | null;
}
/** An input the workflow got wrong; its message says which and what to write instead. */
export declare class ActionInputError extends Error {
    constructor(message: string);
}
export declare const MIN_WINDOW_DAYS = 7;
export declare const MAX_WINDOW_DAYS = 730;
/**
 * Reads and checks the inputs of `action.yml`. `getInput` reads one as `core.getInput` does
 * (trimmed, `''` when absent): an absent input takes the same default as in `action.yml`, so the
 * Action behaves the same when run outside a runner.
 */
export declare function readActionInputs(getInput: (name: string) => string): ActionInputs;
