import { openapiExample } from './openapi-description.js';
import {
  blobOid,
  fileOf,
  fullNameOf,
  githubDate,
  headCommitOf,
  nodeId,
  type SimulatedPullRequest,
  type SimulatedRepositorySpec,
  type SimulatedWrittenBranch,
  sha1,
} from './repository-spec.js';
import { type RestWorld, rehome, restError, restUser } from './rest-routes.js';

/**
 * The writes that propose a document: branches through the git refs API, a file committed on a
 * branch through the contents API, and pull requests. Shapes are GitHub's published examples
 * (`git-ref`, `file-commit`, `pull-request`, `pull-request-simple`) with our values.
 */

type Answer = [number, unknown];

/** The head commit of a branch: the default one, a spec's branch, or one written through the API. */
export function branchHead(spec: SimulatedRepositorySpec, branch: string): string | null {
  const written = spec.writtenBranches?.[branch];
  if (written) return written.sha;
  if (branch === (spec.defaultBranch ?? 'main')) return headCommitOf(spec)?.oid ?? null;
  return spec.branches?.[branch]?.[0]?.oid ?? null;
}

/** A file as a branch holds it: the branch's own writes, else the default branch's files. */
export function branchFile(
  spec: SimulatedRepositorySpec,
  branch: string | null,
  path: string,
): string | null {
  const written = branch ? spec.writtenBranches?.[branch]?.files[path] : undefined;
  if (written !== undefined) return written;
  const file = fileOf(spec, path);
  return file?.text ?? null;
}

function gitRef(world: RestWorld, spec: SimulatedRepositorySpec, branch: string, sha: string): unknown {
  const api = `${world.apiUrl}/repos/${fullNameOf(spec)}`;
  const ref = `refs/heads/${branch}`;
  return {
    ...openapiExample<Record<string, unknown>>('git-ref'),
    ref,
    node_id: nodeId('REF', spec, ref),
    url: `${api}/git/${ref}`,
    object: { type: 'commit', sha, url: `${api}/git/commits/${sha}` },
  };
}

function branchOfRef(ref: string): string | null {
  const match = /^(?:refs\/)?heads\/(.+)$/.exec(ref);
  return match?.[1] ?? null;
}

function knownCommit(spec: SimulatedRepositorySpec, sha: string): boolean {
  if (headCommitOf(spec)?.oid === sha) return true;
  if (Object.values(spec.branches ?? {}).some((line) => line.some((commit) => commit.oid === sha)))
    return true;
  return (spec.commits ?? []).some((commit) => commit.oid === sha);
}

function validation(message: string): Answer {
  return [422, restError(422, message)];
}

/** `GET /repos/{owner}/{repo}/git/ref/{ref}` (`heads/<branch>`). */
export function getRef(world: RestWorld, spec: SimulatedRepositorySpec, ref: string): Answer {
  const branch = branchOfRef(ref);
  const sha = branch ? branchHead(spec, branch) : null;
  return branch && sha ? [200, gitRef(world, spec, branch, sha)] : [404, restError(404)];
}

/** `POST /repos/{owner}/{repo}/git/refs`: a new branch at a known commit. */
export function createRef(world: RestWorld, spec: SimulatedRepositorySpec, body: unknown): Answer {
  const input = (body ?? {}) as { ref?: unknown; sha?: unknown };
  const branch =
    typeof input.ref === 'string' && input.ref.startsWith('refs/') ? branchOfRef(input.ref) : null;
  if (!branch || typeof input.sha !== 'string') return validation('Reference name or sha is invalid');
  if (branchHead(spec, branch)) return validation('Reference already exists');
  if (!knownCommit(spec, input.sha)) return validation('Object does not exist');
  spec.writtenBranches ??= {};
  spec.writtenBranches[branch] = { sha: input.sha, base: input.sha, files: {} };
  return [201, gitRef(world, spec, branch, input.sha)];
}

