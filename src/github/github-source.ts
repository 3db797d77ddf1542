import { firstParentLine } from '../collect/first-parent-line.js';
import { findProductionTarget } from '../collect/production-target.js';
import { scanWindow } from '../collect/scan-window.js';
import { selectFilesToRead } from '../collect/select-files.js';
import type { ProductHealthConfig } from '../config/config.js';
import { DEFAULT_CONFIG } from '../config/default-config.js';
import { documentCandidatePaths } from '../documents/document-candidates.js';
import type { KnownIssue } from '../model/known-issue.js';
import { available, type Part, unavailable } from '../model/part.js';
import type { Commit, FileContent, RawSnapshot, TimeWindow } from '../model/raw-snapshot.js';
import {
  identifyProductRecord,
  type ProductRecordSource,
  recordPath,
} from '../product-record/product-record-source.js';
import type { CollectRequest, ReadConfigHint, Source } from '../sources/source.js';
import { type ReadFailure, readFailure } from './classify-error.js';
import type { GitHubClient } from './github-client.js';
import { PERMISSIONS } from './github-permissions.js';
import type { RecordRequest } from './product-record-part.js';
import { readDetails } from './read-details.js';
import { readLabelledIssues } from './read-labelled-issues.js';
import { configFileOf, type Overview, readOverview } from './read-overview.js';
import { readProductionBranch } from './read-production-branch.js';
import { readTree, type TreeResult } from './read-tree.js';
import { readWorkflowRunsIfNeeded } from './read-workflow-runs.js';
import { createScanPagers } from './scan-pagers.js';

export { RepositoryAccessError } from './read-overview.js';

import { nodesOf, toCommit } from './map-nodes.js';
import type { CommitNode } from './queries/fragments.js';
import type { OverviewRepository } from './queries/overview-query.js';
import type { WindowPager } from './window-pager.js';

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

export function createGitHubSource(options: GitHubSourceOptions): GitHubSource {
  const { client, owner, repo } = options;
  let overview: Promise<Overview> | null = null;
  let tree: Promise<TreeResult> | null = null;
  let health: Part<KnownIssue[]> = unavailable('not-found', 'the repository has not been read yet');
  let issuesOn = false;
  let whole: ReadFailure | null = null;

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
      return configFileOf(data, owner);
    },
    async collect(request: CollectRequest) {
      const started = start(request.now, request.config.windowDays);
      const overviewRead = await started.overview;
      whole = overviewRead.whole;
      const collected = await collectSnapshot(client, owner, repo, request, overviewRead, started.tree);
      health = collected.health;
      issuesOn = collected.issuesEnabled;
      return collected.snapshot;
    },
    healthIssues: () => health,
    issuesEnabled: () => issuesOn,
    overviewFailure: () => whole,
  };
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
    return unreadable(owner, repo, now, window, overview.whole, await treePromise, config);
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

  const pagers = createScanPagers(window.since);

  // The overview read the history from its own guess of the window; a longer configured window
  // reads it again from the start.
  const restartHistory = Date.parse(window.since) < Date.parse(overview.since);
  const history = target && 'history' in target ? target.history : null;
  const historyFailure = failed('withContents', 'defaultBranchRef');
  if (historyFailure) pagers.history.fail(historyFailure);
  else if (!restartHistory) pagers.history.absorb(history);
  pagers.releases.absorbOrFail(withContents?.releases, failed('withContents', 'releases'));
  pagers.tags.absorbOrFail(withContents?.tags, failed('withContents', 'tags'));
  pagers.deployments.absorbOrFail(withDeployments?.deployments, failed('withDeployments', 'deployments'));

  const tree = await treePromise;
  const files: Part<string[]> = repository.isEmpty
    ? unavailable('empty-repository', 'the repository has no commit yet')
    : tree.files;
  const selected = files.available ? selectFilesToRead(files.value, config) : [];
  const candidates = new Set(files.available ? documentCandidatePaths(files.value, config) : []);
  const feedbackLabels = resolveFeedbackLabels(withIssues?.labels, config);
  const labelsFailure = failed('withIssues', 'labels');
  const issuesEnabled = repository.hasIssuesEnabled;

  // Workflow runs only depend on the deployments: read them alongside when the overview saw them all.
  const readRuns = () => readWorkflowRunsIfNeeded(client, owner, repo, window, pagers.deployments, config);
  const earlyRuns = pagers.deployments.wantsMore ? null : readRuns();
  const record = recordRequest(config, withContents?.readme?.text ?? null);
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
    record,
  });

  // One more read only when the repository's own words name another branch for production.
  const production = files.available
    ? findProductionTarget(files.value, details.contents, config, info.defaultBranch)
    : null;
  const productionBranch =
    production?.kind === 'branch' && production.branch !== info.defaultBranch && !repository.isEmpty
      ? readProductionBranch(client, owner, repo, production.branch, window)
      : null;
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
    ...(productionBranch ? { productionBranch: await productionBranch } : {}),
    releases: pagers.releases.part(),
    deployments: pagers.deployments.part(),
    workflowRuns,
    issues: !issuesEnabled
      ? unavailable('disabled', 'issues are turned off on this repository')
      : labelsFailure
        ? // Unreadable labels are not "no feedback label": which issues are feedback is unknown.
          unavailable(labelsFailure.reason, labelsFailure.detail)
        : feedbackLabels.length > 0
          ? details.issues
          : available([]),
    discussionCategories: discussionsPart(
      repository,
      withDiscussions?.discussionCategories,
      failed('withDiscussions', 'discussionCategories'),
    ),
  };
  const health = await withLaterHealthIssues(client, owner, repo, config, details);
  const productRecord = details.record ?? linkedRecord(config, details.contents);
  if (productRecord) snapshot.productRecord = productRecord;
  return { snapshot, health, issuesEnabled };
}

