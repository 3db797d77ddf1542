import type { UnavailableReason } from '../model/part.js';
/** Why a read failed, in the words of the raw snapshot. */
export interface ReadFailure {
    reason: UnavailableReason;
    detail: string;
}
export interface GraphqlErrorEntry {
    type?: string;
    message: string;
    path?: ReadonlyArray<string | number>;
}
/** The data and errors of a GraphQL answer that carried errors (Octokit's `GraphqlResponseError`). */
export declare function graphqlErrorsOf(error: unknown): {
    data: unknown;
    errors: GraphqlErrorEntry[];
} | null;
/**
 * Turns a failed request into a reason and a message saying what to fix. `permission` names the
 * permission the read needs (e.g. "Actions: read").
 */
export declare function readFailure(error: unknown, what: string, permission: string): ReadFailure;
/** The failure matching one GraphQL error (`FORBIDDEN`, `NOT_FOUND`, …). */
export declare function graphqlFailure(entry: GraphqlErrorEntry, what: string, permission: string): ReadFailure;
export declare function statusOf(error: unknown): number | null;
