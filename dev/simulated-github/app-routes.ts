import { openapiExample } from './openapi-description.js';
import {
  findSpec,
  fullNameOf,
  githubDate,
  headCommitOf,
  nodeId,
  repositoryId,
  type SimulatedRepositorySpec,
  sha1,
} from './repository-spec.js';
import { type RestReply, type RestWorld, rehome, restError, restUser } from './rest-routes.js';

/** One installation of the app: on an account, for all its repositories or some. */
export interface SimulatedInstallation {
  id: number;
  /** The login of the account (organisation or user) the app is installed on. */
  account: string;
  /** `all` (default): every repository of the account; else these, by `name` or `owner/name`. */
  repositories?: 'all' | string[];
  /** Listed with `suspended_at`; its tokens are refused (403). */
  suspended?: boolean;
}

/** The GitHub App the simulator plays (`GET /app`). */
export interface SimulatedApp {
  /** 1 unless told. */
  id?: number;
  /** `product-health` unless told. */
  slug?: string;
  name?: string;
  /** The app owner's login: the first installation's account unless told. */
  owner?: string;
}

/** What the app routes read beside the REST world. */
export interface AppWorld extends RestWorld {
  installations: SimulatedInstallation[];
  app: Required<SimulatedApp>;
  /** Tokens issued so far, by installation (each token differs, deterministically). */
  tokensIssued: Map<number, number>;
}

/** The app's permissions and events, as `app.yml` asks for them. */
const PERMISSIONS = {
  actions: 'read',
  contents: 'read',
  deployments: 'read',
  discussions: 'read',
  issues: 'write',
  metadata: 'read',
};
const EVENTS = ['deployment_status', 'issue_comment', 'issues', 'push', 'release'];
const INSTALLED_AT = '2020-01-01T00:00:00Z';

/** One installation per account owning a spec (ids 1, 2, … in the specs' order), for all its repositories. */
export function defaultInstallations(specs: readonly SimulatedRepositorySpec[]): SimulatedInstallation[] {
  const accounts: string[] = [];
  for (const spec of specs) {
    if (!accounts.some((account) => account.toLowerCase() === spec.owner.toLowerCase())) {
      accounts.push(spec.owner);
    }
  }
  return accounts.map((account, index) => ({ id: index + 1, account, repositories: 'all' }));
}

/** The repositories an installation covers, in the specs' order. */
export function installationRepositories(
  world: AppWorld,
  installation: SimulatedInstallation,
): SimulatedRepositorySpec[] {
  const account = installation.account.toLowerCase();
  const selected = installation.repositories ?? 'all';
  return world.specs.filter((spec) => {
    if (spec.owner.toLowerCase() !== account) return false;
    if (selected === 'all') return true;
    const names = [spec.name.toLowerCase(), fullNameOf(spec).toLowerCase()];
    return selected.some((name) => names.includes(name.toLowerCase()));
  });
}

/** An installation token: `ghs_` and 36 characters, carrying the installation's id. */
function installationToken(world: AppWorld, installationId: number): string {
  const issued = (world.tokensIssued.get(installationId) ?? 0) + 1;
  world.tokensIssued.set(installationId, issued);
  return `ghs_${`sim${installationId}x${sha1(`token\0${installationId}\0${issued}`)}`.slice(0, 36)}`;
}

/**
 * The installation a request acts for: the one whose token it carries; else, for any other token
 * (a PAT, a JWT, none), the only installation when there is one.
 */
export function installationOfRequest(world: AppWorld, headers: Headers): SimulatedInstallation | null {
  const id = installationIdOfToken(headers);
  if (id !== null) return world.installations.find((candidate) => String(candidate.id) === id) ?? null;
  return world.installations.length === 1 ? (world.installations[0] ?? null) : null;
}

/** The installation id an installation token this simulator issued carries, else null. */
export function installationIdOfToken(headers: Headers): string | null {
  const credential = (headers.get('authorization') ?? '').replace(/^(token|bearer)\s+/i, '');
  return /^ghs_sim(\d+)x/.exec(credential)?.[1] ?? null;
}

function installationById(world: AppWorld, id: string): SimulatedInstallation | null {
  return world.installations.find((candidate) => String(candidate.id) === id) ?? null;
}

/**
 * An account as installations show it. GitHub's schema for the installations list wants both a
 * simple user and an enterprise (`allOf`): `name`, `slug` and dates are there for it.
 */
function restAccount(world: RestWorld, login: string): Record<string, unknown> {
  return {
    ...restUser(world, login),
    type: 'Organization',
    name: login,
    slug: login.toLowerCase(),
    created_at: INSTALLED_AT,
    updated_at: INSTALLED_AT,
  };
}

