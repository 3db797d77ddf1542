import { firstParentLine } from '../collect/first-parent-line.js';
import { limitText } from '../collect/limit-text.js';
import { scanWindow } from '../collect/scan-window.js';
import { selectFilesToRead } from '../collect/select-files.js';
import type { ProductHealthConfig } from '../config/config.js';
import { DEFAULT_CONFIG } from '../config/default-config.js';
import { documentCandidatePaths } from '../documents/document-candidates.js';
import type { KnownIssue } from '../issue/known-issue.js';
import { isFeedbackResponse } from '../model/feedback-response.js';
import { available, type Part, unavailable } from '../model/part.js';
import type {
  Commit,
  Deployment,
  FileContent,
  Issue,
  RawSnapshot,
  Release,
  Tag,
  TimeWindow,
  WorkflowRun,
} from '../model/raw-snapshot.js';
import { configPattern } from '../signals/config-pattern.js';
import type { CollectRequest, ReadConfigHint, Source } from '../sources/source.js';
import { graphqlErrorsOf, type ReadFailure, readFailure, statusOf } from './classify-error.js';
import type { GitHubClient } from './github-client.js';
import { GraphqlFailures } from './graphql-failures.js';
import {
  nodesOf,
  type RestWorkflowRun,
  toComment,
  toCommit,
  toDeployment,
  toIssue,
  toKnownIssue,
  toRelease,
  toTag,
  toWorkflowRun,
} from './map-nodes.js';
import {
  type BlobNode,
  buildDetailsQuery,
  type DetailsRequest,
  type DetailsResponse,
} from './queries/details-query.js';
import type { CommitNode, DeploymentNode, IssueNode, ReleaseNode, TagNode } from './queries/fragments.js';
import {
  OVERVIEW_QUERY,
  type OverviewContents,
  type OverviewRepository,
  type OverviewResponse,
} from './queries/overview-query.js';
import { WindowPager } from './window-pager.js';

/** Most pages read per connection; past that the part is reported too large. */
export const MAX_PAGES = {
  history: 20,
  releases: 10,
  tags: 10,
  deployments: 20,
  feedback: 100,
  comments: 5,
  workflowRuns: 10,
} as const;
const FILES_PER_REQUEST = 150;
const COMMENT_PAGES_PER_REQUEST = 50;
const MAX_DETAIL_REQUESTS = 150;

const CONFIG_FILES = ['.github/product-health.yml', '.github/product-health.yaml'] as const;

const PERMISSIONS = {
  metadata: 'Metadata: read',
  contents: 'Contents: read',
  deployments: 'Deployments: read',
  actions: 'Actions: read',
  issues: 'Issues: read',
  discussions: 'Discussions: read',
} as const;

export interface GitHubSourceOptions {
  client: GitHubClient;
  owner: string;
  repo: string;
}

/** A source reading GitHub's API; after `collect` it also knows the product-health issues it saw. */
export interface GitHubSource extends Source {
  readonly kind: 'github';
  readonly client: GitHubClient;
  readonly owner: string;
  readonly repo: string;
  /** Issues carrying the product-health label (any state), read by the last `collect`. */
  healthIssues(): Part<KnownIssue[]>;
  /** False when the repository has issues turned off (read by the last `collect`). */
  issuesEnabled(): boolean;
  /** Why the repository could not be read at all (after retries), null when it could. */
  overviewFailure(): ReadFailure | null;
}

/** The repository does not exist or the token cannot see it: nothing can be read at all. */
export class RepositoryAccessError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = 'RepositoryAccessError';
  }
}

interface Overview {
  since: string;
  data: OverviewResponse | null;
  /** Parts the overview could not read, by response path. */
  failures: GraphqlFailures;
  /** The repository could not be read at all (after Octokit's retries). */
  whole: ReadFailure | null;
}

interface TreeResult {
  files: Part<string[]>;
}

