import { type Part } from '../model/part.js';
import type { ReadFailure } from './classify-error.js';
import type { Connection } from './queries/fragments.js';
export interface WindowPagerOptions<N, T> {
    /** What the pages hold, for messages ("releases"). */
    what: string;
    maxPages: number;
    map: (node: N) => T | null;
    /**
     * Date of a node for connections ordered newest first: paging stops once a page ends before
     * `since`. Null when the server already bounds the connection to the window.
     */
    dateOf: ((node: N) => string | null | undefined) | null;
    since: string;
}
/**
 * Collects the pages of one connection until the window is covered, at most `maxPages` of them.
 * Past that cap the part is reported too large rather than silently cut.
 */
export declare class WindowPager<N, T> {
    private readonly options;
    readonly items: T[];
    /** Cursor of the next page when one is still needed. */
    cursor: string | null;
    private pages;
    private overflow;
    private failure;
    constructor(options: WindowPagerOptions<N, T>);
    absorb(connection: Connection<N> | null | undefined): void;
    /** Takes the page, or the failure that kept it from being read. */
    absorbOrFail(connection: Connection<N> | null | undefined, failure: ReadFailure | null): void;
    fail(failure: ReadFailure): void;
    get wantsMore(): boolean;
    /** Stops paging (request budget spent): what was read is not the whole window. */
    stop(): void;
    part(): Part<T[]>;
}
