/**
 * One fragment per connection the source pages through, so the first page (overview query) and
 * the next ones (details query) select exactly the same fields.
 */
const FRAGMENTS: Record<string, string> = {
  CommitPage: /* GraphQL */ `
fragment CommitPage on CommitHistoryConnection {
  pageInfo { hasNextPage endCursor }
  nodes {
    oid
    authoredDate
    committedDate
    author { name email user { login } }
    parents(first: 1) { nodes { oid } }
  }
}
`,
  ReleasePage: /* GraphQL */ `
fragment ReleasePage on ReleaseConnection {
  pageInfo { hasNextPage endCursor }
  nodes { name tagName createdAt publishedAt isPrerelease isDraft }
}
`,
  TagPage: /* GraphQL */ `
fragment TagPage on RefConnection {
  pageInfo { hasNextPage endCursor }
  nodes {
    name
    target {
      __typename
      ... on Commit { committedDate }
      ... on Tag { tagger { date } target { ... on Commit { committedDate } } }
    }
  }
}
`,
  DeploymentPage: /* GraphQL */ `
fragment DeploymentPage on DeploymentConnection {
  pageInfo { hasNextPage endCursor }
  nodes { environment createdAt latestStatus { state createdAt } }
}
`,
  IssuePage: /* GraphQL */ `
fragment IssuePage on IssueConnection {
  pageInfo { hasNextPage endCursor }
  nodes {
    id
    number
    title
    url
    state
    createdAt
    closedAt
    author { __typename login }
    labels(first: 20) { nodes { name } }
    comments(first: 20) { ...CommentPage }
  }
}
`,
  CommentPage: /* GraphQL */ `
fragment CommentPage on IssueCommentConnection {
  pageInfo { hasNextPage endCursor }
  nodes { createdAt authorAssociation author { __typename login } }
}
`,
};

/** The document followed by every fragment it spreads, directly or through another fragment. */
export function withFragments(document: string): string {
  const used: string[] = [];
  const visit = (text: string) => {
    for (const [, name = ''] of text.matchAll(/\.\.\.(\w+)/g)) {
      const fragment = FRAGMENTS[name];
      if (fragment && !used.includes(name)) {
        used.push(name);
        visit(fragment);
      }
    }
  };
  visit(document);
  return [document.trim(), ...used.map((name) => (FRAGMENTS[name] as string).trim())].join('\n\n');
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Connection<T> {
  pageInfo: PageInfo;
  nodes: Array<T | null> | null;
}

export interface CommitNode {
  oid: string;
  authoredDate: string;
  /** Absent from answers recorded before the field was asked for. */
  committedDate?: string;
  author: { name: string | null; email: string | null; user: { login: string } | null } | null;
  parents: { nodes: Array<{ oid: string } | null> | null };
}

export interface ReleaseNode {
  name: string | null;
  tagName: string;
  createdAt: string;
  publishedAt: string | null;
  isPrerelease: boolean;
  isDraft: boolean;
}

export interface TagNode {
  name: string;
  target:
    | { __typename: 'Commit'; committedDate: string }
    | {
        __typename: 'Tag';
        tagger: { date: string | null } | null;
        target: { committedDate?: string } | null;
      }
    | { __typename: 'Blob' | 'Tree' }
    | null;
}

export interface DeploymentNode {
  environment: string | null;
  createdAt: string;
  latestStatus: { state: string; createdAt: string } | null;
}

export interface ActorNode {
  __typename: string;
  login: string;
}

export interface CommentNode {
  createdAt: string;
  authorAssociation: string;
  author: ActorNode | null;
}

export interface IssueNode {
  id: string;
  number: number;
  title: string;
  url: string;
  state: 'OPEN' | 'CLOSED';
  createdAt: string;
  closedAt: string | null;
  author: ActorNode | null;
  labels: { nodes: Array<{ name: string } | null> | null } | null;
  comments: Connection<CommentNode>;
}

export interface RateLimitNode {
  cost: number;
  remaining: number;
  resetAt: string;
}
