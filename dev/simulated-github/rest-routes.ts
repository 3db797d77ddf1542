import { openapiExample } from './openapi-description.js';
import {
  branchFile,
  createPull,
  createRef,
  getRef,
  listPulls,
  putContents,
  updatePull,
  updateRef,
} from './pull-request-routes.js';
import {
  blobOid,
  directoriesOf,
  ensureLabel,
  fileOf,
  findSpec,
  fullNameOf,
  githubDate,
  headCommitOf,
  isBotLogin,
  isEmptyRepository,
  issueStateOf,
  issuesEnabled,
  issueUpdatedAt,
  nodeId,
  resolveRevision,
  type SimulatedIssue,
  type SimulatedRepositorySpec,
  type SimulatedWorkflowRun,
  treeOid,
} from './repository-spec.js';

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

const DOCUMENTATION = 'https://docs.github.com/rest';

const MESSAGES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Bad credentials',
  403: 'Resource not accessible by integration',
  404: 'Not Found',
  409: 'Conflict',
  410: 'Gone',
  422: 'Validation Failed',
  500: 'Server Error',
  502: 'Server Error',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** GitHub's error body (`basic-error`): message, documentation URL and the status as a string. */
export function restError(status: number, message?: string, extra: Record<string, unknown> = {}): unknown {
  return {
    message: message ?? MESSAGES[status] ?? 'Error',
    ...extra,
    documentation_url: DOCUMENTATION,
    status: String(status),
  };
}

type Handler = (
  world: RestWorld,
  spec: SimulatedRepositorySpec,
  params: string[],
  query: URLSearchParams,
  body: unknown,
  headers: Headers,
) => [number, unknown];

interface Route {
  method: string;
  route: string;
  pattern: RegExp;
  handle: Handler;
}

/** A file's text, answered as GitHub's raw media type (`application/vnd.github.raw`). */
export class RawText {
  constructor(readonly text: string) {}
}

