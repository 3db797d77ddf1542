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

import {
  type AppWorld,
  appRouteOf,
  defaultInstallations,
  handleAppRest,
  installationIdOfToken,
  type SimulatedApp,
  type SimulatedInstallation,
} from './app-routes.js';
import { withBetagouvRecords } from './betagouv-records.js';
import type { SimulatedWorld } from './graphql-model.js';
import {
  newWindow,
  primaryLimitBody,
  type RateWindow,
  rateHeaders,
  refreshWindow,
  SecondaryLimit,
  secondaryLimitBody,
} from './rate-limits.js';
import { findSpec, normalizeSpec, type SimulatedRepositorySpec, sha1 } from './repository-spec.js';
import { handleRest, RawText, type RestReply, restError, restRouteOf } from './rest-routes.js';
import { type GraphqlAnswer, runGraphql } from './run-graphql.js';
import {
  checkFaults,
  DEFAULT_TIMEOUT_MS,
  pickFault,
  pickLatency,
  type SimulatedFaultKind,
  type SimulatedLatency,
  type SimulatedServerFaults,
} from './server-faults.js';

export type { SimulatedApp, SimulatedInstallation } from './app-routes.js';
export type { RateWindow } from './rate-limits.js';
export type {
  SimulatedComment,
  SimulatedCommit,
  SimulatedDeployment,
  SimulatedFaults,
  SimulatedFile,
  SimulatedGraphqlFault,
  SimulatedIssue,
  SimulatedPullRequest,
  SimulatedRelease,
  SimulatedRepositorySpec,
  SimulatedRestFault,
  SimulatedTag,
  SimulatedWorkflowRun,
  SimulatedWrittenBranch,
} from './repository-spec.js';
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
  rateLimit?: { limit?: number; remaining?: number };
  /** REST rate limit (`core`): 5,000 requests an hour, all remaining, unless told. */
  coreRateLimit?: { limit?: number; remaining?: number };
  /**
   * Secondary rate limit on content creation (REST `POST`, `PATCH`, `PUT`, `DELETE`, installation
   * tokens excepted): 80 writes in a rolling 60,000 ms unless told; `false`: none.
   */
  secondaryRateLimit?: { writes?: number; windowMs?: number } | false;
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
  /** When it was received, by the real clock (ms since the epoch): writes' pace across processes. */
  receivedAt?: number;
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
  network: { kind: 'timeout'; holdMs: number } | { kind: 'reset' } | null;
}

/** What the simulator saw and did, for benchmarks and tests. */
export interface SimulatedGitHubStats {
  /** Requests, by kind (failed, refused and faulty ones too). */
  requests: { total: number; graphql: number; restReads: number; restWrites: number };
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
  refusals: { primary: number; secondary: number };
  /** Faults injected: server-wide by kind (`502`, `timeout`…), the specs' as `spec`. */
  faults: { total: number; byKind: Record<string, number> };
  /**
   * Requests repeating (same method, path and body) one that just failed (a fault, a rate-limit
   * refusal, a 5xx): `total`, and `most` for a single request — a retry storm shows here.
   */
  retries: { total: number; most: number };
  /** Latency injected, in ms. */
  latency: { totalMs: number; maxMs: number };
  /** The budgets as they stand. */
  rateLimits: { core: RateWindow; graphql: RateWindow };
}

const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);
/** Writes that do not create content, so the secondary limit leaves them alone. */
const NOT_CONTENT = new Set(['POST /app/installations/{installation_id}/access_tokens']);

