import type { SimulatedGitHub } from './simulated-github.js';
export interface SimulatedGitHubServer {
    /** `http://127.0.0.1:PORT`: the REST base URL; GraphQL is at `${url}/graphql`. */
    url: string;
    /** Stops listening, drops the connections still open and cancels the answers still held. */
    close(): Promise<void>;
}
export interface ServeOptions {
    /** 0 (default): a free port. */
    port?: number;
    /** `127.0.0.1` unless told. */
    host?: string;
    /**
     * The links in the answers (issue URLs…) take this server's port, when the simulator's base URL
     * is a loopback host without one (`http://127.0.0.1`). Off unless told: two servers of the same
     * state then answer the same links.
     */
    linkToServer?: boolean;
}
/**
 * Serves a `SimulatedGitHub` over HTTP on loopback (random port), for code that runs in another
 * process (the bundled Action, the CLI by hand) or that nock cannot see. Build the simulator with
 * `baseUrl: 'http://127.0.0.1'` (or `…/api/v3`), so the links in its answers point to this host
 * (and port, with `linkToServer`). The simulator decides each answer (`respond()`); the server plays its latency and the
 * faults below HTTP — a held answer (`timeout`), a dropped connection (`reset`).
 */
export declare function serveSimulatedGitHub(simulated: SimulatedGitHub, options?: ServeOptions): Promise<SimulatedGitHubServer>;