const ROUTES: Route[] = [
  {
    method: 'GET',
    route: 'GET /repos/{owner}/{repo}/contents/{path}',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/,
    handle: (world, spec, [path = ''], query, _body, headers) => {
      const ref = query.get('ref');
      const written = ref ? spec.writtenBranches?.[ref.replace(/^refs\/heads\//, '')] : undefined;
      if (written) {
        const text = branchFile(spec, ref?.replace(/^refs\/heads\//, '') ?? null, path);
        if (text === null) return [404, restError(404)];
        if (/\braw\b/.test(headers.get('accept') ?? '')) return [200, new RawText(text)];
        return [200, contentFile(world, spec, path, text, blobOid(text))];
      }
      const file = fileOf(spec, path);
      if (!file || file.text === null) return [404, restError(404)];
      // GitHub answers the file's text for the raw media type, else its JSON description (base64).
      if (/\braw\b/.test(headers.get('accept') ?? '')) return [200, new RawText(file.text)];
      return [200, contentFile(world, spec, path, file.text, file.oid)];
    },
  },
  {
    method: 'GET',
    route: 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/git\/trees\/(.+)$/,
    handle: (world, spec, [sha = ''], query) => gitTree(world, spec, sha, query),
  },
  {
    method: 'GET',
    route: 'GET /repos/{owner}/{repo}/actions/runs',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/actions\/runs$/,
    handle: (world, spec, _params, query) => workflowRuns(world, spec, query),
  },
  {
    method: 'POST',
    route: 'POST /repos/{owner}/{repo}/issues',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues$/,
    handle: (world, spec, _params, _query, body) => createIssue(world, spec, body),
  },
  {
    method: 'GET',
    route: 'GET /repos/{owner}/{repo}/issues/{issue_number}',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/,
    handle: (world, spec, [number = '']) =>
      withIssue(spec, number, false, (issue) => [200, restIssue(world, spec, issue)]),
  },
  {
    method: 'PATCH',
    route: 'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/,
    handle: (world, spec, [number = ''], _query, body) =>
      withIssue(spec, number, true, (issue) => updateIssue(world, spec, issue, body)),
  },
  {
    method: 'POST',
    route: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/,
    handle: (world, spec, [number = ''], _query, body) =>
      withIssue(spec, number, true, (issue) => createComment(world, spec, issue, body)),
  },
  {
    method: 'GET',
    route: 'GET /repos/{owner}/{repo}/git/ref/{ref}',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/git\/ref\/(.+)$/,
    handle: (world, spec, [ref = '']) => getRef(world, spec, ref),
  },
  {
    method: 'POST',
    route: 'POST /repos/{owner}/{repo}/git/refs',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/git\/refs$/,
    handle: (world, spec, _params, _query, body) => createRef(world, spec, body),
  },
  {
    method: 'PATCH',
    route: 'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/git\/refs\/(.+)$/,
    handle: (world, spec, [ref = ''], _query, body) => updateRef(world, spec, ref, body),
  },
  {
    method: 'PUT',
    route: 'PUT /repos/{owner}/{repo}/contents/{path}',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/,
    handle: (world, spec, [path = ''], _query, body) => putContents(world, spec, path, body),
  },
  {
    method: 'GET',
    route: 'GET /repos/{owner}/{repo}/pulls',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/pulls$/,
    handle: (world, spec, _params, query) => listPulls(world, spec, query),
  },
  {
    method: 'POST',
    route: 'POST /repos/{owner}/{repo}/pulls',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/pulls$/,
    handle: (world, spec, _params, _query, body) => createPull(world, spec, body),
  },
  {
    method: 'PATCH',
    route: 'PATCH /repos/{owner}/{repo}/pulls/{pull_number}',
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/,
    handle: (world, spec, [number = ''], _query, body) => updatePull(world, spec, number, body),
  },
];

/** The route a request names (`GET /repos/{owner}/{repo}/actions/runs`…), or null. */
export function restRouteOf(method: string, path: string): string | null {
  return ROUTES.find((route) => route.method === method && route.pattern.test(path))?.route ?? null;
}

/** Answers one REST request (`path` is below the REST base URL). */
export function handleRest(
  world: RestWorld,
  method: string,
  path: string,
  query: URLSearchParams,
  body: unknown,
  headers: Headers = new Headers(),
): RestReply {
  for (const route of ROUTES) {
    const match = route.method === method ? route.pattern.exec(path) : null;
    if (!match) continue;
    const [owner = '', repo = '', ...params] = match.slice(1).map((part) => decodeURIComponent(part));
    const spec = findSpec(world.specs, owner, repo);
    if (!spec) return { status: 404, body: restError(404), route: route.route };
    const fault = restFault(world, spec, route.route);
    if (fault) return { ...fault, route: route.route, injected: true };
    const [status, answer] = route.handle(world, spec, params, query, body, headers);
    return { status, body: answer, route: route.route };
  }
  return { status: 404, body: restError(404), route: null };
}

function restFault(
  world: RestWorld,
  spec: SimulatedRepositorySpec,
  route: string,
): { status: number; body: unknown } | null {
  const fault = spec.faults?.rest?.[route];
  if (fault === undefined) return null;
  const { status, message, times } =
    typeof fault === 'number' ? { status: fault, message: undefined, times: undefined } : fault;
  let counts = world.faultCounts.get(spec);
  if (!counts) {
    counts = new Map();
    world.faultCounts.set(spec, counts);
  }
  const fired = counts.get(route) ?? 0;
  if (times !== undefined && fired >= times) return null;
  counts.set(route, fired + 1);
  const issuesRoute = /\/issues/.test(route);
  return {
    status,
    body: restError(
      status,
      message ?? (status === 410 && issuesRoute ? 'Issues are disabled for this repo' : undefined),
    ),
  };
}

/** Replaces the example's repository, hosts and users by ours, in every string of a copied example. */
export function rehome<T>(value: T, world: RestWorld, fullName: string): T {
  const text = JSON.stringify(value)
    .replaceAll('https://api.github.com', world.apiUrl)
    .replaceAll('https://github.com', world.webUrl)
    .replace(/octocat\/Hello-World|octo-org\/octo-repo/g, fullName);
  return JSON.parse(text) as T;
}

// ---------------------------------------------------------------------------------------------
// Contents

/** A file as `GET …/contents/{path}` describes it without the raw media type (`content-file`). */
function contentFile(
  world: RestWorld,
  spec: SimulatedRepositorySpec,
  path: string,
  text: string,
  sha: string,
): Record<string, unknown> {
  const api = `${world.apiUrl}/repos/${fullNameOf(spec)}`;
  const branch = spec.defaultBranch ?? 'main';
  const encoded = Buffer.from(text).toString('base64');
  const self = `${api}/contents/${path.split('/').map(encodeURIComponent).join('/')}?ref=${branch}`;
  const html = `${world.webUrl}/${fullNameOf(spec)}/blob/${branch}/${path}`;
  const git = `${api}/git/blobs/${sha}`;
  return {
    ...openapiExample('content-file'),
    type: 'file',
    encoding: 'base64',
    size: Buffer.byteLength(text),
    name: path.split('/').pop() ?? path,
    path,
    // GitHub wraps the base64 text at 60 characters.
    content: `${encoded.replace(/.{60}/g, '$&\n')}\n`,
    sha,
    url: self,
    git_url: git,
    html_url: html,
    download_url: `${world.webUrl}/${fullNameOf(spec)}/raw/${branch}/${path}`,
    _links: { git, self, html },
  };
}

// ---------------------------------------------------------------------------------------------
// Trees

function gitTree(
  world: RestWorld,
  spec: SimulatedRepositorySpec,
  sha: string,
  query: URLSearchParams,
): [number, unknown] {
  if (isEmptyRepository(spec)) return [409, restError(409, 'Git Repository is empty.')];
  if (!resolveRevision(spec, sha)) return [404, restError(404)];
  const api = `${world.apiUrl}/repos/${fullNameOf(spec)}`;
  // GitHub reads any value of `recursive` (even 0 or false) as "recursive".
  const recursive = query.has('recursive');
  const example = openapiExample<{ tree: Array<Record<string, unknown>> }>('git-tree');
  const template = example.tree[0] ?? {};
  const paths = [
    ...directoriesOf(spec).map((path) => ({ path, directory: true })),
    ...Object.keys(spec.files ?? {}).map((path) => ({ path, directory: false })),
  ]
    .filter(({ path }) => recursive || !path.includes('/'))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const tree = paths.map(({ path, directory }) => {
    if (directory) {
      const { size: _size, ...rest } = template;
      const sha = treeOid(spec, path);
      return { ...rest, path, mode: '040000', type: 'tree', sha, url: `${api}/git/trees/${sha}` };
    }
    const file = fileOf(spec, path);
    const sha = file?.oid ?? '';
    return {
      ...template,
      path,
      mode: '100644',
      type: 'blob',
      size: file?.byteSize ?? 0,
      sha,
      url: `${api}/git/blobs/${sha}`,
    };
  });
  const root = treeOid(spec, '');
  return [200, { ...example, sha: root, url: `${api}/git/trees/${root}`, tree, truncated: false }];
}

// ---------------------------------------------------------------------------------------------
// Workflow runs

const CONCLUSIONS = [
  'action_required',
  'cancelled',
  'failure',
  'neutral',
  'skipped',
  'stale',
  'success',
  'timed_out',
];

function runConclusion(run: SimulatedWorkflowRun): string | null {
  return run.conclusion === undefined ? 'success' : run.conclusion;
}

function runStatus(run: SimulatedWorkflowRun): string {
  return run.status ?? (runConclusion(run) === null ? 'in_progress' : 'completed');
}

/** GitHub's search syntax for dates: `>=D`, `>D`, `<=D`, `<D`, `A..B` (`*` open), or one day `D`. */
function matchesCreated(created: string, filter: string): boolean {
  const at = Date.parse(created);
  const dayOnly = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
  const start = (value: string) => Date.parse(value);
  const end = (value: string) => (dayOnly(value) ? Date.parse(value) + 86_400_000 - 1 : Date.parse(value));
  const range = /^(.+)\.\.(.+)$/.exec(filter);
  if (range) {
    const [from = '*', to = '*'] = range.slice(1);
    return (from === '*' || at >= start(from)) && (to === '*' || at <= end(to));
  }
  const compare = /^(>=|<=|>|<)(.+)$/.exec(filter);
  if (compare) {
    const [operator, value = ''] = compare.slice(1);
    if (operator === '>=') return at >= start(value);
    if (operator === '>') return at > end(value);
    if (operator === '<=') return at <= end(value);
    return at < start(value);
  }
  return at >= start(filter) && at <= end(filter);
}

function workflowRuns(
  world: RestWorld,
  spec: SimulatedRepositorySpec,
  query: URLSearchParams,
): [number, unknown] {
  const status = query.get('status');
  const created = query.get('created');
  const branch = query.get('branch');
  const event = query.get('event');
  const perPage = Math.min(Math.max(Number(query.get('per_page') ?? 30) || 30, 1), 100);
  const page = Math.max(Number(query.get('page') ?? 1) || 1, 1);
  const runs = (spec.workflowRuns ?? [])
    .map((run, index) => ({ run, index }))
    .filter(({ run }) => {
      if (
        status &&
        (CONCLUSIONS.includes(status) ? runConclusion(run) !== status : runStatus(run) !== status)
      ) {
        return false;
      }
      if (created && !matchesCreated(githubDate(run.createdAt), created)) return false;
      if (branch && (run.headBranch ?? spec.defaultBranch) !== branch) return false;
      return !event || (run.event ?? 'push') === event;
    })
    .sort((a, b) => Date.parse(b.run.createdAt) - Date.parse(a.run.createdAt) || a.index - b.index);
  const example = openapiExample<{ total_count: number; workflow_runs: Array<Record<string, unknown>> }>(
    'workflow-run-paginated',
  );
  const template = rehome(example.workflow_runs[0] ?? {}, world, fullNameOf(spec));
  const api = `${world.apiUrl}/repos/${fullNameOf(spec)}`;
  const headSha = headCommitOf(spec)?.oid ?? '0'.repeat(40);
  const workflow_runs = runs.slice((page - 1) * perPage, page * perPage).map(({ run, index }) => {
    const id = run.id ?? 1000 + index;
    const path = run.path ?? `.github/workflows/${run.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.yml`;
    const date = githubDate(run.createdAt);
    return {
      ...template,
      id,
      name: run.name,
      node_id: `WFR_${Buffer.from(String(id)).toString('base64url')}`,
      head_branch: run.headBranch ?? spec.defaultBranch ?? 'main',
      head_sha: headSha,
      path,
      display_title: run.name,
      run_number: index + 1,
      event: run.event ?? 'push',
      status: runStatus(run),
      conclusion: runConclusion(run),
      url: `${api}/actions/runs/${id}`,
      html_url: `${world.webUrl}/${fullNameOf(spec)}/actions/runs/${id}`,
      created_at: date,
      updated_at: date,
      run_started_at: date,
      jobs_url: `${api}/actions/runs/${id}/jobs`,
      logs_url: `${api}/actions/runs/${id}/logs`,
    };
  });
  return [200, { total_count: runs.length, workflow_runs }];
}

// ---------------------------------------------------------------------------------------------
// Issues

export function restUser(
  world: RestWorld,
  login: string | null,
  flaggedBot?: boolean,
): Record<string, unknown> {
  const example = openapiExample<{ user: Record<string, unknown> }>('issue').user;
  const name = login ?? 'ghost';
  const bot = login !== null && isBotLogin(login, flaggedBot);
  const restLogin = bot && !name.endsWith('[bot]') ? `${name}[bot]` : name;
  const user = rehome(example, world, '');
  return {
    ...JSON.parse(JSON.stringify(user).replaceAll('octocat', restLogin)),
    id: Number.parseInt(Buffer.from(restLogin).toString('hex').slice(0, 8), 16),
    node_id: `U_${Buffer.from(restLogin).toString('base64url')}`,
    type: bot ? 'Bot' : 'User',
  };
}

function restLabel(world: RestWorld, spec: SimulatedRepositorySpec, name: string): Record<string, unknown> {
  const example = openapiExample<{ labels: Array<Record<string, unknown>> }>('issue').labels[0] ?? {};
  return {
    ...example,
    id: Number.parseInt(Buffer.from(name).toString('hex').slice(0, 8), 16),
    node_id: nodeId('LA', spec, name),
    url: `${world.apiUrl}/repos/${fullNameOf(spec)}/labels/${encodeURIComponent(name)}`,
    name,
    description: null,
    color: 'ededed',
    default: false,
  };
}

function restIssue(
  world: RestWorld,
  spec: SimulatedRepositorySpec,
  issue: SimulatedIssue,
): Record<string, unknown> {
  const { pull_request: _pullRequest, ...example } = rehome(openapiExample('issue'), world, fullNameOf(spec));
  const api = `${world.apiUrl}/repos/${fullNameOf(spec)}/issues/${issue.number}`;
  const state = issueStateOf(issue);
  const closedAt = state === 'closed' ? (issue.closedAt ?? issueUpdatedAt(issue)) : null;
  return {
    ...example,
    id: 100_000 + (issue.number ?? 0),
    node_id: nodeId('I', spec, String(issue.number)),
    url: api,
    repository_url: `${world.apiUrl}/repos/${fullNameOf(spec)}`,
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: `${world.webUrl}/${fullNameOf(spec)}/issues/${issue.number}`,
    number: issue.number,
    state,
    state_reason: issue.stateReason ?? (state === 'closed' ? 'completed' : null),
    title: issue.title,
    body: issue.body ?? '',
    user: restUser(world, issue.author === undefined ? 'octocat' : issue.author, issue.authorIsBot),
    labels: (issue.labels ?? []).map((label) => restLabel(world, spec, label)),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: (issue.comments ?? []).length,
    closed_at: closedAt === null ? null : githubDate(closedAt),
    created_at: githubDate(issue.createdAt),
    updated_at: issueUpdatedAt(issue),
    closed_by: null,
    author_association: 'NONE',
  };
}

function writable(spec: SimulatedRepositorySpec): [number, unknown] | null {
  if (!issuesEnabled(spec)) return [410, restError(410, 'Issues are disabled for this repo')];
  if (spec.archived) return [403, restError(403, 'Repository was archived so is read-only.')];
  return null;
}

function withIssue(
  spec: SimulatedRepositorySpec,
  number: string,
  write: boolean,
  then: (issue: SimulatedIssue) => [number, unknown],
): [number, unknown] {
  if (!issuesEnabled(spec)) return [410, restError(410, 'Issues are disabled for this repo')];
  const issue = (spec.issues ?? []).find((candidate) => String(candidate.number) === number);
  if (!issue) return [404, restError(404)];
  return (write && writable(spec)) || then(issue);
}

function labelNames(spec: SimulatedRepositorySpec, labels: unknown): string[] {
  if (!Array.isArray(labels)) return [];
  return labels.flatMap((label: unknown) => {
    const name = typeof label === 'string' ? label : (label as { name?: unknown } | null)?.name;
    return typeof name === 'string' && name.trim() !== '' ? [ensureLabel(spec, name)] : [];
  });
}

function missingField(resource: string, field: string): [number, unknown] {
  return [422, restError(422, 'Validation Failed', { errors: [{ resource, code: 'missing_field', field }] })];
}

interface IssueWrite {
  title?: unknown;
  body?: unknown;
  labels?: unknown;
  state?: unknown;
  state_reason?: unknown;
}

function createIssue(world: RestWorld, spec: SimulatedRepositorySpec, body: unknown): [number, unknown] {
  const refused = writable(spec);
  if (refused) return refused;
  const input = (body ?? {}) as IssueWrite;
  if (typeof input.title !== 'string' || input.title === '') return missingField('Issue', 'title');
  spec.issues ??= [];
  const issues = spec.issues;
  const now = githubDate(world.now().toISOString());
  const issue: SimulatedIssue = {
    number:
      Math.max(
        0,
        ...issues.map((candidate) => candidate.number ?? 0),
        ...(spec.pullRequests ?? []).map((pull) => pull.number),
      ) + 1,
    title: input.title,
    body: typeof input.body === 'string' ? input.body : '',
    author: world.viewer,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    state: 'open',
    stateReason: null,
    labels: labelNames(spec, input.labels),
    comments: [],
  };
  issues.push(issue);
  return [201, restIssue(world, spec, issue)];
}

function updateIssue(
  world: RestWorld,
  spec: SimulatedRepositorySpec,
  issue: SimulatedIssue,
  body: unknown,
): [number, unknown] {
  const input = (body ?? {}) as IssueWrite;
  const now = githubDate(world.now().toISOString());
  if (typeof input.title === 'string') issue.title = input.title;
  if (typeof input.body === 'string' || input.body === null) issue.body = input.body ?? '';
  if (input.labels !== undefined) issue.labels = labelNames(spec, input.labels);
  const reason = typeof input.state_reason === 'string' ? input.state_reason : undefined;
  if (input.state === 'closed' && issueStateOf(issue) === 'open') {
    issue.state = 'closed';
    issue.closedAt = now;
    issue.stateReason = reason ?? 'completed';
  } else if (input.state === 'open' && issueStateOf(issue) === 'closed') {
    issue.state = 'open';
    issue.closedAt = null;
    issue.stateReason = 'reopened';
  } else if (reason !== undefined) {
    issue.stateReason = reason;
  }
  issue.updatedAt = now;
  return [200, restIssue(world, spec, issue)];
}

function createComment(
  world: RestWorld,
  spec: SimulatedRepositorySpec,
  issue: SimulatedIssue,
  body: unknown,
): [number, unknown] {
  const input = (body ?? {}) as { body?: unknown };
  if (typeof input.body !== 'string' || input.body === '') return missingField('IssueComment', 'body');
  const now = githubDate(world.now().toISOString());
  issue.comments ??= [];
  const comments = issue.comments;
  comments.push({ author: world.viewer, association: 'NONE', createdAt: now, body: input.body });
  issue.updatedAt = now;
  const id = comments.length;
  const example = rehome(openapiExample('issue-comment'), world, fullNameOf(spec));
  const issueUrl = `${world.apiUrl}/repos/${fullNameOf(spec)}/issues/${issue.number}`;
  return [
    201,
    {
      ...example,
      id,
      node_id: nodeId('IC', spec, `${issue.number}/${id - 1}`),
      url: `${world.apiUrl}/repos/${fullNameOf(spec)}/issues/comments/${id}`,
      html_url: `${world.webUrl}/${fullNameOf(spec)}/issues/${issue.number}#issuecomment-${id}`,
      body: input.body,
      user: restUser(world, world.viewer),
      created_at: now,
      updated_at: now,
      issue_url: issueUrl,
      author_association: 'NONE',
    },
  ];
}
