import {
  type CommentNode,
  type CommitNode,
  type Connection,
  type DeploymentNode,
  type IssueNode,
  type RateLimitNode,
  type ReleaseNode,
  type TagNode,
  withFragments,
} from './fragments.js';
import { LABELLED_ISSUE_FIELDS, type LabelledIssuePage } from './labelled-issues-query.js';

/** Connections that continue past their first page, with the cursor to continue from. */
export interface Continuations {
  /** Null reads the history again from its first page (the window grew). */
  history?: string | null;
  releases?: string;
  tags?: string;
  deployments?: string;
}

/** What one details request asks for; every piece is optional, the document holds only what is asked. */
export interface DetailsRequest {
  owner: string;
  name: string;
  since: string;
  /** Commit the contents are read at (the default branch's head). */
  head: string | null;
  /** Paths whose text is read. */
  files: readonly string[];
  /** Paths whose last change date is read (a history of one commit each). */
  datedFiles: readonly string[];
  /** Issues carrying one of these labels, from `after` (first page when null). */
  feedback: { labels: string[]; after: string | null } | null;
  /** Issues carrying the product-health label, opened or closed. */
  healthLabel: string | null;
  more: Continuations;
  /** Issues (node ids) whose comments continue past the first page. */
  comments: ReadonlyArray<{ issueId: string; after: string }>;
  /** The product's public record, in another repository (betagouv/beta.gouv.fr or a mirror). */
  record?: { owner: string; name: string; path: string } | null;
}

export interface BuiltQuery {
  document: string;
  variables: Record<string, unknown>;
}

/**
 * The second and later requests of a scan, built for what is still missing: file texts and dates,
 * feedback issues, the product-health issue, and the next page of any connection the window still
 * covers. Aliases are numbered (`file0`, `date0`, `comments0`), values always go in variables.
 */