export function createGitHubSource(options: GitHubSourceOptions): GitHubSource {
  const { client, owner, repo } = options;
  let overview: Promise<Overview> | null = null;
  let tree: Promise<TreeResult> | null = null;
  let health: Part<KnownIssue[]> = unavailable('not-found', 'the repository has not been read yet');
  let issuesOn = false;
  const whole: ReadFailure | null = null;

  const start = (now: Date, windowDays: number) => {
    overview ??= readOverview(client, owner, repo, scanWindow(now, windowDays).since);
    tree ??= readTree(client, owner, repo);
    return { overview, tree };
  };

  return {
    kind: 'github',
    client,
    owner,
    repo,
    async readConfig(hint?: ReadConfigHint) {
      const started = start(hint?.now ?? new Date(), hint?.windowDays ?? DEFAULT_CONFIG.windowDays);
      const { data } = await started.overview;
      return configFileOf(data?.withContents);
    },
    async collect(request: CollectRequest) {
      const started = start(request.now, request.config.windowDays);
      const collected = await collectSnapshot(
        client,
        owner,
        repo,
        request,
        await started.overview,
        started.tree,
      );
      health = collected.health;
      issuesOn = collected.issuesEnabled;
      return collected.snapshot;
    },
    healthIssues: () => health,
    issuesEnabled: () => issuesOn,
    overviewFailure: () => whole,
  };
}

async function readOverview(
  client: GitHubClient,
  owner: string,
  name: string,
  since: string,
): Promise<Overview> {
  let data: OverviewResponse | null;
  let failures = new GraphqlFailures();
  try {
    data = await client.query<OverviewResponse>(OVERVIEW_QUERY, { owner, name, since });
  } catch (error) {
    const partial = graphqlErrorsOf(error);
    if (!partial) {
      if (statusOf(error) === 401) {
        throw new RepositoryAccessError(
          `GitHub refused the token (HTTP 401): check GITHUB_TOKEN / GH_TOKEN or the app's credentials`,
          401,
        );
      }
      const whole = readFailure(error, 'repository', PERMISSIONS.metadata);
      return { since, data: null, failures: GraphqlFailures.all(whole), whole };
    }
    data = partial.data as OverviewResponse | null;
    failures = GraphqlFailures.of(partial.errors);
  }
  const missing = failures.exactly('repository');
  if (!data?.repository) {
    if (missing && missing.reason !== 'not-found' && missing.reason !== 'no-permission') {
      return { since, data: null, failures: GraphqlFailures.all(missing), whole: missing };
    }
    throw new RepositoryAccessError(
      `GitHub repository ${owner}/${name} was not found, or the token cannot see it${missing ? ` (${missing.detail})` : ''}. ` +
        'Check the name; for a private repository the token or app needs access to it.',
      404,
    );
  }
  return { since, data, failures, whole: null };
}

function configFileOf(contents: OverviewContents | null | undefined): { file: string; text: string } | null {
  const blobs = [contents?.configYml, contents?.configYaml];
  for (const [index, blob] of blobs.entries()) {
    if (blob?.text != null) return { file: CONFIG_FILES[index] as string, text: blob.text };
  }
  return null;
}

async function readTree(client: GitHubClient, owner: string, repo: string): Promise<TreeResult> {
  try {
    const data = await client.read<{ truncated: boolean; tree: Array<{ path?: string; type?: string }> }>(
      'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
      { owner, repo, tree_sha: 'HEAD', recursive: '1' },
    );
    // A truncated listing (over 100,000 entries) still holds the root and most of the tree.
    const paths = data.tree.flatMap((entry) => (entry.type === 'blob' && entry.path ? [entry.path] : []));
    return { files: available(paths.sort()) };
  } catch (error) {
    const failure = readFailure(error, 'file tree', PERMISSIONS.contents);
    return { files: unavailable(failure.reason, failure.detail) };
  }
}

interface Collected {
  snapshot: RawSnapshot;
  health: Part<KnownIssue[]>;
  issuesEnabled: boolean;
}

