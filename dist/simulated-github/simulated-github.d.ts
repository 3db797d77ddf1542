/**
 * A simulated GitHub: a model of GitHub's API driven by declarative repository specs, for the
 * newcomer's demo, the end-to-end tests and the benchmarks. It answers:
 *
 * - GraphQL, by executing the query with `graphql`'s `execute()` against GitHub's published schema
 *   (`@octokit/graphql-schema`), with resolvers reading the specs: aliases, variables, fragments and
 *   pagination work for any query; what GitHub refuses (unknown field, bad variable, connection
 *   without `first`/`last` or over 100, over 500,000 nodes) is refused with `{ errors }` and no
 *   data; every answer is schema-valid (enum values, non-null fields: a non-null field's error nulls
 *   its parent, as on GitHub).
 * - REST, for the routes the project calls (git tree, workflow runs, contents, issues and their
 *   comments) and the GitHub App's (`/app`, installations, installation tokens and repositories),
 *   with the shapes of GitHub's OpenAPI examples. Writes mutate the live spec, so the next scan
 *   sees them.
 *
 * Rate limits as GitHub applies them: an hourly REST budget (`core`) and GraphQL points, both in
 * the `x-ratelimit-*` headers; REST answers 403 when spent, GraphQL HTTP 200 with no data and
 * `errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for installation ID N.' }]`
 * (`user ID 1` for another token) when a query costs more than what is left; a secondary limit on
 * content creation (80 writes in a rolling minute) answered 403 with `retry-after`. Time is the
 * `now` option's.
 *
 * Faults: per repository in the spec (`faults`: GraphQL field errors by path, whole GraphQL requests
 * failing with an HTTP status, REST routes failing with a status), and server-wide by option
 * (`faults`: a share of requests getting a 5xx, a 403/404/410, a timeout, a dropped connection or a
 * malformed answer; `latencyMs`), drawn from a seed so that a run is reproducible.
 *
 * Served over HTTP by `serveSimulatedGitHub` (which plays latency, timeouts and dropped
 * connections); tests may also plug `answer()` into nock.
 *
 * Not modeled (a GraphQL field outside the model answers an error of type `FAKE_GITHUB_UNMODELED`,
 * an unknown REST route 404): mutations, pull requests, users and organizations beyond `login`,
 * file contents per commit (every revision sees the spec's files), branches other than the default
 * one, `history(author:)`, `rateLimit(dryRun:)`, authentication (any token or none is accepted),
 * `link` headers but on the app's lists, one budget per resource for all tokens. Cursors are
 * positions: opaque, but not stable when the list changes between two pages.
 */