export class SimulatedGitHub {
  /** Every HTTP request seen, in order (GraphQL and REST, failed ones too). */
  readonly requests: SimulatedRequest[] = [];
  private readonly world: SimulatedWorld & AppWorld;
  /** Scheme, host and port of the base URL. */
  readonly origin: string;
  private readonly restPrefix: string;
  private readonly graphqlPath: string;
  private readonly graphqlReads = new Map<SimulatedRepositorySpec, number>();
  private readonly core: RateWindow;
  private readonly secondary: SecondaryLimit | null;
  private readonly seed: number;
  private readonly latency: SimulatedLatency | undefined;
  private faults: SimulatedServerFaults | undefined;
  /** How many times each request (method, path, body) was seen. */
  private readonly seen = new Map<string, number>();
  /** Requests whose last answer failed, with how many times they were repeated since. */
  private readonly failing = new Map<string, number>();
  private readonly counters = {
    requests: { total: 0, graphql: 0, restReads: 0, restWrites: 0 },
    byRoute: {} as Record<string, number>,
    byStatus: {} as Record<string, number>,
    writes: 0,
    refusals: { primary: 0, secondary: 0 },
    faults: { total: 0, byKind: {} as Record<string, number> },
    retries: { total: 0, most: 0 },
    latency: { totalMs: 0, maxMs: 0 },
  };

  constructor(specs: SimulatedRepositorySpec[], options: SimulatedGitHubOptions = {}) {
    const base = new URL(options.baseUrl ?? 'https://api.github.com');
    this.origin = base.origin;
    this.restPrefix = base.pathname.replace(/\/+$/, '');
    this.graphqlPath =
      options.graphqlPath ??
      (this.restPrefix.endsWith('/api/v3') ? this.restPrefix.replace(/\/v3$/, '/graphql') : '/graphql');
    const now = options.now ?? (() => new Date());
    const start = now();
    const limit = options.rateLimit?.limit ?? 5000;
    const coreLimit = options.coreRateLimit?.limit ?? 5000;
    this.core = newWindow(coreLimit, options.coreRateLimit?.remaining ?? coreLimit, start);
    const secondary = options.secondaryRateLimit ?? {};
    this.secondary =
      secondary === false ? null : new SecondaryLimit(secondary.writes ?? 80, secondary.windowMs ?? 60_000);
    checkFaults(options.faults);
    this.seed = options.seed ?? 0;
    this.latency = options.latencyMs;
    this.faults = options.faults;
    const normalized = withBetagouvRecords(specs).map(normalizeSpec);
    const installations = options.installations ?? defaultInstallations(normalized);
    this.world = {
      specs: normalized,
      apiUrl: `${this.origin}${this.restPrefix}`,
      webUrl: base.hostname.startsWith('api.') ? `${base.protocol}//${base.host.slice(4)}` : this.origin,
      viewer: options.viewer ?? 'github-actions[bot]',
      now,
      faultCounts: new WeakMap(),
      rate: newWindow(limit, options.rateLimit?.remaining ?? limit, start),
      installations: installations.map((installation) => ({ ...installation })),
      app: {
        id: options.app?.id ?? 1,
        slug: options.app?.slug ?? 'product-health',
        name: options.app?.name ?? 'product-health',
        owner: options.app?.owner ?? installations[0]?.account ?? normalized[0]?.owner ?? 'octocat',
      },
      tokensIssued: new Map(),
    };
  }

  /** The live spec of `owner/name` (with REST writes applied); throws when unknown. */
  repository(fullName: string): SimulatedRepositorySpec {
    const [owner = '', name = ''] = fullName.split('/');
    const spec = findSpec(this.world.specs, owner, name);
    if (!spec) throw new Error(`SimulatedGitHub has no repository ${fullName}`);
    return spec;
  }

  /** Every live spec, in order. */
  repositories(): readonly SimulatedRepositorySpec[] {
    return this.world.specs;
  }

  /** The app's installations. */
  installations(): readonly SimulatedInstallation[] {
    return this.world.installations;
  }

  /** Runs a GraphQL document without HTTP (charges the rate limit, but no request is recorded). */
  executeGraphql(
    query: string,
    variables: Record<string, unknown> = {},
    operationName?: string,
  ): GraphqlAnswer {
    refreshWindow(this.world.rate, this.world.now());
    return runGraphql(this.world, query, variables, operationName).answer;
  }

