import { type GraphqlErrorEntry, type ReadFailure } from './classify-error.js';
/**
 * The errors of one GraphQL answer, by response path (`withContents.file3`, `withIssues.feedback`),
 * so each part of the snapshot finds the failure that concerns it, whether the error is on the
 * part itself or on a parent it was nulled with.
 */
export declare class GraphqlFailures {
    private readonly byPath;
    private whole;
    static of(errors: readonly GraphqlErrorEntry[]): GraphqlFailures;
    /** Every part fails with the same reason (the request itself failed). */
    static all(failure: ReadFailure): GraphqlFailures;
    /** The failure touching `path` (an error on it, on one of its parents or inside it), else null. */
    at(...path: string[]): ReadFailure | null;
    /** The error at exactly this path, if any (e.g. `repository` not found). */
    exactly(...path: string[]): ReadFailure | null;
    get empty(): boolean;
}
