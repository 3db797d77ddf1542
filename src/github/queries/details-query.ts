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
  const declarations = ['$owner: String!', '$name: String!'];
  const variables: Record<string, unknown> = { owner: request.owner, name: request.name };
  const repositoryFields: string[] = [];
  const headFields: string[] = [];
  const rootFields: string[] = [];
  const declare = (variable: string, type: string, value: unknown) => {
    declarations.push(`$${variable}: ${type}`);
    variables[variable] = value;
  };

  if (request.head) {
    request.files.forEach((path, index) => {
      declare(`file${index}`, 'String!', `${request.head}:${path}`);
      repositoryFields.push(
        `file${index}: object(expression: $file${index}) { ... on Blob { text byteSize isBinary isTruncated } }`,
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
      repositoryFields.push(`head: object(oid: $head) { ... on Commit { ${headFields.join(' ')} } }`);
    }
  }
  if (request.more.releases) {
    declare('releasesAfter', 'String!', request.more.releases);
    repositoryFields.push(
      'releases(first: 100, after: $releasesAfter, orderBy: { field: CREATED_AT, direction: DESC }) { ...ReleasePage }',
    );
  }
  if (request.more.tags) {
    declare('tagsAfter', 'String!', request.more.tags);
    repositoryFields.push(
      'tags: refs(refPrefix: "refs/tags/", first: 100, after: $tagsAfter, orderBy: { field: TAG_COMMIT_DATE, direction: DESC }) { ...TagPage }',
    );
  }
  if (request.more.deployments) {
    declare('deploymentsAfter', 'String!', request.more.deployments);
    repositoryFields.push(
      'deployments(first: 100, after: $deploymentsAfter, orderBy: { field: CREATED_AT, direction: DESC }) { ...DeploymentPage }',
    );
  }
  if (request.feedback) {
    declare('feedbackLabels', '[String!]!', request.feedback.labels);
    declare('feedbackAfter', 'String', request.feedback.after);
    repositoryFields.push(
      'feedback: issues(labels: $feedbackLabels, first: 100, after: $feedbackAfter, orderBy: { field: CREATED_AT, direction: DESC }) { ...IssuePage }',
    );
  }
  if (request.healthLabel) {
    declare('healthLabels', '[String!]!', [request.healthLabel]);
    repositoryFields.push(
      'health: issues(labels: $healthLabels, first: 20, states: [OPEN, CLOSED], orderBy: { field: CREATED_AT, direction: ASC }) { nodes { number title body state stateReason createdAt url author { login } labels(first: 20) { nodes { name } } } }',
    );
  }
  request.comments.forEach(({ issueId, after }, index) => {
    declare(`issue${index}`, 'ID!', issueId);
    declare(`issue${index}After`, 'String!', after);
    rootFields.push(
      `comments${index}: node(id: $issue${index}) { ... on Issue { comments(first: 100, after: $issue${index}After) { ...CommentPage } } }`,
    );
  });

  if (repositoryFields.length === 0 && rootFields.length === 0) return null;
  const repository =
    repositoryFields.length > 0
      ? `repository(owner: $owner, name: $name) { ${repositoryFields.join('\n    ')} }`
      : '';
  if (repositoryFields.length === 0) {
    declarations.splice(0, 2);
    delete variables.owner;
    delete variables.name;
  }
  const document = withFragments(/* GraphQL */ `
query RepositoryDetails(${declarations.join(', ')}) {
  rateLimit { cost remaining resetAt }
  ${repository}
  ${rootFields.join('\n  ')}
}`);
  return { document, variables };
}

export interface BlobNode {
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
  repository?:
    | ({
        head?: ({ history?: Connection<CommitNode> } & Record<string, unknown>) | null;
        releases?: Connection<ReleaseNode> | null;
        tags?: Connection<TagNode> | null;
        deployments?: Connection<DeploymentNode> | null;
        feedback?: Connection<IssueNode> | null;
        health?: { nodes: Array<HealthIssueNode | null> | null } | null;
      } & Record<string, unknown>)
    | null;
  [alias: `comments${number}`]: { comments?: Connection<CommentNode> } | null;
}