function restInstallation(
  world: AppWorld,
  installation: SimulatedInstallation,
  example: 'base-installation' | 'installation',
): Record<string, unknown> {
  const account = restAccount(world, installation.account);
  return {
    ...openapiExample(example),
    id: installation.id,
    account,
    repository_selection: (installation.repositories ?? 'all') === 'all' ? 'all' : 'selected',
    access_tokens_url: `${world.apiUrl}/app/installations/${installation.id}/access_tokens`,
    repositories_url: `${world.apiUrl}/installation/repositories`,
    html_url: `${world.webUrl}/organizations/${installation.account}/settings/installations/${installation.id}`,
    app_id: world.app.id,
    app_slug: world.app.slug,
    target_id: account.id,
    target_type: 'Organization',
    permissions: { ...PERMISSIONS },
    events: [...EVENTS],
    single_file_name: null,
    has_multiple_single_files: false,
    single_file_paths: [],
    created_at: INSTALLED_AT,
    updated_at: INSTALLED_AT,
    suspended_at: installation.suspended ? INSTALLED_AT : null,
    suspended_by: null,
  };
}

/** A repository as `GET /installation/repositories` lists it (GitHub's `repository` example, rehomed). */
export function restRepository(world: RestWorld, spec: SimulatedRepositorySpec): Record<string, unknown> {
  const template = openapiExample<{ repositories: Array<Record<string, unknown>> }>('repository-paginated-2')
    .repositories[0];
  const date = headCommitOf(spec)?.date;
  const pushed = date ? githubDate(date) : INSTALLED_AT;
  return {
    ...rehome(template ?? {}, world, fullNameOf(spec)),
    id: repositoryId(spec),
    node_id: nodeId('R', spec, ''),
    name: spec.name,
    full_name: fullNameOf(spec),
    owner: { ...restUser(world, spec.owner), type: 'Organization' },
    private: spec.private === true,
    visibility: spec.private === true ? 'private' : 'public',
    description: spec.description ?? null,
    fork: false,
    language: null,
    default_branch: spec.defaultBranch ?? 'main',
    archived: spec.archived === true,
    disabled: false,
    is_template: false,
    topics: [],
    has_issues: spec.issuesEnabled !== false,
    has_discussions: spec.discussionsEnabled === true,
    open_issues_count: (spec.issues ?? []).filter((issue) => (issue.state ?? 'open') === 'open').length,
    open_issues: (spec.issues ?? []).filter((issue) => (issue.state ?? 'open') === 'open').length,
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    template_repository: null,
    custom_properties: {},
    created_at: INSTALLED_AT,
    updated_at: pushed,
    pushed_at: pushed,
  };
}

function pageOf(query: URLSearchParams): { perPage: number; page: number } {
  return {
    perPage: Math.min(Math.max(Number(query.get('per_page') ?? 30) || 30, 1), 100),
    page: Math.max(Number(query.get('page') ?? 1) || 1, 1),
  };
}

/** GitHub's `link` header for page `page` of `total` items (empty when everything fits one page). */
function linkHeader(url: string, query: URLSearchParams, page: number, perPage: number, total: number) {
  const last = Math.max(1, Math.ceil(total / perPage));
  const at = (n: number) => {
    const params = new URLSearchParams(query);
    params.set('per_page', String(perPage));
    params.set('page', String(n));
    return `<${url}?${params.toString()}>`;
  };
  const links = [
    ...(page > 1 ? [`${at(page - 1)}; rel="prev"`, `${at(1)}; rel="first"`] : []),
    ...(page < last ? [`${at(page + 1)}; rel="next"`, `${at(last)}; rel="last"`] : []),
  ];
  return links.length > 0 ? { link: links.join(', ') } : undefined;
}

/** One request to an app route: its query, headers, and the REST base URL it was sent to (for `link`). */
interface AppRequest {
  query: URLSearchParams;
  headers: Headers;
  base: string;
}

type AppHandler = (world: AppWorld, params: string[], request: AppRequest) => RestReply;

interface AppRoute {
  method: string;
  route: string;
  pattern: RegExp;
  handle: AppHandler;
}

