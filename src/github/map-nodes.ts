import { isBotAuthor, isBotLogin } from '../model/bots.js';
import type { KnownIssue } from '../model/known-issue.js';
import type {
  Actor,
  AuthorAssociation,
  Commit,
  Deployment,
  DeploymentState,
  Issue,
  IssueComment,
  Release,
  Tag,
  WorkflowRun,
} from '../model/raw-snapshot.js';
import type { HealthIssueNode } from './queries/details-query.js';
import type {
  ActorNode,
  CommentNode,
  CommitNode,
  DeploymentNode,
  IssueNode,
  ReleaseNode,
  TagNode,
} from './queries/fragments.js';

const DEPLOYMENT_STATES: ReadonlySet<string> = new Set<DeploymentState>([
  'success',
  'failure',
  'error',
  'inactive',
  'pending',
  'in_progress',
  'queued',
  'waiting',
  'destroyed',
  'abandoned',
  'active',
]);

const ASSOCIATIONS: ReadonlySet<string> = new Set<AuthorAssociation>([
  'OWNER',
  'MEMBER',
  'COLLABORATOR',
  'CONTRIBUTOR',
  'FIRST_TIME_CONTRIBUTOR',
  'FIRST_TIMER',
  'MANNEQUIN',
  'NONE',
]);

/** The non-null nodes of a connection page. */
export function nodesOf<T>(connection: { nodes: Array<T | null> | null } | null | undefined): T[] {
  return (connection?.nodes ?? []).filter((node): node is T => node !== null);
}

export function toActor(node: ActorNode | null): Actor | null {
  if (!node) return null;
  return { login: node.login, isBot: node.__typename === 'Bot' || isBotLogin(node.login) };
}

/** A commit of the default branch; `firstParent` is settled once the whole history is known. */
export function toCommit(node: CommitNode): Commit {
  const name = node.author?.name ?? '';
  const email = node.author?.email || null;
  const login = node.author?.user?.login ?? null;
  return {
    sha: node.oid,
    author: { name, email, login, isBot: isBotAuthor(name, email, login) || isBotLogin(login) },
    date: new Date(node.authoredDate).toISOString(),
    ...(node.committedDate ? { committedAt: new Date(node.committedDate).toISOString() } : {}),
    firstParent: false,
  };
}

/** Drafts are not releases (they are only visible with push access anyway): null. */
export function toRelease(node: ReleaseNode): Release | null {
  if (node.isDraft) return null;
  return {
    name: node.name ?? node.tagName,
    tagName: node.tagName,
    date: new Date(node.publishedAt ?? node.createdAt).toISOString(),
    prerelease: node.isPrerelease,
  };
}

/** Annotated tags are dated by their tagger, lightweight ones by their commit. */
export function toTag(node: TagNode): Tag | null {
  const target = node.target;
  let date: string | null | undefined = null;
  if (target && 'committedDate' in target) date = target.committedDate;
  else if (target && target.__typename === 'Tag' && 'tagger' in target) {
    date = target.tagger?.date ?? target.target?.committedDate;
  }
  if (!date || Number.isNaN(Date.parse(date))) return null;
  return { name: node.name, date: new Date(date).toISOString() };
}

export function toDeployment(node: DeploymentNode): Deployment {
  const state = node.latestStatus?.state.toLowerCase() ?? null;
  return {
    environment: node.environment ?? '',
    date: new Date(node.createdAt).toISOString(),
    state: state !== null && DEPLOYMENT_STATES.has(state) ? (state as DeploymentState) : null,
  };
}

export function toComment(node: CommentNode): IssueComment {
  return {
    author: toActor(node.author),
    authorAssociation: ASSOCIATIONS.has(node.authorAssociation)
      ? (node.authorAssociation as AuthorAssociation)
      : 'NONE',
    createdAt: new Date(node.createdAt).toISOString(),
  };
}

export function toIssue(node: IssueNode): Issue {
  return {
    number: node.number,
    title: node.title,
    url: node.url,
    author: toActor(node.author),
    state: node.state === 'OPEN' ? 'open' : 'closed',
    createdAt: new Date(node.createdAt).toISOString(),
    closedAt: node.closedAt ? new Date(node.closedAt).toISOString() : null,
    labels: nodesOf(node.labels).map((label) => label.name),
    comments: nodesOf(node.comments).map(toComment),
    commentsComplete: !node.comments.pageInfo.hasNextPage,
  };
}

/** GitHub numbers issues from 1: any other number is not an issue the keeper may edit or link. */
export function isIssueNumber(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 1;
}

/** The labelled issues of a page that GitHub answered with a usable number. */
export function toKnownIssues(nodes: HealthIssueNode[]): KnownIssue[] {
  return nodes.filter((node) => isIssueNumber(node.number)).map(toKnownIssue);
}

export function toKnownIssue(node: HealthIssueNode): KnownIssue {
  return {
    number: node.number,
    title: node.title,
    body: node.body,
    state: node.state === 'OPEN' ? 'open' : 'closed',
    stateReason: node.stateReason,
    createdAt: new Date(node.createdAt).toISOString(),
    url: node.url,
    author: node.author?.login ?? null,
    labels: nodesOf(node.labels).map((label) => label.name),
  };
}

/** A run as GitHub's REST API lists it (`GET /repos/{owner}/{repo}/actions/runs`). */
export interface RestWorkflowRun {
  name?: string | null;
  path?: string;
  event: string;
  conclusion: string | null;
  head_branch: string | null;
  created_at: string;
  run_started_at?: string;
}

export function toWorkflowRun(run: RestWorkflowRun): WorkflowRun {
  return {
    name: run.name ?? '',
    // `path` may carry a ref suffix (`.github/workflows/deploy.yml@refs/heads/main`).
    path: run.path ? (run.path.split('@')[0] ?? null) : null,
    event: run.event,
    conclusion: run.conclusion,
    headBranch: run.head_branch,
    date: new Date(run.run_started_at ?? run.created_at).toISOString(),
    // Jobs running in an environment create GitHub deployments, read as deployments instead.
    jobEnvironments: [],
  };
}