/** `PATCH /repos/{owner}/{repo}/git/refs/{ref}`: moves a branch; `force` to leave its commits behind. */
export function updateRef(
  world: RestWorld,
  spec: SimulatedRepositorySpec,
  ref: string,
  body: unknown,
): Answer {
  const input = (body ?? {}) as { sha?: unknown; force?: unknown };
  const branch = branchOfRef(ref);
  const written = branch ? spec.writtenBranches?.[branch] : undefined;
  if (!branch || !written) return validation('Reference does not exist');
  if (typeof input.sha !== 'string') return validation('Invalid request.');
  if (input.sha === written.sha) return [200, gitRef(world, spec, branch, written.sha)];
  if (!knownCommit(spec, input.sha)) return validation('Object does not exist');
  // Only the branch's base is an ancestor of it here: anything else loses its commits.
  if (input.force !== true && input.sha !== written.base) return validation('Update is not a fast forward');
  spec.writtenBranches = {
    ...spec.writtenBranches,
    [branch]: { sha: input.sha, base: input.sha, files: {} },
  };
  return [200, gitRef(world, spec, branch, input.sha)];
}

/** `PUT /repos/{owner}/{repo}/contents/{path}`: one commit writing one file on a branch written through the API. */
export function putContents(
  world: RestWorld,
  spec: SimulatedRepositorySpec,
  path: string,
  body: unknown,
): Answer {
  const input = (body ?? {}) as { message?: unknown; content?: unknown; branch?: unknown; sha?: unknown };
  if (typeof input.message !== 'string' || input.message === '')
    return validation('Invalid request.\n\n"message" wasn\'t supplied.');
  if (typeof input.content !== 'string') return validation('Invalid request.\n\n"content" wasn\'t supplied.');
  const branch = typeof input.branch === 'string' ? input.branch : (spec.defaultBranch ?? 'main');
  const written: SimulatedWrittenBranch | undefined = spec.writtenBranches?.[branch];
  if (!written) {
    // The simulated default branch's files are fixed by the spec: writes go to API branches only.
    return branchHead(spec, branch)
      ? [409, restError(409, 'Conflict')]
      : [404, restError(404, `Branch ${branch} not found`)];
  }
  const existing = branchFile(spec, branch, path);
  if (existing !== null && input.sha !== blobOid(existing)) {
    return validation(`Invalid request.\n\n"sha" wasn't supplied.`);
  }
  const text = Buffer.from(input.content, 'base64').toString('utf8');
  const sha = sha1(`${written.sha}:${path}:${text}`);
  written.files[path] = text;
  written.sha = sha;
  const api = `${world.apiUrl}/repos/${fullNameOf(spec)}`;
  const example = rehome(
    openapiExample<{ content: Record<string, unknown>; commit: Record<string, unknown> }>(
      'file-commit-example-for-creating-a-file',
    ),
    world,
    fullNameOf(spec),
  );
  const blob = blobOid(text);
  return [
    existing === null ? 201 : 200,
    {
      content: {
        ...example.content,
        name: path.split('/').pop() ?? path,
        path,
        sha: blob,
        size: Buffer.byteLength(text),
        url: `${api}/contents/${path}?ref=${encodeURIComponent(branch)}`,
        html_url: `${world.webUrl}/${fullNameOf(spec)}/blob/${branch}/${path}`,
        git_url: `${api}/git/blobs/${blob}`,
        download_url: `${world.webUrl}/${fullNameOf(spec)}/raw/${branch}/${path}`,
      },
      commit: {
        ...example.commit,
        sha,
        node_id: nodeId('C', spec, sha),
        url: `${api}/git/commits/${sha}`,
        html_url: `${world.webUrl}/${fullNameOf(spec)}/commit/${sha}`,
        message: input.message,
        parents: [{ url: `${api}/git/commits/${written.base}`, html_url: '', sha: written.base }],
      },
    },
  ];
}

function pullNumberAfter(spec: SimulatedRepositorySpec): number {
  return (
    Math.max(
      0,
      ...(spec.issues ?? []).map((issue) => issue.number ?? 0),
      ...(spec.pullRequests ?? []).map((pull) => pull.number),
    ) + 1
  );
}