async function collectSnapshot(
  client: GitHubClient,
  owner: string,
  repo: string,
  { now, config }: CollectRequest,
  overview: Overview,
  treePromise: Promise<TreeResult>,
): Promise<Collected> {
  const window = scanWindow(now, config.windowDays);
  const repository = overview.data?.repository;
  if (!overview.data || !repository) {
    return unreadable(owner, repo, now, window, overview.whole, await treePromise);
  }
  const { withContents, withDeployments, withDiscussions, withIssues } = overview.data;

  const info = {
    name: repository.nameWithOwner,
    defaultBranch: withContents?.defaultBranchRef?.name ?? null,
    url: repository.url,
    archived: repository.isArchived,
  };
  const target = withContents?.defaultBranchRef?.target;
  const head = target && 'oid' in target ? target.oid : null;
  const failed = (...path: string[]) => overview.failures.at(...path);

  const pagers = {
    history: new WindowPager<CommitNode, CommitNode>({
      what: 'commits',
      maxPages: MAX_PAGES.history,
      map: (node) => node,
      dateOf: null,
      since: window.since,
    }),
    releases: new WindowPager<ReleaseNode, Release>({
      what: 'releases',
      maxPages: MAX_PAGES.releases,
      map: toRelease,
      dateOf: (node) => node.createdAt,
      since: window.since,
    }),
    tags: new WindowPager<TagNode, Tag>({
      what: 'tags',
      maxPages: MAX_PAGES.tags,
      map: toTag,
      dateOf: (node) => toTag(node)?.date,
      since: window.since,
    }),
    deployments: new WindowPager<DeploymentNode, Deployment>({
      what: 'deployments',
      maxPages: MAX_PAGES.deployments,
      map: toDeployment,
      dateOf: (node) => node.createdAt,
      since: window.since,
    }),
    feedback: new WindowPager<IssueNode, IssueNode>({
      what: 'feedback issues',
      maxPages: MAX_PAGES.feedback,
      map: (node) => node,
      dateOf: (node) => node.createdAt,
      since: window.since,
    }),
  };

  // The overview read the history from its own guess of the window; a longer configured window
  // reads it again from the start.
  const restartHistory = Date.parse(window.since) < Date.parse(overview.since);
  const history = target && 'history' in target ? target.history : null;
  const historyFailure = failed('withContents', 'defaultBranchRef');
  if (historyFailure) pagers.history.fail(historyFailure);
  else if (!restartHistory) pagers.history.absorb(history);
  absorbOrFail(pagers.releases, withContents?.releases, failed('withContents', 'releases'));
  absorbOrFail(pagers.tags, withContents?.tags, failed('withContents', 'tags'));
  absorbOrFail(pagers.deployments, withDeployments?.deployments, failed('withDeployments', 'deployments'));

  const tree = await treePromise;
  const files: Part<string[]> = repository.isEmpty
    ? unavailable('empty-repository', 'the repository has no commit yet')
    : tree.files;
  const selected = files.available ? selectFilesToRead(files.value, config) : [];
  const candidates = new Set(files.available ? documentCandidatePaths(files.value, config) : []);
  const feedbackLabels = resolveFeedbackLabels(withIssues?.labels, config);
  const issuesEnabled = repository.hasIssuesEnabled;

  // Workflow runs only depend on the deployments: read them alongside when the overview saw them all.
  const readRuns = () => readWorkflowRunsIfNeeded(client, owner, repo, window, pagers.deployments, config);
  const earlyRuns = pagers.deployments.wantsMore ? null : readRuns();
  const details = await readDetails(client, {
    owner,
    name: repo,
    since: window.since,
    head: repository.isEmpty ? null : head,
    files: selected,
    datedFiles: selected.filter((path) => candidates.has(path)),
    feedbackLabels: issuesEnabled && feedbackLabels.length > 0 ? feedbackLabels : null,
    healthLabel: issuesEnabled ? config.issue.label : null,
    restartHistory: restartHistory && head !== null,
    pagers,
    maintainersOnly: config.feedback.responders === 'maintainers',
  });

  const workflowRuns = await (earlyRuns ?? readRuns());

  const commits = historyPart(pagers.history, head, window, repository.isEmpty);
  const snapshot: RawSnapshot = {
    repository: info,
    now: now.toISOString(),
    window,
    files,
    contents: details.contents,
    commits,
    tags: repository.isEmpty ? available([]) : pagers.tags.part(),
    releases: pagers.releases.part(),
    deployments: pagers.deployments.part(),
    workflowRuns,
    issues: issuesEnabled
      ? feedbackLabels.length > 0
        ? details.issues
        : available([])
      : unavailable('disabled', 'issues are turned off on this repository'),
    discussionCategories: discussionsPart(
      repository,
      withDiscussions?.discussionCategories,
      failed('withDiscussions', 'discussionCategories'),
    ),
  };
  return { snapshot, health: details.health, issuesEnabled };
}

