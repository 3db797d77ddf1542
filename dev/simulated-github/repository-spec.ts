import { createHash } from 'node:crypto';

/**
 * The declarative description of one repository a `SimulatedGitHub` serves. Everything is optional but
 * the name; dates are ISO strings (a bare `YYYY-MM-DD` is midnight UTC). The fake keeps a deep copy
 * of it (the "live spec", `SimulatedGitHub.repository()`), which REST writes mutate.
 */
export interface SimulatedRepositorySpec {
  owner: string;
  name: string;
  /** The REST `id` (installation listings); derived from the full name when absent. */
  id?: number;
  /** `main` unless told. */
  defaultBranch?: string;
  archived?: boolean;
  /** A fork of another repository; false unless told. */
  fork?: boolean;
  /** Repository topics, as GitHub lists them (lowercase). */
  topics?: string[];
  private?: boolean;
  description?: string | null;
  /** No commit at all: no default branch, no files, `git/trees` answers 409. */
  empty?: boolean;
  /** True unless told; false makes issue writes answer 410. */
  issuesEnabled?: boolean;
  /** False unless told. */
  discussionsEnabled?: boolean;
  /** When discussions are enabled; GitHub's six default categories unless told. */
  discussionCategories?: string[];
  /** The repository's labels; labels carried by issues are added (same spelling) when missing. */
  labels?: string[];
  /** Files at HEAD by path (the same files at every commit: contents are not versioned). */
  files?: Record<string, SimulatedFile>;
  /**
   * Any order: sorted newest first. Without `parents` each commit's parent is the next older one (a
   * straight line). A repository that is not empty but lists no commit gets one dated 2020-01-01.
   */
  commits?: SimulatedCommit[];
  /**
   * Branches other than the default one, each its own line of commits (any order: sorted newest
   * first, each commit's parent the next older one unless `parents` says otherwise).
   */
  branches?: Record<string, SimulatedCommit[]>;
  releases?: SimulatedRelease[];
  tags?: SimulatedTag[];
  deployments?: SimulatedDeployment[];
  issues?: SimulatedIssue[];
  workflowRuns?: SimulatedWorkflowRun[];
  faults?: SimulatedFaults;
  /** Pull requests, opened by the spec or through `POST …/pulls`; they share the issues' numbers. */
  pullRequests?: SimulatedPullRequest[];
  /**
   * Branches written through the git and contents APIs (`POST …/git/refs`, `PUT …/contents/{path}`):
   * each one's head commit, the commit it started from, and the files its own commits wrote.
   */
  writtenBranches?: Record<string, SimulatedWrittenBranch>;
  /**
   * The product's beta.gouv.fr record: the simulated GitHub then also serves `betagouv/beta.gouv.fr`
   * (unless a spec of it is given) with `content/_startups/<id>.md` holding `text`.
   */
  betagouvRecord?: { id: string; text: SimulatedFile };
}

export interface SimulatedPullRequest {
  number: number;
  title: string;
  body: string | null;
  /** The branch proposed (in this repository). */
  head: string;
  base: string;
  state: 'open' | 'closed';
  /** Closed by a merge. */
  merged?: boolean;
  /** Login of who opened it; the viewer for pull requests opened through the API. */
  author?: string;
  createdAt: string;
  updatedAt?: string;
}

export interface SimulatedWrittenBranch {
  sha: string;
  /** The commit the branch started from (or was last reset to). */
  base: string;
  /** Files written by the branch's own commits, by path. */
  files: Record<string, string>;
}

/** A text file, or `{ binary: true }`, or a file with a given `size` (bytes) or `truncated` flag. */
export type SimulatedFile = string | { text?: string; binary?: boolean; size?: number; truncated?: boolean };

export interface SimulatedCommit {
  /** 40 hex digits; derived when absent. */
  oid?: string;
  /** Committed date. */
  date: string;
  /** Defaults to `date`. */
  authoredDate?: string;
  message?: string;
  authorName?: string;
  authorEmail?: string;
  /** The GitHub account matching the author's email; null or absent: none. */
  login?: string | null;
  /** Paths the commit touched: `history(path:)` keeps the commits touching the path (or a file under it). */
  paths?: string[];
  /** Parent oids; the next older commit when absent. */
  parents?: string[];
}

export interface SimulatedRelease {
  tagName: string;
  /** Null unless told (a release created without a title). */
  name?: string | null;
  createdAt: string;
  /** `createdAt` unless told; null for a draft. */
  publishedAt?: string | null;
  prerelease?: boolean;
  draft?: boolean;
}