import { type SimulatedApp, type SimulatedInstallation } from './app-routes.js';
import { type RateWindow } from './rate-limits.js';
import { type SimulatedRepositorySpec } from './repository-spec.js';
import { type GraphqlAnswer } from './run-graphql.js';
import { type SimulatedFaultKind, type SimulatedLatency, type SimulatedServerFaults } from './server-faults.js';
export type { SimulatedApp, SimulatedInstallation } from './app-routes.js';
export type { RateWindow } from './rate-limits.js';
export type { SimulatedComment, SimulatedCommit, SimulatedDeployment, SimulatedFaults, SimulatedFile, SimulatedGraphqlFault, SimulatedIssue, SimulatedRelease, SimulatedRepositorySpec, SimulatedRestFault, SimulatedTag, SimulatedWorkflowRun, } from './repository-spec.js';
export type { GitHubGraphqlError, GraphqlAnswer } from './run-graphql.js';
export type { SimulatedFaultKind, SimulatedLatency, SimulatedServerFaults } from './server-faults.js';
export interface SimulatedGitHubOptions {
    /** REST base URL, as Octokit's `baseUrl`: `https://api.github.com` (default) or `https://ghe.host/api/v3`. */
    baseUrl?: string;
    /** GraphQL path on the same host: `/graphql`, or `/api/graphql` when `baseUrl` ends in `/api/v3`. */
    graphqlPath?: string;
    /** Login REST writes are made as (issue author, commenter): `github-actions[bot]` unless told. */
    viewer?: string;
    /** The clock: REST writes' dates, tokens' expiry, rate-limit windows. The real clock unless told. */
    now?: () => Date;
    /** GraphQL rate limit: 5,000 points an hour, all remaining, unless told. */
    rateLimit?: {
        limit?: number;
        remaining?: number;
    };
    /** REST rate limit (`core`): 5,000 requests an hour, all remaining, unless told. */
    coreRateLimit?: {
        limit?: number;
        remaining?: number;
    };
    /**
     * Secondary rate limit on content creation (REST `POST`, `PATCH`, `PUT`, `DELETE`, installation
     * tokens excepted): 80 writes in a rolling 60,000 ms unless told; `false`: none.
     */
    secondaryRateLimit?: {
        writes?: number;
        windowMs?: number;
    } | false;
    /** The app's installations: one per account owning a spec (ids 1, 2, …), for all its repositories, unless told. */
    installations?: SimulatedInstallation[];
    /** The GitHub App `GET /app` describes. */
    app?: SimulatedApp;
    /** Seed of every draw (faults, latency): 0 unless told. */
    seed?: number;
    /** Latency added to every answer over HTTP, in ms: fixed, or drawn between `min` and `max`. */
    latencyMs?: SimulatedLatency;
    /** Faults injected into a share of the requests, server-wide (the specs' `faults` apply too). */
    faults?: SimulatedServerFaults;
}
/** One HTTP request the fake answered. */
export interface SimulatedRequest {
    method: string;
    /** Path and query string, e.g. `/repos/o/r/actions/runs?status=success&page=1`. */
    path: string;
    kind: 'graphql' | 'rest';
    /** The GraphQL operation's name (`RepositoryOverview`); null for REST or an anonymous query. */
    operationName: string | null;
    /** The matched Octokit route for REST (`GET /repos/{owner}/{repo}/actions/runs`), else null. */
    route: string | null;
    query?: string;
    variables?: unknown;
    /** Parsed JSON body of a REST write. */
    body?: unknown;
    /** The status answered; 0 when the connection was dropped (`reset`). */
    status: number;
    /** The fault injected, server-wide (`502`, `timeout`…) or by the spec (`spec`). */
    fault?: SimulatedFaultKind | 'spec';
    /** Refused for a rate limit. */
    limited?: 'primary' | 'secondary';
    /** Latency added to the answer over HTTP, in ms (absent: none). */
    latencyMs?: number;
}
/** Status, body text and headers of an answer. */
export type SimulatedReply = [number, string, Record<string, string>];
type Reply = SimulatedReply;
/** An answer and how the HTTP server should play it. */
export interface SimulatedResponse {
    status: number;
    body: string;
    headers: Record<string, string>;
    /** Wait this long before answering (latency), in ms. */
    delayMs: number;
    /**
     * A fault below HTTP: hold the answer `holdMs` more (the client's timeout fires first), or drop
     * the connection without answering.
     */
    network: {
        kind: 'timeout';
        holdMs: number;
    } | {
        kind: 'reset';
    } | null;
}
/** What the simulator saw and did, for benchmarks and tests. */
export interface SimulatedGitHubStats {
    /** Requests, by kind (failed, refused and faulty ones too). */
    requests: {
        total: number;
        graphql: number;
        restReads: number;
        restWrites: number;
    };
    /** Requests by route (`GET /repos/{owner}/{repo}/git/trees/{tree_sha}`, `graphql`; `unknown`). */
    byRoute: Record<string, number>;
    /** Requests by status answered (`0`: connection dropped). */
    byStatus: Record<string, number>;
    /**
     * Content written: REST writes applied (answered 2xx, or applied then lost to a `timeout` or
     * `malformed` fault), installation tokens excepted.
     */
    writes: number;
    /** Requests refused for a rate limit: the hour's budget spent (REST or GraphQL), or the secondary limit. */
    refusals: {
        primary: number;
        secondary: number;
    };
    /** Faults injected: server-wide by kind (`502`, `timeout`…), the specs' as `spec`. */
    faults: {
        total: number;
        byKind: Record<string, number>;
    };
    /**
     * Requests repeating (same method, path and body) one that just failed (a fault, a rate-limit
     * refusal, a 5xx): `total`, and `most` for a single request — a retry storm shows here.
     */
    retries: {
        total: number;
        most: number;
    };
    /** Latency injected, in ms. */
    latency: {
        totalMs: number;
        maxMs: number;
    };
    /** The budgets as they stand. */
    rateLimits: {
        core: RateWindow;
        graphql: RateWindow;
    };
}
export declare class SimulatedGitHub {
    /** Every HTTP request seen, in order (GraphQL and REST, failed ones too). */
    readonly requests: SimulatedRequest[];
    private readonly world;
    /** Scheme, host and port of the base URL. */
    readonly origin: string;
    private readonly restPrefix;
    private readonly graphqlPath;
    private readonly graphqlReads;
    private readonly core;
    private readonly secondary;
    private readonly seed;
    private readonly latency;
    private faults;
    /** How many times each request (method, path, body) was seen. */
    private readonly seen;
    /** Requests whose last answer failed, with how many times they were repeated since. */
    private readonly failing;
    private readonly counters;
    constructor(specs: SimulatedRepositorySpec[], options?: SimulatedGitHubOptions);
    /** The live spec of `owner/name` (with REST writes applied); throws when unknown. */
    repository(fullName: string): SimulatedRepositorySpec;
    /** Every live spec, in order. */
    repositories(): readonly SimulatedRepositorySpec[];
    /** The app's installations. */
    installations(): readonly SimulatedInstallation[];
    /** Runs a GraphQL document without HTTP (charges the rate limit, but no request is recorded). */
    executeGraphql(query: string, variables?: Record<string, unknown>, operationName?: string): GraphqlAnswer;
    /**
     * Replaces the server-wide faults from the next request on: a fault that starts or stops while
     * the simulator runs (an outage after a first clean scan). `undefined` stops them.
     */
    setFaults(faults: SimulatedServerFaults | undefined): void;
    /** What the simulator saw and did so far (a copy). */
    stats(): SimulatedGitHubStats;
    /**
     * Tells the simulator where it is served: when its base URL is a loopback host without a port
     * (`http://127.0.0.1`), the links in its answers take the server's port. The server calls it.
     */
    servedAt(url: string): void;
    /** Whether a request for this path (below the origin) is one this GitHub answers. */
    handles(method: string, uri: string): boolean;
    /**
     * Answers one HTTP request (as a fetch `Request`) as the nock interceptors need it: latency and
     * held answers are waited here, a dropped connection is a thrown `ECONNRESET`.
     */
    answer(request: Request): Promise<Reply>;
    /**
     * Answers one HTTP request (as a fetch `Request`) and says how to play it: the latency to add and
     * any fault below HTTP (a held answer, a dropped connection). What the HTTP server calls.
     */
    respond(request: Request): Promise<SimulatedResponse>;
    private count;
    private answerGraphql;
    private answerRest;
    private requestId;
    private reply;
}