function absorbOrFail<N, T>(
  pager: WindowPager<N, T>,
  connection: Parameters<WindowPager<N, T>['absorb']>[0],
  failure: ReadFailure | null,
): void {
  if (failure) pager.fail(failure);
  else pager.absorb(connection);
}

/** The configured feedback labels, spelled as the repository spells them (GitHub matches names exactly). */
function resolveFeedbackLabels(
  labels: { nodes: Array<{ name: string } | null> | null } | null | undefined,
  config: ProductHealthConfig,
): string[] {
  const existing = nodesOf(labels).map((label) => label.name);
  const wanted = new Set(config.feedback.labels.map((label) => label.trim().toLowerCase()));
  const matching = existing.filter((label) => wanted.has(label.trim().toLowerCase()));
  // Only the first 100 labels were listed: when there may be more, ask for the configured spellings too.
  const complete = existing.length < 100;
  return [...new Set(complete ? matching : [...matching, ...config.feedback.labels])];
}

function discussionsPart(
  repository: OverviewRepository,
  categories: { nodes: Array<{ name: string } | null> | null } | null | undefined,
  failure: ReadFailure | null,
): Part<string[]> {
  if (!repository.hasDiscussionsEnabled) return available([]);
  if (failure) return unavailable(failure.reason, failure.detail);
  return available(nodesOf(categories).map((category) => category.name));
}

function historyPart(
  pager: WindowPager<CommitNode, CommitNode>,
  head: string | null,
  window: TimeWindow,
  empty: boolean,
): Part<Commit[]> {
  if (empty) return unavailable('empty-repository', 'the repository has no commit yet');
  const part = pager.part();
  if (!part.available) return part;
  if (!head) return available([]);
  const firstParents = new Map(part.value.map((node) => [node.oid, nodesOf(node.parents)[0]?.oid ?? '']));
  const line = firstParentLine(head, firstParents);
  const from = Date.parse(window.since);
  const until = Date.parse(window.until);
  const commits = part.value
    .map((node) => ({ ...toCommit(node), firstParent: line.has(node.oid) }))
    .filter((commit) => {
      const time = Date.parse(commit.date);
      return time >= from && time <= until;
    });
  return available(commits.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)));
}

interface DetailsInput {
  owner: string;
  name: string;
  since: string;
  head: string | null;
  files: string[];
  datedFiles: string[];
  feedbackLabels: string[] | null;
  healthLabel: string | null;
  restartHistory: boolean;
  pagers: {
    history: WindowPager<CommitNode, CommitNode>;
    releases: WindowPager<ReleaseNode, Release>;
    tags: WindowPager<TagNode, Tag>;
    deployments: WindowPager<DeploymentNode, Deployment>;
    feedback: WindowPager<IssueNode, IssueNode>;
  };
  maintainersOnly: boolean;
}

interface CommentThread {
  issue: Issue;
  id: string;
  cursor: string | null;
  pages: number;
  failure: ReadFailure | null;
}

/**
 * Reads what the overview could not: file texts and dates, feedback issues, the product-health
 * issue, the next pages of the connections the window still covers, and comments past the first
 * page when no response was found in it. One request per round, as many rounds as needed.
 */
