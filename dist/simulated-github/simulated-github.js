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
import { appRouteOf, defaultInstallations, handleAppRest, installationIdOfToken, } from './app-routes.js';
import { withBetagouvRecords } from './betagouv-records.js';
import { newWindow, primaryLimitBody, rateHeaders, refreshWindow, SecondaryLimit, secondaryLimitBody, } from './rate-limits.js';
import { findSpec, normalizeSpec, sha1 } from './repository-spec.js';
import { handleRest, RawText, restError, restRouteOf } from './rest-routes.js';
import { runGraphql } from './run-graphql.js';
import { checkFaults, DEFAULT_TIMEOUT_MS, pickFault, pickLatency, } from './server-faults.js';
const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);
/** Writes that do not create content, so the secondary limit leaves them alone. */
const NOT_CONTENT = new Set(['POST /app/installations/{installation_id}/access_tokens']);
export class SimulatedGitHub {
    /** Every HTTP request seen, in order (GraphQL and REST, failed ones too). */
    requests = [];
    world;
    /** Scheme, host and port of the base URL. */
    origin;
    restPrefix;
    graphqlPath;
    graphqlReads = new Map();
    core;
    secondary;
    seed;
    latency;
    faults;
    /** How many times each request (method, path, body) was seen. */
    seen = new Map();
    /** Requests whose last answer failed, with how many times they were repeated since. */
    failing = new Map();
    counters = {
        requests: { total: 0, graphql: 0, restReads: 0, restWrites: 0 },
        byRoute: {},
        byStatus: {},
        writes: 0,
        refusals: { primary: 0, secondary: 0 },
        faults: { total: 0, byKind: {} },
        retries: { total: 0, most: 0 },
        latency: { totalMs: 0, maxMs: 0 },
    };
    constructor(specs, options = {}) {
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
    repository(fullName) {
        const [owner = '', name = ''] = fullName.split('/');
        const spec = findSpec(this.world.specs, owner, name);
        if (!spec)
            throw new Error(`SimulatedGitHub has no repository ${fullName}`);
        return spec;
    }
    /** Every live spec, in order. */
    repositories() {
        return this.world.specs;
    }
    /** The app's installations. */
    installations() {
        return this.world.installations;
    }
    /** Runs a GraphQL document without HTTP (charges the rate limit, but no request is recorded). */
    executeGraphql(query, variables = {}, operationName) {
        refreshWindow(this.world.rate, this.world.now());
        return runGraphql(this.world, query, variables, operationName).answer;
    }
    /**
     * Replaces the server-wide faults from the next request on: a fault that starts or stops while
     * the simulator runs (an outage after a first clean scan). `undefined` stops them.
     */
    setFaults(faults) {
        checkFaults(faults);
        this.faults = faults;
    }
    /** What the simulator saw and did so far (a copy). */
    stats() {
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
    servedAt(url) {
        const base = new URL(this.world.apiUrl);
        if (!['127.0.0.1', 'localhost', '[::1]'].includes(base.hostname) || base.port !== '')
            return;
        const served = new URL(url);
        this.world.apiUrl = `${served.origin}${this.restPrefix}`;
        this.world.webUrl = served.origin;
    }
    /** Whether a request for this path (below the origin) is one this GitHub answers. */
    handles(method, uri) {
        const path = uri.split('?')[0] ?? '';
        if (method === 'POST' && path === this.graphqlPath)
            return true;
        return this.restPrefix === '' ? path !== this.graphqlPath : path.startsWith(`${this.restPrefix}/`);
    }
    /**
     * Answers one HTTP request (as a fetch `Request`) as the nock interceptors need it: latency and
     * held answers are waited here, a dropped connection is a thrown `ECONNRESET`.
     */
    async answer(request) {
        const response = await this.respond(request);
        if (response.delayMs > 0)
            await sleep(response.delayMs);
        if (response.network?.kind === 'reset') {
            throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
        }
        if (response.network?.kind === 'timeout')
            await sleep(response.network.holdMs);
        return [response.status, response.body, response.headers];
    }
    /**
     * Answers one HTTP request (as a fetch `Request`) and says how to play it: the latency to add and
     * any fault below HTTP (a held answer, a dropped connection). What the HTTP server calls.
     */
    async respond(request) {
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
        let reply;
        let record;
        let network = null;
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
            }
            else {
                reply = this.reply(Number(fault), faultBody(Number(fault), graphql), graphql);
            }
        }
        else {
            ({ reply, record } = graphql
                ? this.answerGraphql(url, text, request.headers)
                : this.answerRest(method, url, text, request.headers, route));
            applied = record.status < 300 && record.limited === undefined;
            if (fault !== null) {
                // GitHub did the work; the answer is lost (held past the client's timeout) or garbled.
                record.fault = fault;
                if (fault === 'timeout') {
                    network = { kind: 'timeout', holdMs: this.faults?.timeoutMs ?? DEFAULT_TIMEOUT_MS };
                }
                else {
                    record.status = 200;
                    reply = [
                        200,
                        malformed(reply[1]),
                        { ...reply[2], 'content-type': 'application/json; charset=utf-8' },
                    ];
                }
            }
        }
        if (delayMs > 0)
            record.latencyMs = delayMs;
        this.count(record, route, identity, delayMs, applied);
        return { status: reply[0], body: reply[1], headers: reply[2], delayMs, network };
    }
    count(record, route, identity, delayMs, applied) {
        const counters = this.counters;
        counters.requests.total += 1;
        const write = record.kind === 'rest' && WRITE_METHODS.has(record.method);
        if (record.kind === 'graphql')
            counters.requests.graphql += 1;
        else if (write)
            counters.requests.restWrites += 1;
        else
            counters.requests.restReads += 1;
        const routeKey = route ?? 'unknown';
        counters.byRoute[routeKey] = (counters.byRoute[routeKey] ?? 0) + 1;
        counters.byStatus[String(record.status)] = (counters.byStatus[String(record.status)] ?? 0) + 1;
        if (write && applied && !(route !== null && NOT_CONTENT.has(route)))
            counters.writes += 1;
        if (record.limited)
            counters.refusals[record.limited] += 1;
        if (record.fault !== undefined) {
            counters.faults.total += 1;
            counters.faults.byKind[record.fault] = (counters.faults.byKind[record.fault] ?? 0) + 1;
        }
        counters.latency.totalMs += delayMs;
        counters.latency.maxMs = Math.max(counters.latency.maxMs, delayMs);
        // What a client may retry: faults, rate-limit refusals, server errors — not a 404 read again.
        const failed = record.fault !== undefined || record.limited !== undefined || record.status >= 500;
        if (failed) {
            if (!this.failing.has(identity))
                this.failing.set(identity, 0);
        }
        else {
            this.failing.delete(identity);
        }
    }
    answerGraphql(url, text, headers) {
        const record = {
            method: 'POST',
            path: `${url.pathname}${url.search}`,
            kind: 'graphql',
            operationName: null,
            route: null,
            status: 200,
        };
        this.requests.push(record);
        const done = (reply) => ({ reply, record });
        let payload;
        try {
            payload = JSON.parse(text);
        }
        catch {
            record.status = 400;
            return done(this.reply(400, restError(400, 'Problems parsing JSON'), true));
        }
        if (typeof payload.query !== 'string') {
            return done(this.reply(200, { errors: [{ message: 'A query attribute must be specified and must be a string.' }] }, true));
        }
        const variables = (payload.variables ?? {});
        const operationName = typeof payload.operationName === 'string' ? payload.operationName : null;
        refreshWindow(this.world.rate, this.world.now());
        const run = runGraphql(this.world, payload.query, variables, operationName);
        Object.assign(record, { operationName: run.operationName, query: payload.query, variables });
        const limited = run.cost === 0 ? run.answer.errors?.find((error) => error.type === 'RATE_LIMITED') : undefined;
        if (limited) {
            // GitHub names whose budget it is: the installation's, for an installation token.
            record.limited = 'primary';
            const installation = installationIdOfToken(headers);
            if (installation !== null)
                limited.message = `API rate limit exceeded for installation ID ${installation}.`;
        }
        let failure = null;
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
    answerRest(method, url, text, headers, route) {
        let body;
        try {
            body = text === '' ? undefined : JSON.parse(text);
        }
        catch {
            body = text;
        }
        const record = {
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
                const [status, answer, answerHeaders] = this.reply(403, secondaryLimitBody(this.requestId(), now), false);
                return { reply: [status, answer, { ...answerHeaders, 'retry-after': String(wait) }], record };
            }
        }
        const path = url.pathname.slice(this.restPrefix.length);
        const reply = handleAppRest(this.world, method, path, {
            query: url.searchParams,
            headers,
            base: `${url.origin}${this.restPrefix}`,
        }) ?? handleRest(this.world, method, path, url.searchParams, body, headers);
        record.status = reply.status;
        record.route = reply.route;
        if (reply.injected)
            record.fault = 'spec';
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
    requestId() {
        return `FAKE:${this.requests.length}`;
    }
    reply(status, body, graphql) {
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
function faultBody(status, graphql) {
    if (graphql && status >= 500) {
        return {
            data: null,
            errors: [
                {
                    message: 'Something went wrong while executing your query. This may be the result of a timeout, or it could be a GitHub bug. Please include `FAKE:0000` when reporting this issue.',
                },
            ],
        };
    }
    return restError(status);
}
/** An answer cut halfway: never valid JSON. */
function malformed(text) {
    const cut = text.slice(0, Math.floor(text.length / 2));
    try {
        JSON.parse(cut);
    }
    catch {
        return cut;
    }
    return `{"message":${cut}`;
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
//# sourceMappingURL=simulated-github.js.map