export function buildDetailsQuery(request: DetailsRequest): BuiltQuery | null {
  const declarations: string[] = [];
  const variables: Record<string, unknown> = {};
  const scoped: Record<'withContents' | 'withDeployments' | 'withIssues', string[]> = {
    withContents: [],
    withDeployments: [],
    withIssues: [],
  };
  const headFields: string[] = [];
  const rootFields: string[] = [];
  const declare = (variable: string, type: string, value: unknown) => {
    declarations.push(`$${variable}: ${type}`);
    variables[variable] = value;
  };

  if (request.head) {
    request.files.forEach((path, index) => {
      declare(`file${index}`, 'String!', `${request.head}:${path}`);
      scoped.withContents.push(
        `file${index}: object(expression: $file${index}) { __typename ... on Blob { text byteSize isBinary isTruncated } }`,
      );
    });
    request.datedFiles.forEach((path, index) => {
      declare(`path${index}`, 'String!', path);
      headFields.push(`date${index}: history(first: 1, path: $path${index}) { nodes { committedDate } }`);
    });
    if (request.more.history !== undefined) {
      declare('since', 'GitTimestamp!', request.since);
      declare('historyAfter', 'String', request.more.history);
      headFields.push('history(first: 100, since: $since, after: $historyAfter) { ...CommitPage }');
    }
    if (headFields.length > 0) {
      declare('head', 'GitObjectID!', request.head);
      scoped.withContents.push(`head: object(oid: $head) { ... on Commit { ${headFields.join(' ')} } }`);
    }
  }
  if (request.more.releases) {
    declare('releasesAfter', 'String!', request.more.releases);
    scoped.withContents.push(
      'releases(first: 100, after: $releasesAfter, orderBy: { field: CREATED_AT, direction: DESC }) { ...ReleasePage }',
    );
  }
  if (request.more.tags) {
    declare('tagsAfter', 'String!', request.more.tags);
    scoped.withContents.push(
      'tags: refs(refPrefix: "refs/tags/", first: 100, after: $tagsAfter, orderBy: { field: TAG_COMMIT_DATE, direction: DESC }) { ...TagPage }',
    );
  }
  if (request.more.deployments) {
    declare('deploymentsAfter', 'String!', request.more.deployments);
    scoped.withDeployments.push(
      'deployments(first: 100, after: $deploymentsAfter, orderBy: { field: CREATED_AT, direction: DESC }) { ...DeploymentPage }',
    );
  }
  if (request.feedback) {
    declare('feedbackLabels', '[String!]!', request.feedback.labels);
    declare('feedbackAfter', 'String', request.feedback.after);
    scoped.withIssues.push(
      'feedback: issues(labels: $feedbackLabels, first: 100, after: $feedbackAfter, orderBy: { field: CREATED_AT, direction: DESC }) { ...IssuePage }',
    );
  }
  if (request.healthLabel) {
    declare('healthLabels', '[String!]!', [request.healthLabel]);
    scoped.withIssues.push(
      `health: issues(labels: $healthLabels, first: 20, states: [OPEN, CLOSED], orderBy: { field: CREATED_AT, direction: ASC }) { ${LABELLED_ISSUE_FIELDS} }`,
    );
  }
  request.comments.forEach(({ issueId, after }, index) => {
    declare(`issue${index}`, 'ID!', issueId);
    declare(`issue${index}After`, 'String!', after);
    rootFields.push(
      `comments${index}: node(id: $issue${index}) { ... on Issue { comments(first: 100, after: $issue${index}After) { ...CommentPage } } }`,
    );
  });

  if (request.record) {
    declare('recordOwner', 'String!', request.record.owner);
    declare('recordName', 'String!', request.record.name);
    declare('recordBlob', 'String!', `HEAD:${request.record.path}`);
    declare('recordPath', 'String!', request.record.path);
    rootFields.push(
      'productRecord: repository(owner: $recordOwner, name: $recordName) { blob: object(expression: $recordBlob) { ... on Blob { text byteSize isBinary isTruncated } } defaultBranchRef { target { ... on Commit { history(first: 1, path: $recordPath) { nodes { committedDate } } } } } }',
    );
  }
  // As in the overview, one aliased `repository` per permission, so a refusal only nulls its own part.
  const repositories = Object.entries(scoped)
    .filter(([, fields]) => fields.length > 0)
    .map(
      ([alias, fields]) =>
        `${alias}: repository(owner: $owner, name: $name) {\n    ${fields.join('\n    ')}\n  }`,
    );
  if (repositories.length === 0 && rootFields.length === 0) return null;
  if (repositories.length > 0) {
    declarations.unshift('$owner: String!', '$name: String!');
    Object.assign(variables, { owner: request.owner, name: request.name });
  }
  const document = withFragments(/* GraphQL */ `
query RepositoryDetails(${declarations.join(', ')}) {
  rateLimit { cost remaining resetAt }
  ${[...repositories, ...rootFields].join('\n  ')}
}`);
  return { document, variables };
}

/** A file's git object; a path may also be a folder (`Tree`) or a submodule (`Commit`), without these fields. */
export interface BlobNode {
  __typename?: string;
  text: string | null;
  byteSize: number;
  isBinary: boolean | null;
  isTruncated: boolean;
}

export interface HealthIssueNode {
  number: number;
  title: string;
  body: string;
  state: 'OPEN' | 'CLOSED';
  stateReason: string | null;
  createdAt: string;
  url: string;
  author: { login: string } | null;
  labels: { nodes: Array<{ name: string } | null> | null } | null;
}

/** The answer's shape; aliases (`file0`, `date0`, `comments0`) are read by name. */
export interface DetailsResponse {
  rateLimit: RateLimitNode | null;
  withContents?:
    | ({
        head?: ({ history?: Connection<CommitNode> } & Record<string, unknown>) | null;
        releases?: Connection<ReleaseNode> | null;
        tags?: Connection<TagNode> | null;
      } & Record<string, unknown>)
    | null;
  withDeployments?: { deployments?: Connection<DeploymentNode> | null } | null;
  withIssues?: {
    feedback?: Connection<IssueNode> | null;
    health?: LabelledIssuePage | null;
  } | null;
  [alias: `comments${number}`]: { comments?: Connection<CommentNode> } | null;
  productRecord?: ProductRecordNode | null;
}

export interface ProductRecordNode {
  blob: BlobNode | null;
  defaultBranchRef: {
    target: { history?: { nodes: Array<{ committedDate: string } | null> | null } } | null;
  } | null;
}