async function readDetails(client: GitHubClient, input: DetailsInput) {
  const { pagers } = input;
  const contents: Record<string, Part<FileContent>> = {};
  const dates = new Map<string, string | null>();
  const threads = new Map<string, CommentThread>();
  let health: Part<KnownIssue[]> = input.healthLabel
    ? unavailable('api-fault', 'the product-health issue could not be read')
    : available([]);
  let pendingFiles = [...input.files];
  let pendingDates = [...input.datedFiles];
  let feedback: { after: string | null } | null = input.feedbackLabels ? { after: null } : null;
  let historyAfter: string | null | undefined = input.restartHistory
    ? null
    : (pagers.history.cursor ?? undefined);
  let healthPending = input.healthLabel !== null;

  for (let round = 0; round < MAX_DETAIL_REQUESTS; round++) {
    const files = pendingFiles.slice(0, FILES_PER_REQUEST);
    const datedFiles = pendingDates.slice(0, FILES_PER_REQUEST);
    const continuing = [...threads.values()]
      .filter((thread) => thread.cursor !== null)
      .slice(0, COMMENT_PAGES_PER_REQUEST);
    const request: DetailsRequest = {
      owner: input.owner,
      name: input.name,
      since: input.since,
      head: input.head,
      files,
      datedFiles,
      feedback:
        feedback && input.feedbackLabels ? { labels: input.feedbackLabels, after: feedback.after } : null,
      healthLabel: healthPending ? input.healthLabel : null,
      more: {
        history: historyAfter,
        releases: pagers.releases.cursor ?? undefined,
        tags: pagers.tags.cursor ?? undefined,
        deployments: pagers.deployments.cursor ?? undefined,
      },
      comments: continuing.map((thread) => ({ issueId: thread.id, after: thread.cursor as string })),
    };
    const built = buildDetailsQuery(request);
    if (!built) break;

    let data: DetailsResponse | null = null;
    let failures = new GraphqlFailures();
    try {
      data = await client.query<DetailsResponse>(built.document, built.variables);
    } catch (error) {
      const partial = graphqlErrorsOf(error);
      data = partial ? (partial.data as DetailsResponse | null) : null;
      failures = partial
        ? GraphqlFailures.of(partial.errors)
        : GraphqlFailures.all(readFailure(error, 'repository details', PERMISSIONS.contents));
    }
    const code = data?.withContents ?? null;
    const tracker = data?.withIssues ?? null;

    files.forEach((path, index) => {
      const alias = `file${index}`;
      const failure = failures.at('withContents', alias);
      contents[path] = blobPart(path, code?.[alias] as BlobNode | null | undefined, failure);
    });
    datedFiles.forEach((path, index) => {
      const alias = `date${index}`;
      const history = code?.head?.[alias] as { nodes?: Array<{ committedDate: string } | null> } | undefined;
      const date = history?.nodes?.[0]?.committedDate;
      dates.set(path, date ? new Date(date).toISOString() : null);
    });
    pendingFiles = pendingFiles.slice(files.length);
    pendingDates = pendingDates.slice(datedFiles.length);

    if (request.more.history !== undefined) {
      const failure = failures.at('withContents', 'head', 'history');
      if (failure) pagers.history.fail(failure);
      else pagers.history.absorb(code?.head?.history);
      historyAfter = pagers.history.cursor ?? undefined;
    }
    if (request.more.releases) {
      absorbOrFail(pagers.releases, code?.releases, failures.at('withContents', 'releases'));
    }
    if (request.more.tags) absorbOrFail(pagers.tags, code?.tags, failures.at('withContents', 'tags'));
    if (request.more.deployments) {
      absorbOrFail(
        pagers.deployments,
        data?.withDeployments?.deployments,
        failures.at('withDeployments', 'deployments'),
      );
    }
    if (request.feedback) {
      const failure = failures.at('withIssues', 'feedback');
      if (failure) {
        pagers.feedback.fail(failure);
        feedback = null;
      } else {
        const before = pagers.feedback.items.length;
        pagers.feedback.absorb(tracker?.feedback);
        for (const node of pagers.feedback.items.slice(before))
          openThread(threads, node, input.maintainersOnly);
        feedback = pagers.feedback.cursor ? { after: pagers.feedback.cursor } : null;
      }
    }
    if (healthPending) {
      const failure = failures.at('withIssues', 'health');
      health = failure
        ? unavailable(failure.reason, failure.detail)
        : available(nodesOf(tracker?.health).map(toKnownIssue));
      healthPending = false;
    }
    continuing.forEach((thread, index) => {
      const alias = `comments${index}` as const;
      const failure = failures.at(alias);
      if (failure) {
        thread.failure = failure;
        thread.cursor = null;
        return;
      }
      const page = data?.[alias]?.comments;
      thread.pages += 1;
      thread.issue.comments.push(...nodesOf(page).map(toComment));
      const more = page?.pageInfo.hasNextPage === true && page.pageInfo.endCursor !== null;
      thread.issue.commentsComplete = !more;
      const answered = thread.issue.comments.some((comment) =>
        isFeedbackResponse(comment, thread.issue, input.maintainersOnly),
      );
      thread.cursor =
        more && !answered && thread.pages < MAX_PAGES.comments ? (page?.pageInfo.endCursor ?? null) : null;
    });
  }
  for (const pager of Object.values(pagers)) pager.stop();
  for (const path of pendingFiles) {
    contents[path] = unavailable('too-large', 'more files than one scan reads');
  }
  for (const [path, part] of Object.entries(contents)) {
    if (part.available) part.value.lastChangedAt = dates.get(path) ?? null;
  }

  const feedbackPart = pagers.feedback.part();
  const issues: Part<Issue[]> = feedbackPart.available
    ? available(
        feedbackPart.value
          .filter((node) => !input.healthLabel || !labelsOf(node).includes(input.healthLabel.toLowerCase()))
          .map((node) => threads.get(node.id)?.issue ?? toIssue(node)),
      )
    : feedbackPart;
  return { contents, issues, health };
}