  /**
   * Replaces the server-wide faults from the next request on: a fault that starts or stops while
   * the simulator runs (an outage after a first clean scan). `undefined` stops them.
   */
  setFaults(faults: SimulatedServerFaults | undefined): void {
    checkFaults(faults);
    this.faults = faults;
  }

  /** What the simulator saw and did so far (a copy). */
  stats(): SimulatedGitHubStats {
    refreshWindow(this.core, this.world.now());
    refreshWindow(this.world.rate, this.world.now());
    return {
      ...structuredClone(this.counters),
      rateLimits: { core: { ...this.core }, graphql: { ...this.world.rate } },
    };
  }

  /**
   * Tells the simulator where it is served: when its base URL is a loopback host without a port
   * (`http://127.0.0.1`), the links in its answers take the server's port. The server calls it.
   */
  servedAt(url: string): void {
    const base = new URL(this.world.apiUrl);
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(base.hostname) || base.port !== '') return;
    const served = new URL(url);
    this.world.apiUrl = `${served.origin}${this.restPrefix}`;
    this.world.webUrl = served.origin;
  }

  /** Whether a request for this path (below the origin) is one this GitHub answers. */
  handles(method: string, uri: string): boolean {
    const path = uri.split('?')[0] ?? '';
    if (method === 'POST' && path === this.graphqlPath) return true;
    return this.restPrefix === '' ? path !== this.graphqlPath : path.startsWith(`${this.restPrefix}/`);
  }

  /**
   * Answers one HTTP request (as a fetch `Request`) as the nock interceptors need it: latency and
   * held answers are waited here, a dropped connection is a thrown `ECONNRESET`.
   */
  async answer(request: Request): Promise<Reply> {
    const response = await this.respond(request);
    if (response.delayMs > 0) await sleep(response.delayMs);
    if (response.network?.kind === 'reset') {
      throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    }
    if (response.network?.kind === 'timeout') await sleep(response.network.holdMs);
    return [response.status, response.body, response.headers];
  }

  /**
   * Answers one HTTP request (as a fetch `Request`) and says how to play it: the latency to add and
   * any fault below HTTP (a held answer, a dropped connection). What the HTTP server calls.
   */
  async respond(request: Request): Promise<SimulatedResponse> {
    const url = new URL(request.url);
    const text = await request.text();
    const method = request.method.toUpperCase();
    const graphql = method === 'POST' && url.pathname === this.graphqlPath;
    const restPath = url.pathname.slice(this.restPrefix.length);
    const route = graphql ? 'graphql' : (appRouteOf(method, restPath) ?? restRouteOf(method, restPath));
    const identity = `${method} ${url.pathname}${url.search} ${sha1(text)}`;
    const occurrence = (this.seen.get(identity) ?? 0) + 1;
    this.seen.set(identity, occurrence);
    const repeated = this.failing.get(identity);
    if (repeated !== undefined) {
      this.failing.set(identity, repeated + 1);
      this.counters.retries.total += 1;
      this.counters.retries.most = Math.max(this.counters.retries.most, repeated + 1);
    }

    const fault = pickFault(this.faults, this.seed, route, identity, occurrence);
    const delayMs = pickLatency(this.latency, this.seed, identity, occurrence);
    let reply: Reply;
    let record: SimulatedRequest;
    let network: SimulatedResponse['network'] = null;
    let applied = false;
    if (fault !== null && fault !== 'timeout' && fault !== 'malformed') {
      // Refused before GitHub did anything: nothing is applied.
      record = {
        method,
        path: `${url.pathname}${url.search}`,
        kind: graphql ? 'graphql' : 'rest',
        operationName: null,
        route: graphql ? null : route,
        status: fault === 'reset' ? 0 : Number(fault),
        fault,
      };
      this.requests.push(record);
      if (fault === 'reset') {
        reply = [0, '', {}];
        network = { kind: 'reset' };
      } else {
        reply = this.reply(Number(fault), faultBody(Number(fault), graphql), graphql);
      }
    } else {
      ({ reply, record } = graphql
        ? this.answerGraphql(url, text, request.headers)
        : this.answerRest(method, url, text, request.headers, route));
      applied = record.status < 300 && record.limited === undefined;
      if (fault !== null) {
        // GitHub did the work; the answer is lost (held past the client's timeout) or garbled.
        record.fault = fault;
        if (fault === 'timeout') {
          network = { kind: 'timeout', holdMs: this.faults?.timeoutMs ?? DEFAULT_TIMEOUT_MS };
        } else {
          record.status = 200;
          reply = [
            200,
            malformed(reply[1]),
            { ...reply[2], 'content-type': 'application/json; charset=utf-8' },
          ];
        }
      }
    }
    if (delayMs > 0) record.latencyMs = delayMs;
    this.count(record, route, identity, delayMs, applied);
    return { status: reply[0], body: reply[1], headers: reply[2], delayMs, network };
  }

  private count(
    record: SimulatedRequest,
    route: string | null,
    identity: string,
    delayMs: number,
    applied: boolean,
  ): void {
    record.receivedAt = Date.now();
    const counters = this.counters;
    counters.requests.total += 1;
    const write = record.kind === 'rest' && WRITE_METHODS.has(record.method);
    if (record.kind === 'graphql') counters.requests.graphql += 1;
    else if (write) counters.requests.restWrites += 1;
    else counters.requests.restReads += 1;
    const routeKey = route ?? 'unknown';
    counters.byRoute[routeKey] = (counters.byRoute[routeKey] ?? 0) + 1;
    counters.byStatus[String(record.status)] = (counters.byStatus[String(record.status)] ?? 0) + 1;
    if (write && applied && !(route !== null && NOT_CONTENT.has(route))) counters.writes += 1;
    if (record.limited) counters.refusals[record.limited] += 1;
    if (record.fault !== undefined) {
      counters.faults.total += 1;
      counters.faults.byKind[record.fault] = (counters.faults.byKind[record.fault] ?? 0) + 1;
    }
    counters.latency.totalMs += delayMs;
    counters.latency.maxMs = Math.max(counters.latency.maxMs, delayMs);
    // What a client may retry: faults, rate-limit refusals, server errors — not a 404 read again.
    const failed = record.fault !== undefined || record.limited !== undefined || record.status >= 500;
    if (failed) {
      if (!this.failing.has(identity)) this.failing.set(identity, 0);
    } else {
      this.failing.delete(identity);
    }
  }

  private answerGraphql(
    url: URL,
    text: string,
    headers: Headers,
  ): { reply: Reply; record: SimulatedRequest } {
    const record: SimulatedRequest = {
      method: 'POST',
      path: `${url.pathname}${url.search}`,
      kind: 'graphql',
      operationName: null,
      route: null,
      status: 200,
    };
    this.requests.push(record);
    const done = (reply: Reply) => ({ reply, record });
    let payload: { query?: unknown; variables?: unknown; operationName?: unknown };
    try {
      payload = JSON.parse(text) as typeof payload;
    } catch {
      record.status = 400;
      return done(this.reply(400, restError(400, 'Problems parsing JSON'), true));
    }
    if (typeof payload.query !== 'string') {
      return done(
        this.reply(
          200,
          { errors: [{ message: 'A query attribute must be specified and must be a string.' }] },
          true,
        ),
      );
    }
    const variables = (payload.variables ?? {}) as Record<string, unknown>;
    const operationName = typeof payload.operationName === 'string' ? payload.operationName : null;
    refreshWindow(this.world.rate, this.world.now());
    const run = runGraphql(this.world, payload.query, variables, operationName);
    Object.assign(record, { operationName: run.operationName, query: payload.query, variables });
    const limited =
      run.cost === 0 ? run.answer.errors?.find((error) => error.type === 'RATE_LIMITED') : undefined;
    if (limited) {
      // GitHub names whose budget it is: the installation's, for an installation token.
      record.limited = 'primary';
      const installation = installationIdOfToken(headers);
      if (installation !== null)
        limited.message = `API rate limit exceeded for installation ID ${installation}.`;
    }
    let failure: number | null = null;
    for (const spec of run.touched) {
      const count = (this.graphqlReads.get(spec) ?? 0) + 1;
      this.graphqlReads.set(spec, count);
      failure ??= spec.faults?.graphqlRequests?.[count] ?? null;
    }
    if (failure !== null) {
      this.world.rate.remaining += run.cost;
      record.status = failure;
      record.fault = 'spec';
      return done(this.reply(failure, faultBody(failure, true), true));
    }
    return done(this.reply(200, run.answer, true));
  }

  private answerRest(
    method: string,
    url: URL,
    text: string,
    headers: Headers,
    route: string | null,
  ): { reply: Reply; record: SimulatedRequest } {
    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      body = text;
    }
    const record: SimulatedRequest = {
      method,
      path: `${url.pathname}${url.search}`,
      kind: 'rest',
      operationName: null,
      route,
      ...(body === undefined ? {} : { body }),
      status: 200,
    };
    this.requests.push(record);
    const now = this.world.now();
    refreshWindow(this.core, now);
    if (this.core.remaining <= 0) {
      record.status = 403;
      record.limited = 'primary';
      const installation = installationIdOfToken(headers);
      const who = installation === null ? 'user ID 1' : `installation ID ${installation}`;
      return { reply: this.reply(403, primaryLimitBody(who, this.requestId(), now), false), record };
    }
    this.core.remaining -= 1;
    if (this.secondary && WRITE_METHODS.has(method) && !(route !== null && NOT_CONTENT.has(route))) {
      const wait = this.secondary.admit(now);
      if (wait !== null) {
        record.status = 403;
        record.limited = 'secondary';
        const [status, answer, answerHeaders] = this.reply(
          403,
          secondaryLimitBody(this.requestId(), now),
          false,
        );
        return { reply: [status, answer, { ...answerHeaders, 'retry-after': String(wait) }], record };
      }
    }
    const path = url.pathname.slice(this.restPrefix.length);
    const reply: RestReply =
      handleAppRest(this.world, method, path, {
        query: url.searchParams,
        headers,
        base: `${url.origin}${this.restPrefix}`,
      }) ?? handleRest(this.world, method, path, url.searchParams, body, headers);
    record.status = reply.status;
    record.route = reply.route;
    if (reply.injected) record.fault = 'spec';
    if (reply.body instanceof RawText) {
      const [status, , replyHeaders] = this.reply(reply.status, null, false);
      return {
        reply: [
          status,
          reply.body.text,
          { ...replyHeaders, 'content-type': 'application/vnd.github.raw; charset=utf-8' },
        ],
        record,
      };
    }
    const [status, answer, replyHeaders] = this.reply(reply.status, reply.body, false);
    return { reply: [status, answer, { ...replyHeaders, ...reply.headers }], record };
  }

  private requestId(): string {
    return `FAKE:${this.requests.length}`;
  }

  private reply(status: number, body: unknown, graphql: boolean): Reply {
    return [
      status,
      JSON.stringify(body),
      {
        'content-type': 'application/json; charset=utf-8',
        'x-github-request-id': this.requestId(),
        ...rateHeaders(graphql ? this.world.rate : this.core, graphql ? 'graphql' : 'core'),
      },
    ];
  }
}

/** GitHub's body for a failed request: GraphQL's "something went wrong" for a 5xx there, else `basic-error`. */
function faultBody(status: number, graphql: boolean): unknown {
  if (graphql && status >= 500) {
    return {
      data: null,
      errors: [
        {
          message:
            'Something went wrong while executing your query. This may be the result of a timeout, or it could be a GitHub bug. Please include `FAKE:0000` when reporting this issue.',
        },
      ],
    };
  }
  return restError(status);
}

/** An answer cut halfway: never valid JSON. */
function malformed(text: string): string {
  const cut = text.slice(0, Math.floor(text.length / 2));
  try {
    JSON.parse(cut);
  } catch {
    return cut;
  }
  return `{"message":${cut}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