function restPull(
  world: RestWorld,
  spec: SimulatedRepositorySpec,
  pull: SimulatedPullRequest,
  example: 'pull-request' | 'pull-request-simple',
): Record<string, unknown> {
  const template = rehome(openapiExample<Record<string, unknown>>(example), world, fullNameOf(spec));
  const api = `${world.apiUrl}/repos/${fullNameOf(spec)}`;
  const html = `${world.webUrl}/${fullNameOf(spec)}/pull/${pull.number}`;
  const side = (branch: string) => ({
    ...(template.head as Record<string, unknown>),
    label: `${spec.owner}:${branch}`,
    ref: branch,
    sha: branchHead(spec, branch) ?? '0'.repeat(40),
    user: restUser(world, spec.owner),
  });
  const closed = pull.state === 'closed';
  const updated = githubDate(pull.updatedAt ?? pull.createdAt);
  return {
    ...template,
    id: 200_000 + pull.number,
    node_id: nodeId('PR', spec, String(pull.number)),
    url: `${api}/pulls/${pull.number}`,
    html_url: html,
    issue_url: `${api}/issues/${pull.number}`,
    number: pull.number,
    state: pull.state,
    title: pull.title,
    body: pull.body,
    user: restUser(world, pull.author ?? world.viewer),
    labels: [],
    // Nobody is asked to review or assigned: the proposals are the team's to pick up.
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    milestone: null,
    created_at: githubDate(pull.createdAt),
    updated_at: updated,
    closed_at: closed ? updated : null,
    merged_at: pull.merged ? updated : null,
    head: side(pull.head),
    base: side(pull.base),
    ...(example === 'pull-request' ? { merged: pull.merged === true, mergeable: null, draft: false } : {}),
  };
}

/** `GET /repos/{owner}/{repo}/pulls`: `state` (open by default), `head` (`owner:branch`), newest first. */
export function listPulls(world: RestWorld, spec: SimulatedRepositorySpec, query: URLSearchParams): Answer {
  const state = query.get('state') ?? 'open';
  const head = query.get('head');
  const perPage = Math.min(Math.max(Number(query.get('per_page') ?? 30) || 30, 1), 100);
  const page = Math.max(Number(query.get('page') ?? 1) || 1, 1);
  const pulls = (spec.pullRequests ?? [])
    .filter((pull) => state === 'all' || pull.state === state)
    .filter((pull) => {
      if (!head) return true;
      const [owner, branch] = head.includes(':') ? head.split(/:(.*)/s) : [spec.owner, head];
      return owner?.toLowerCase() === spec.owner.toLowerCase() && branch === pull.head;
    })
    .sort((a, b) => b.number - a.number);
  return [
    200,
    pulls
      .slice((page - 1) * perPage, page * perPage)
      .map((pull) => restPull(world, spec, pull, 'pull-request-simple')),
  ];
}

/** `POST /repos/{owner}/{repo}/pulls`: one open pull request per head and base. */
export function createPull(world: RestWorld, spec: SimulatedRepositorySpec, body: unknown): Answer {
  const input = (body ?? {}) as { title?: unknown; head?: unknown; base?: unknown; body?: unknown };
  if (typeof input.title !== 'string' || input.title === '') return validation('Validation Failed');
  if (typeof input.head !== 'string' || typeof input.base !== 'string')
    return validation('Validation Failed');
  const head = input.head.includes(':') ? (input.head.split(/:(.*)/s)[1] ?? '') : input.head;
  if (!branchHead(spec, head)) return validation(`head: ${input.head} is not a branch`);
  if (!branchHead(spec, input.base)) return validation(`base: ${input.base} is not a branch`);
  if (
    (spec.pullRequests ?? []).some(
      (pull) => pull.state === 'open' && pull.head === head && pull.base === input.base,
    )
  ) {
    return validation(`A pull request already exists for ${spec.owner}:${head}.`);
  }
  const now = githubDate(world.now().toISOString());
  const pull: SimulatedPullRequest = {
    number: pullNumberAfter(spec),
    title: input.title,
    body: typeof input.body === 'string' ? input.body : null,
    head,
    base: input.base,
    state: 'open',
    author: world.viewer,
    createdAt: now,
    updatedAt: now,
  };
  spec.pullRequests ??= [];
  spec.pullRequests.push(pull);
  return [201, restPull(world, spec, pull, 'pull-request')];
}

/** `PATCH /repos/{owner}/{repo}/pulls/{pull_number}`: title, body, state (a merged one stays closed). */
export function updatePull(
  world: RestWorld,
  spec: SimulatedRepositorySpec,
  number: string,
  body: unknown,
): Answer {
  const pull = (spec.pullRequests ?? []).find((candidate) => String(candidate.number) === number);
  if (!pull) return [404, restError(404)];
  const input = (body ?? {}) as { title?: unknown; body?: unknown; state?: unknown };
  if (typeof input.title === 'string') pull.title = input.title;
  if (typeof input.body === 'string' || input.body === null) pull.body = input.body;
  if ((input.state === 'open' || input.state === 'closed') && !pull.merged) pull.state = input.state;
  pull.updatedAt = githubDate(world.now().toISOString());
  return [200, restPull(world, spec, pull, 'pull-request')];
}