function labelsOf(node: IssueNode): string[] {
  return nodesOf(node.labels).map((label) => label.name.toLowerCase());
}

/** Keeps the mapped issue; its comments continue only when the first page holds no response. */
function openThread(threads: Map<string, CommentThread>, node: IssueNode, maintainersOnly: boolean): void {
  const issue = toIssue(node);
  const answered = issue.comments.some((comment) => isFeedbackResponse(comment, issue, maintainersOnly));
  const cursor = node.comments.pageInfo.hasNextPage && !answered ? node.comments.pageInfo.endCursor : null;
  threads.set(node.id, { issue, id: node.id, cursor, pages: 1, failure: null });
}

function blobPart(
  path: string,
  blob: BlobNode | null | undefined,
  failure: ReadFailure | null,
): Part<FileContent> {
  if (failure) return unavailable(failure.reason, failure.detail);
  if (!blob) return unavailable('not-found', `${path} is not a file on the default branch`);
  if (blob.isBinary) return unavailable('too-large', `${path} is a binary file`);
  if (blob.text === null) return unavailable('too-large', `${path} is too large to be read through the API`);
  const { text, truncated } = limitText(blob.text);
  return available({ text, lastChangedAt: null, truncated: truncated || blob.isTruncated });
}

/**
 * Workflow runs are only read when GitHub deployments do not show a production deployment: they
 * come next in the order of trust.
 */
async function readWorkflowRunsIfNeeded(
  client: GitHubClient,
  owner: string,
  repo: string,
  window: TimeWindow,
  deployments: WindowPager<DeploymentNode, Deployment>,
  config: ProductHealthConfig,
): Promise<Part<WorkflowRun[]>> {
  const part = deployments.part();
  const production = configPattern(config.deployments.productionEnvironment);
  if (part.available && part.value.some((deployment) => production.test(deployment.environment))) {
    return unavailable('not-needed', 'GitHub deployments to production were found');
  }
  const runs: WorkflowRun[] = [];
  try {
    for (let page = 1; page <= MAX_PAGES.workflowRuns; page++) {
      const data = await client.read<{ total_count: number; workflow_runs: RestWorkflowRun[] }>(
        'GET /repos/{owner}/{repo}/actions/runs',
        {
          owner,
          repo,
          status: 'success',
          created: `>=${window.since.slice(0, 10)}`,
          exclude_pull_requests: true,
          per_page: 100,
          page,
        },
      );
      runs.push(...data.workflow_runs.map(toWorkflowRun));
      if (data.workflow_runs.length < 100 || runs.length >= data.total_count) return available(runs);
    }
    return unavailable(
      'too-large',
      `more than ${MAX_PAGES.workflowRuns * 100} successful workflow runs in the window`,
    );
  } catch (error) {
    const failure = readFailure(error, 'workflow runs', PERMISSIONS.actions);
    return unavailable(failure.reason, failure.detail);
  }
}

/** The overview failed as a whole (after retries): every part is unknown, with the reason. */
function unreadable(
  owner: string,
  repo: string,
  now: Date,
  window: TimeWindow,
  failure: ReadFailure | null,
  tree: TreeResult,
): Collected {
  const { reason, detail } = failure ?? { reason: 'api-fault' as const, detail: 'repository: no answer' };
  const missing = <T>() => unavailable<T>(reason, detail);
  return {
    snapshot: {
      repository: { name: `${owner}/${repo}`, defaultBranch: null, url: null, archived: false },
      now: now.toISOString(),
      window,
      files: tree.files,
      contents: {},
      commits: missing(),
      tags: missing(),
      releases: missing(),
      deployments: missing(),
      workflowRuns: missing(),
      issues: missing(),
      discussionCategories: missing(),
    },
    health: missing(),
    issuesEnabled: false,
  };
}