/** The labelled issues past the details query's first page, so that the marked one is found among all. */
async function withLaterHealthIssues(
  client: GitHubClient,
  owner: string,
  repo: string,
  config: ProductHealthConfig,
  details: { health: Part<KnownIssue[]>; healthAfter: string | null },
): Promise<Part<KnownIssue[]>> {
  const { health, healthAfter } = details;
  if (!health.available || healthAfter === null) return health;
  try {
    const later = await readLabelledIssues(client, {
      owner,
      repo,
      label: config.issue.label,
      after: healthAfter,
    });
    if (later === null)
      return unavailable('not-found', 'the issues carrying the product-health label: not found');
    return available([...health.value, ...later.issues]);
  } catch (error) {
    const failure = readFailure(error, 'the issues carrying the product-health label', PERMISSIONS.issues);
    return unavailable(failure.reason, failure.detail);
  }
}

/** The record to read alongside the details: named by the config or by the README the overview read. */
function recordRequest(config: ProductHealthConfig, readme: string | null): RecordRequest | null {
  const identity = identifyProductRecord(config.product.betagouv, readme);
  if (identity === null) return null;
  const [owner = '', name = ''] = config.product.betagouvRepository.split('/');
  return { identity, owner, name, path: recordPath(identity.id) };
}

/**
 * A README named otherwise than `README.md` (read only with the details) may still link the
 * record: it is then linked, not verified, rather than read with a request of its own.
 */
function linkedRecord(
  config: ProductHealthConfig,
  contents: Record<string, Part<FileContent>>,
): ProductRecordSource | null {
  const readme = Object.entries(contents).find(([path]) => /^readme(\.[a-z]+)?$/i.test(path))?.[1];
  const identity = identifyProductRecord(null, readme?.available ? readme.value.text : null);
  return identity && config.product.betagouv === null ? { ...identity, status: 'linked' } : null;
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

/** The overview failed as a whole (after retries): every part is unknown, with the reason. */
function unreadable(
  owner: string,
  repo: string,
  now: Date,
  window: TimeWindow,
  failure: ReadFailure | null,
  tree: TreeResult,
  config: ProductHealthConfig,
): Collected {
  const { reason, detail } = failure ?? { reason: 'api-fault' as const, detail: 'repository: no answer' };
  const missing = <T>() => unavailable<T>(reason, detail);
  // The tree may have been read, but not a file's content: the documents are unknown, not absent.
  const selected = tree.files.available ? selectFilesToRead(tree.files.value, config) : [];
  return {
    snapshot: {
      repository: { name: `${owner}/${repo}`, defaultBranch: null, url: null, archived: false },
      now: now.toISOString(),
      window,
      files: tree.files,
      contents: Object.fromEntries(selected.map((path) => [path, missing<FileContent>()])),
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