const APP_ROUTES: AppRoute[] = [
  {
    method: 'GET',
    route: 'GET /app',
    pattern: /^\/app$/,
    handle: (world) => {
      const owner = restUser(world, world.app.owner);
      return reply('GET /app', 200, {
        ...openapiExample<Record<string, unknown>>('integration'),
        id: world.app.id,
        slug: world.app.slug,
        client_id: `Iv1.${sha1(`client\0${world.app.id}`).slice(0, 16)}`,
        node_id: `A_${Buffer.from(`app:${world.app.id}`).toString('base64url')}`,
        owner: { ...owner, type: 'Organization' },
        name: world.app.name,
        description: 'A GitHub App played by the simulated GitHub.',
        external_url: `${world.webUrl}/apps/${world.app.slug}`,
        html_url: `${world.webUrl}/apps/${world.app.slug}`,
        created_at: INSTALLED_AT,
        updated_at: INSTALLED_AT,
        permissions: { ...PERMISSIONS },
        events: [...EVENTS],
        installations_count: world.installations.length,
      });
    },
  },
  {
    method: 'GET',
    route: 'GET /app/installations',
    pattern: /^\/app\/installations$/,
    handle: (world, _params, { query, base }) => {
      const { perPage, page } = pageOf(query);
      const listed = world.installations
        .slice((page - 1) * perPage, page * perPage)
        .map((installation) => restInstallation(world, installation, 'base-installation'));
      return reply(
        'GET /app/installations',
        200,
        listed,
        linkHeader(`${base}/app/installations`, query, page, perPage, world.installations.length),
      );
    },
  },
  {
    method: 'GET',
    route: 'GET /app/installations/{installation_id}',
    pattern: /^\/app\/installations\/(\d+)$/,
    handle: (world, [id = '']) => {
      const installation = installationById(world, id);
      const route = 'GET /app/installations/{installation_id}';
      return installation
        ? reply(route, 200, restInstallation(world, installation, 'base-installation'))
        : reply(route, 404, restError(404));
    },
  },
  {
    method: 'POST',
    route: 'POST /app/installations/{installation_id}/access_tokens',
    pattern: /^\/app\/installations\/(\d+)\/access_tokens$/,
    handle: (world, [id = '']) => {
      const route = 'POST /app/installations/{installation_id}/access_tokens';
      const installation = installationById(world, id);
      if (!installation) return reply(route, 404, restError(404));
      if (installation.suspended)
        return reply(route, 403, restError(403, 'This installation has been suspended'));
      const { repositories: _repositories, ...example } = openapiExample('installation-token');
      return reply(route, 201, {
        ...example,
        token: installationToken(world, installation.id),
        expires_at: githubDate(new Date(world.now().getTime() + 3_600_000).toISOString()),
        permissions: { ...PERMISSIONS },
        repository_selection: (installation.repositories ?? 'all') === 'all' ? 'all' : 'selected',
      });
    },
  },
  {
    method: 'GET',
    route: 'GET /installation/repositories',
    pattern: /^\/installation\/repositories$/,
    handle: (world, _params, { query, headers, base }) => {
      const route = 'GET /installation/repositories';
      const installation = installationOfRequest(world, headers);
      if (!installation) {
        return reply(
          route,
          403,
          restError(
            403,
            'You must authenticate with an installation access token in order to list repositories for an installation.',
          ),
        );
      }
      const all = installationRepositories(world, installation);
      const { perPage, page } = pageOf(query);
      return reply(
        route,
        200,
        {
          total_count: all.length,
          repository_selection: (installation.repositories ?? 'all') === 'all' ? 'all' : 'selected',
          repositories: all
            .slice((page - 1) * perPage, page * perPage)
            .map((spec) => restRepository(world, spec)),
        },
        linkHeader(`${base}/installation/repositories`, query, page, perPage, all.length),
      );
    },
  },
  {
    method: 'GET',
    route: 'GET /repos/{owner}/{repo}/installation',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/installation$/,
    handle: (world, [owner = '', repo = '']) => {
      const route = 'GET /repos/{owner}/{repo}/installation';
      const spec = findSpec(world.specs, owner, repo);
      const installation =
        spec &&
        world.installations.find((candidate) => installationRepositories(world, candidate).includes(spec));
      return installation
        ? reply(route, 200, restInstallation(world, installation, 'installation'))
        : reply(route, 404, restError(404));
    },
  },
];

function reply(route: string, status: number, body: unknown, headers?: Record<string, string>): RestReply {
  return { status, body, route, ...(headers ? { headers } : {}) };
}

/** The app route a request names (`GET /app/installations`…), or null. */
export function appRouteOf(method: string, path: string): string | null {
  return APP_ROUTES.find((route) => route.method === method && route.pattern.test(path))?.route ?? null;
}

/**
 * Answers an app route (`path` below the REST base URL `base` the request was sent to); null when
 * the request names none.
 */
export function handleAppRest(
  world: AppWorld,
  method: string,
  path: string,
  request: AppRequest,
): RestReply | null {
  for (const route of APP_ROUTES) {
    const match = route.method === method ? route.pattern.exec(path) : null;
    if (!match) continue;
    return route.handle(
      world,
      match.slice(1).map((part) => decodeURIComponent(part)),
      request,
    );
  }
  return null;
}
