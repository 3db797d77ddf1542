import { type SimulatedRepositorySpec } from './repository-spec.js';
/** What REST handlers share with the fake. */
export interface RestWorld {
    specs: SimulatedRepositorySpec[];
    /** REST base URL, e.g. `https://api.github.com` or `https://ghe.example.com/api/v3`. */
    apiUrl: string;
    webUrl: string;
    /** Login REST writes are made as. */
    viewer: string;
    now: () => Date;
    /** How many times each REST fault fired, by spec then route. */
    faultCounts: WeakMap<SimulatedRepositorySpec, Map<string, number>>;
}
export interface RestReply {
    status: number;
    body: unknown;
    /** The Octokit route that matched, e.g. `GET /repos/{owner}/{repo}/actions/runs`; null when none did. */
    route: string | null;
    /** Headers of the answer beside the usual ones (`link` for pagination). */
    headers?: Record<string, string>;
    /** The answer is a fault of the spec (`faults.rest`), not the route's own. */
    injected?: boolean;
}
/** GitHub's error body (`basic-error`): message, documentation URL and the status as a string. */
export declare function restError(status: number, message?: string, extra?: Record<string, unknown>): unknown;
/** A file's text, answered as GitHub's raw media type (`application/vnd.github.raw`). */
export declare class RawText {
    readonly text: string;
    constructor(text: string);
}
/** The route a request names (`GET /repos/{owner}/{repo}/actions/runs`…), or null. */
export declare function restRouteOf(method: string, path: string): string | null;
/** Answers one REST request (`path` is below the REST base URL). */
export declare function handleRest(world: RestWorld, method: string, path: string, query: URLSearchParams, body: unknown, headers?: Headers): RestReply;
/** Replaces the example's repository, hosts and users by ours, in every string of a copied example. */
export declare function rehome<T>(value: T, world: RestWorld, fullName: string): T;
export declare function restUser(world: RestWorld, login: string | null, flaggedBot?: boolean): Record<string, unknown>;