export interface SimulatedTag {
  name: string;
  /** The tagged commit's date; for an annotated tag also the tagger's date. */
  date: string;
  /** An annotated tag: the ref points to a Tag object (`tagger { date }`) whose target is the commit. */
  annotated?: boolean;
  /** The tagged commit's oid when it is one of `commits`; else a commit of its own dated `date`. */
  commit?: string;
}

export interface SimulatedDeployment {
  environment: string;
  createdAt: string;
  /** State of the latest status (`success`, `failure`, … any case); null: no status yet. Default `success`. */
  state?: string | null;
  /** Date of the latest status; defaults to `createdAt`. */
  statusAt?: string;
}

export interface SimulatedIssue {
  /** Assigned in creation order after the highest given number when absent. */
  number?: number;
  title: string;
  body?: string;
  /** Login; `octocat` when absent, null for a deleted account (ghost). A `[bot]` suffix makes a bot. */
  author?: string | null;
  authorIsBot?: boolean;
  createdAt: string;
  /** Defaults to the latest of createdAt, closedAt and the comments' dates. */
  updatedAt?: string;
  closedAt?: string | null;
  /** `closed` when `closedAt` is set, else `open`. */
  state?: 'open' | 'closed';
  /** REST spelling (`completed`, `not_planned`, `reopened`); `completed` for a closed issue when absent. */
  stateReason?: string | null;
  labels?: string[];
  comments?: SimulatedComment[];
}

export interface SimulatedComment {
  /** Login, or null for a deleted account. A `[bot]` suffix makes a bot. */
  author: string | null;
  isBot?: boolean;
  /** `OWNER`, `MEMBER`, `COLLABORATOR`, `CONTRIBUTOR`, `NONE`, … any case; `NONE` when absent. */
  association?: string;
  createdAt: string;
  body?: string;
}

export interface SimulatedWorkflowRun {
  id?: number;
  name: string;
  /** `.github/workflows/<name>.yml` when absent. */
  path?: string;
  /** `push` when absent. */
  event?: string;
  /** `success` when absent; null: the run is still going (`status` then defaults to `in_progress`). */
  conclusion?: string | null;
  /** `completed` when there is a conclusion, else `in_progress`. */
  status?: string;
  /** The default branch when absent. */
  headBranch?: string;
  createdAt: string;
}

/**
 * A GraphQL field error: a type (`FORBIDDEN`, `NOT_FOUND`, `INSUFFICIENT_SCOPES`, …) with GitHub's
 * message for it, or a type and a message of your own.
 */
export type SimulatedGraphqlFault = string | { type: string; message?: string };

/** A REST failure: the status (GitHub's message for it), or a status, a message and how many times. */
export type SimulatedRestFault = number | { status: number; message?: string; times?: number };

export interface SimulatedFaults {
  /**
   * Field errors by response path without list indices, with aliases (`repository.tags`) or the
   * field's own name for the last step (`repository.refs`): `{ 'withDeployments.deployments': 'FORBIDDEN' }`.
   * The field answers null and the error carries `type` and `path`; a non-null field's null spreads
   * to its parent as GraphQL (and GitHub) does.
   */
  graphql?: Record<string, SimulatedGraphqlFault>;
  /**
   * Whole-request failures: the Nth GraphQL request (1-based) that reads this repository (through
   * `repository(...)` or `node(...)`) answers this HTTP status instead, e.g. `{ 2: 502 }`.
   */
  graphqlRequests?: Record<number, number>;
  /** REST failures by Octokit route, e.g. `{ 'GET /repos/{owner}/{repo}/actions/runs': 403 }`. */
  rest?: Record<string, SimulatedRestFault>;
}

/** GitHub's spelling of a date: second precision, `Z`. */
export function githubDate(value: string): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new Error(`SimulatedGitHub: not a date: ${JSON.stringify(value)}`);
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** Git's object id for a blob holding `text`. */
export function blobOid(text: string): string {
  return sha1(`blob ${Buffer.byteLength(text)}\0${text}`);
}

export function fullNameOf(spec: SimulatedRepositorySpec): string {
  return `${spec.owner}/${spec.name}`;
}

/** The repository's REST id: the spec's, else a stable number derived from its full name. */
export function repositoryId(spec: SimulatedRepositorySpec): number {
  return (
    spec.id ??
    100_000_000 + (Number.parseInt(sha1(fullNameOf(spec).toLowerCase()).slice(0, 7), 16) % 900_000_000)
  );
}

