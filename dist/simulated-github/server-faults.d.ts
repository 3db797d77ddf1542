/**
 * What a faulty request gets: an HTTP status (GitHub's error body, nothing applied), `reset` (the
 * connection is dropped before any answer, nothing applied), `timeout` (the request is applied, its
 * answer held `timeoutMs` — past the client's timeout) or `malformed` (the request is applied, the
 * answer is cut: status 200, invalid JSON).
 */
export type SimulatedFaultKind = '403' | '404' | '410' | '500' | '502' | '503' | '504' | 'timeout' | 'reset' | 'malformed';
export declare const FAULT_KINDS: readonly SimulatedFaultKind[];
/** Faults injected server-wide, on top of the per-repository `faults` of the specs. */
export interface SimulatedServerFaults {
    /** Share of requests that fail, 0–1 (e.g. 0.05). */
    rate: number;
    /** What a failing request gets, drawn uniformly among these. */
    kinds: SimulatedFaultKind[];
    /** Seed of the draws (the simulator's `seed` unless told). */
    seed?: number;
    /** How long a `timeout` holds its answer, in ms: 30,000 unless told (past a client's timeout). */
    timeoutMs?: number;
    /**
     * Per-route overrides, keyed by Octokit route (`GET /repos/{owner}/{repo}/actions/runs`,
     * `POST /app/installations/{installation_id}/access_tokens`) or `graphql` (every GraphQL request): another rate,
     * other kinds, or both. `{ rate: 0 }` spares a route.
     */
    routes?: Record<string, {
        rate?: number;
        kinds?: SimulatedFaultKind[];
    }>;
}
/** Added to every answer: a fixed number of ms, or drawn between `min` and `max` (inclusive). */
export type SimulatedLatency = number | {
    min: number;
    max: number;
};
export declare const DEFAULT_TIMEOUT_MS = 30000;
/**
 * A number in [0, 1) drawn from the seed and the parts: a counter-based PRNG. Each request draws
 * from its own identity (method, path, how many times it was seen), so the faults and latencies of
 * a run do not depend on the order concurrent requests arrive in.
 */
export declare function draw(seed: number, ...parts: Array<string | number>): number;
/** The fault a request gets, or null: `route` is its Octokit route (or `graphql`). */
export declare function pickFault(faults: SimulatedServerFaults | undefined, seed: number, route: string | null, identity: string, occurrence: number): SimulatedFaultKind | null;
/** The latency of a request, in ms. */
export declare function pickLatency(latency: SimulatedLatency | undefined, seed: number, identity: string, occurrence: number): number;
/** Checks a fault configuration, so a typo fails at construction rather than silently injecting nothing. */
export declare function checkFaults(faults: SimulatedServerFaults | undefined): void;
