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
 *   comments), with the shapes of GitHub's OpenAPI examples. Writes mutate the live spec, so the
 *   next scan sees them.
 *
 * Faults are part of the spec (`faults`): GraphQL field errors by path, whole GraphQL requests
 * failing with an HTTP status, REST routes failing with a status.
 *
 * Served over HTTP by `serveSimulatedGitHub`; tests may also plug `answer()` into nock.
 *
 * Not modeled (a GraphQL field outside the model answers an error of type `FAKE_GITHUB_UNMODELED`,
 * an unknown REST route 404): mutations, pull requests, users and organizations beyond `login`,
 * file contents per commit (every revision sees the spec's files), branches other than the default
 * one, `history(author:)`, `rateLimit(dryRun:)`, authentication (any token or none is accepted),
 * REST pagination `Link` headers. Cursors are positions: opaque, but not stable when the list
 * changes between two pages.
 */

import type { SimulatedWorld } from './graphql-model.js';
import { findSpec, githubDate, normalizeSpec, type SimulatedRepositorySpec } from './repository-spec.js';
import { handleRest, RawText, type RestWorld, restError } from './rest-routes.js';
import { type GraphqlAnswer, runGraphql } from './run-graphql.js';

export type {
  SimulatedComment,
  SimulatedCommit,
  SimulatedDeployment,
  SimulatedFaults,
  SimulatedFile,
  SimulatedGraphqlFault,
  SimulatedIssue,
  SimulatedRelease,
  SimulatedRepositorySpec,
  SimulatedRestFault,
  SimulatedTag,
  SimulatedWorkflowRun,
} from './repository-spec.js';
export type { GitHubGraphqlError, GraphqlAnswer } from './run-graphql.js';

export interface SimulatedGitHubOptions {
  /** REST base URL, as Octokit's `baseUrl`: `https://api.github.com` (default) or `https://ghe.host/api/v3`. */
  baseUrl?: string;
  /** GraphQL path on the same host: `/graphql`, or `/api/graphql` when `baseUrl` ends in `/api/v3`. */
  graphqlPath?: string;
  /** Login REST writes are made as (issue author, commenter): `github-actions[bot]` unless told. */
  viewer?: string;
  /** Clock for REST writes and the rate limit's reset time. */
  now?: () => Date;
  /** GraphQL rate limit: 5,000 points, all remaining, unless told. */
  rateLimit?: { limit?: number; remaining?: number };
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
  status: number;
}

/** Status, body text and headers of an answer. */
export type SimulatedReply = [number, string, Record<string, string>];
type Reply = SimulatedReply;

export class SimulatedGitHub {
  /** Every HTTP request seen, in order (GraphQL and REST, failed ones too). */
  readonly requests: SimulatedRequest[] = [];
  private readonly world: SimulatedWorld & RestWorld;
  /** Scheme, host and port of the base URL. */
  readonly origin: string;
  private readonly restPrefix: string;
  private readonly graphqlPath: string;
  private readonly graphqlReads = new Map<SimulatedRepositorySpec, number>();

  constructor(specs: SimulatedRepositorySpec[], options: SimulatedGitHubOptions = {}) {
    const base = new URL(options.baseUrl ?? 'https://api.github.com');
    this.origin = base.origin;
    this.restPrefix = base.pathname.replace(/\/+$/, '');
    this.graphqlPath =
      options.graphqlPath ??
      (this.restPrefix.endsWith('/api/v3') ? this.restPrefix.replace(/\/v3$/, '/graphql') : '/graphql');
    const now = options.now ?? (() => new Date());
    const limit = options.rateLimit?.limit ?? 5000;
    this.world = {
      specs: specs.map(normalizeSpec),
      apiUrl: `${this.origin}${this.restPrefix}`,
      webUrl: base.hostname.startsWith('api.') ? `${base.protocol}//${base.host.slice(4)}` : this.origin,
      viewer: options.viewer ?? 'github-actions[bot]',
      now,
      faultCounts: new WeakMap(),
      rate: {
        limit,
        remaining: options.rateLimit?.remaining ?? limit,
        resetAt: githubDate(new Date(now().getTime() + 3_600_000).toISOString()),
      },
    };
  }

  /** The live spec of `owner/name` (with REST writes applied); throws when unknown. */
  repository(fullName: string): SimulatedRepositorySpec {
    const [owner = '', name = ''] = fullName.split('/');
    const spec = findSpec(this.world.specs, owner, name);
    if (!spec) throw new Error(`SimulatedGitHub has no repository ${fullName}`);
    return spec;
  }

  /** Runs a GraphQL document without HTTP (charges the rate limit, but no request is recorded). */
  executeGraphql(
    query: string,
    variables: Record<string, unknown> = {},
    operationName?: string,
  ): GraphqlAnswer {
    return runGraphql(this.world, query, variables, operationName).answer;
  }

  /** Whether a request for this path (below the origin) is one this GitHub answers. */
  handles(method: string, uri: string): boolean {
    const path = uri.split('?')[0] ?? '';
    if (method === 'POST' && path === this.graphqlPath) return true;
    return this.restPrefix === '' ? path !== this.graphqlPath : path.startsWith(`${this.restPrefix}/`);
  }

  /** Answers one HTTP request (as a fetch `Request`): what the HTTP server and test interceptors call. */
  async answer(request: Request): Promise<Reply> {
    const url = new URL(request.url);
    const text = await request.text();
    const method = request.method.toUpperCase();
    return method === 'POST' && url.pathname === this.graphqlPath
      ? this.answerGraphql(url, text)
      : this.answerRest(method, url, text);
  }

  private answerGraphql(url: URL, text: string): Reply {
    const record: SimulatedRequest = {
      method: 'POST',
      path: `${url.pathname}${url.search}`,
      kind: 'graphql',
      operationName: null,
      route: null,
      status: 200,
    };
    this.requests.push(record);
    let payload: { query?: unknown; variables?: unknown; operationName?: unknown };
    try {
      payload = JSON.parse(text) as typeof payload;
    } catch {
      record.status = 400;
      return this.reply(400, restError(400, 'Problems parsing JSON'), true);
    }
    if (typeof payload.query !== 'string') {
      return this.reply(
        200,
        { errors: [{ message: 'A query attribute must be specified and must be a string.' }] },
        true,
      );
    }
    const variables = (payload.variables ?? {}) as Record<string, unknown>;
    const operationName = typeof payload.operationName === 'string' ? payload.operationName : null;
    const run = runGraphql(this.world, payload.query, variables, operationName);
    Object.assign(record, { operationName: run.operationName, query: payload.query, variables });
    let failure: number | null = null;
    for (const spec of run.touched) {
      const count = (this.graphqlReads.get(spec) ?? 0) + 1;
      this.graphqlReads.set(spec, count);
      failure ??= spec.faults?.graphqlRequests?.[count] ?? null;
    }
    if (failure !== null) {
      this.world.rate.remaining += run.cost;
      record.status = failure;
      const body =
        failure >= 500
          ? {
              data: null,
              errors: [
                {
                  message:
                    'Something went wrong while executing your query. This may be the result of a timeout, or it could be a GitHub bug. Please include `FAKE:0000` when reporting this issue.',
                },
              ],
            }
          : restError(failure);
      return this.reply(failure, body, true);
    }
    return this.reply(200, run.answer, true);
  }

  private answerRest(method: string, url: URL, text: string): Reply {
    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      body = text;
    }
    const path = url.pathname.slice(this.restPrefix.length);
    const reply = handleRest(this.world, method, path, url.searchParams, body);
    this.requests.push({
      method,
      path: `${url.pathname}${url.search}`,
      kind: 'rest',
      operationName: null,
      route: reply.route,
      ...(body === undefined ? {} : { body }),
      status: reply.status,
    });
    if (reply.body instanceof RawText) {
      const [status, , headers] = this.reply(reply.status, null, false);
      return [
        status,
        reply.body.text,
        { ...headers, 'content-type': 'application/vnd.github.raw; charset=utf-8' },
      ];
    }
    return this.reply(reply.status, reply.body, false);
  }

  private reply(status: number, body: unknown, graphql: boolean): Reply {
    const { limit, remaining, resetAt } = this.world.rate;
    return [
      status,
      JSON.stringify(body),
      {
        'content-type': 'application/json; charset=utf-8',
        'x-github-request-id': `FAKE:${this.requests.length}`,
        'x-ratelimit-resource': graphql ? 'graphql' : 'core',
        'x-ratelimit-limit': String(limit),
        'x-ratelimit-remaining': String(graphql ? remaining : limit),
        'x-ratelimit-used': String(graphql ? limit - remaining : 0),
        'x-ratelimit-reset': String(Math.floor(Date.parse(resetAt) / 1000)),
      },
    ];
  }
}