export function isEmptyRepository(spec: SimulatedRepositorySpec): boolean {
  return spec.empty === true;
}

/** The spec's commits (sorted newest first by `normalizeSpec`). */
export function commitsOf(spec: SimulatedRepositorySpec): SimulatedCommit[] {
  return isEmptyRepository(spec) ? [] : (spec.commits ?? []);
}

export function headCommitOf(spec: SimulatedRepositorySpec): SimulatedCommit | null {
  return commitsOf(spec)[0] ?? null;
}

export function issuesEnabled(spec: SimulatedRepositorySpec): boolean {
  return spec.issuesEnabled !== false;
}

export function issueStateOf(issue: SimulatedIssue): 'open' | 'closed' {
  return issue.state ?? (issue.closedAt ? 'closed' : 'open');
}

export function issueUpdatedAt(issue: SimulatedIssue): string {
  if (issue.updatedAt) return githubDate(issue.updatedAt);
  const dates = [issue.createdAt, issue.closedAt, ...(issue.comments ?? []).map((c) => c.createdAt)];
  return githubDate(
    new Date(Math.max(...dates.flatMap((date) => (date ? [Date.parse(date)] : [])))).toISOString(),
  );
}

export function isBotLogin(login: string, flagged: boolean | undefined): boolean {
  return flagged === true || login.endsWith('[bot]');
}

/** The repository's label spelled as the repository spells it, added when missing. */
export function ensureLabel(spec: SimulatedRepositorySpec, name: string): string {
  spec.labels ??= [];
  const existing = spec.labels.find((label) => label.toLowerCase() === name.toLowerCase());
  if (existing !== undefined) return existing;
  spec.labels.push(name);
  return name;
}

const commitIndexes = new WeakMap<SimulatedRepositorySpec, Map<string, SimulatedCommit>>();

/** Commits by oid (commits never change after `normalizeSpec`). */
export function commitIndex(spec: SimulatedRepositorySpec): Map<string, SimulatedCommit> {
  let index = commitIndexes.get(spec);
  if (!index) {
    const branchCommits = isEmptyRepository(spec) ? [] : Object.values(spec.branches ?? {}).flat();
    index = new Map([...commitsOf(spec), ...branchCommits].map((commit) => [commit.oid as string, commit]));
    commitIndexes.set(spec, index);
  }
  return index;
}

/** A deep copy with the derived parts filled in: sorted commits with oids and parents, issue numbers, labels. */
export function normalizeSpec(input: SimulatedRepositorySpec): SimulatedRepositorySpec {
  const spec = structuredClone(input);
  spec.defaultBranch ??= 'main';
  if (!isEmptyRepository(spec)) {
    const given = spec.commits ?? [];
    const commits: SimulatedCommit[] =
      given.length > 0
        ? given
        : [{ date: '2020-01-01T00:00:00Z', message: 'Initial commit', paths: Object.keys(spec.files ?? {}) }];
    const sorted = commits
      .map((commit, index) => ({ commit, index, time: Date.parse(githubDate(commit.date)) }))
      .sort((a, b) => b.time - a.time || a.index - b.index)
      .map(({ commit }) => commit);
    sorted.forEach((commit, index) => {
      commit.oid ??= sha1(`commit\0${fullNameOf(spec)}\0${commit.date}\0${commit.message ?? ''}\0${index}`);
    });
    sorted.forEach((commit, index) => {
      const next = sorted[index + 1];
      commit.parents ??= next ? [next.oid as string] : [];
    });
    spec.commits = sorted;
    for (const [branch, line] of Object.entries(spec.branches ?? {})) {
      const ordered = [...line].sort(
        (a, b) => Date.parse(githubDate(b.date)) - Date.parse(githubDate(a.date)),
      );
      ordered.forEach((commit, index) => {
        commit.oid ??= sha1(
          `commit\0${fullNameOf(spec)}\0${branch}\0${commit.date}\0${commit.message ?? ''}\0${index}`,
        );
      });
      ordered.forEach((commit, index) => {
        const next = ordered[index + 1];
        commit.parents ??= next ? [next.oid as string] : [];
      });
      (spec.branches as Record<string, SimulatedCommit[]>)[branch] = ordered;
    }
  }
  spec.labels ??= [];
  spec.issues ??= [];
  const issues = spec.issues;
  let highest = Math.max(0, ...issues.map((issue) => issue.number ?? 0));
  const unnumbered = issues
    .filter((issue) => issue.number === undefined)
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  for (const issue of unnumbered) issue.number = ++highest;
  for (const issue of issues) issue.labels = (issue.labels ?? []).map((label) => ensureLabel(spec, label));
  return spec;
}

/** Opaque node ids: a kind prefix (`R`, `I`, `C`, …) and the object's key in its repository. */
export function nodeId(kind: string, spec: SimulatedRepositorySpec, key: string): string {
  return `${kind}_${Buffer.from(`${fullNameOf(spec)}:${key}`).toString('base64url')}`;
}

export function parseNodeId(id: string): { kind: string; fullName: string; key: string } | null {
  const match = /^([A-Z]+)_([A-Za-z0-9_-]+)$/.exec(id);
  if (!match) return null;
  const decoded = Buffer.from(match[2] as string, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  return { kind: match[1] as string, fullName: decoded.slice(0, colon), key: decoded.slice(colon + 1) };
}

export function findSpec(
  specs: readonly SimulatedRepositorySpec[],
  owner: string,
  name: string,
): SimulatedRepositorySpec | undefined {
  const wanted = `${owner}/${name}`.toLowerCase();
  return specs.find((spec) => fullNameOf(spec).toLowerCase() === wanted);
}

/** The commit a revision names: HEAD, the default branch, a tag, or an oid (or a unique prefix of 4+). */
export function resolveRevision(spec: SimulatedRepositorySpec, revision: string): SimulatedCommit | null {
  const head = headCommitOf(spec);
  if (!head) return null;
  const branch = spec.defaultBranch ?? 'main';
  if (revision === 'HEAD' || revision === branch || revision === `refs/heads/${branch}`) return head;
  const tag = (spec.tags ?? []).find((t) => t.name === revision || `refs/tags/${t.name}` === revision);
  if (tag) return tagCommitOf(spec, tag);
  if (/^[0-9a-f]{4,40}$/i.test(revision)) {
    const matches = commitsOf(spec).filter((commit) => commit.oid?.startsWith(revision.toLowerCase()));
    if (matches.length === 1) return matches[0] as SimulatedCommit;
  }
  return null;
}

/** The commit a tag points to: one of the spec's commits, or a commit of its own dated like the tag. */
export function tagCommitOf(spec: SimulatedRepositorySpec, tag: SimulatedTag): SimulatedCommit {
  const known = tag.commit ? commitIndex(spec).get(tag.commit) : undefined;
  return (
    known ?? {
      oid: sha1(`tagged-commit\0${fullNameOf(spec)}\0${tag.name}`),
      date: tag.date,
      message: `Release ${tag.name}`,
      parents: [],
      paths: [],
    }
  );
}

/** The files at HEAD, as path → { text, binary, size, truncated }. */
export function fileOf(
  spec: SimulatedRepositorySpec,
  path: string,
): { text: string | null; byteSize: number; isBinary: boolean; isTruncated: boolean; oid: string } | null {
  if (isEmptyRepository(spec)) return null;
  const file = spec.files?.[path];
  if (file === undefined) return null;
  const described = typeof file === 'string' ? { text: file } : file;
  const binary = described.binary === true;
  const text = binary ? null : (described.text ?? '');
  return {
    text,
    byteSize: described.size ?? (text === null ? 0 : Buffer.byteLength(text)),
    isBinary: binary,
    isTruncated: described.truncated === true,
    oid: text === null ? sha1(`binary\0${path}\0${described.size ?? 0}`) : blobOid(text),
  };
}

/** Every directory holding a file, without the root (`''`). */
export function directoriesOf(spec: SimulatedRepositorySpec): string[] {
  if (isEmptyRepository(spec)) return [];
  const directories = new Set<string>();
  for (const path of Object.keys(spec.files ?? {})) {
    const parts = path.split('/');
    for (let end = 1; end < parts.length; end++) directories.add(parts.slice(0, end).join('/'));
  }
  return [...directories];
}

/** A tree's oid, derived from the paths and blob oids below it. */
export function treeOid(spec: SimulatedRepositorySpec, directory: string): string {
  const prefix = directory === '' ? '' : `${directory}/`;
  const below = Object.keys(spec.files ?? {})
    .filter((path) => path.startsWith(prefix))
    .sort()
    .map((path) => `${path}\0${fileOf(spec, path)?.oid ?? ''}`);
  return sha1(`tree\0${directory}\0${below.join('\n')}`);
}
