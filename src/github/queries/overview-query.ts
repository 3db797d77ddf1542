import {
  type CommitNode,
  type Connection,
  type DeploymentNode,
  type RateLimitNode,
  type ReleaseNode,
  type TagNode,
  withFragments,
} from './fragments.js';

/** Page size of every connection: GitHub's maximum. */
export const PAGE_SIZE = 100;

/**
 * The first request of a scan: what does not depend on the repository's configuration — metadata,
 * the configuration file itself, the default branch's recent history, releases, tags, deployments,
 * discussion categories and labels (to match the feedback labels whatever their case).
 */
export const OVERVIEW_QUERY = withFragments(/* GraphQL */ `
query RepositoryOverview($owner: String!, $name: String!, $since: GitTimestamp!) {
  rateLimit { cost remaining resetAt }
  repository(owner: $owner, name: $name) {
    nameWithOwner
    url
    isArchived
    isEmpty
    hasIssuesEnabled
    hasDiscussionsEnabled
    defaultBranchRef {
      name
      target {
        __typename
        ... on Commit { oid history(first: 100, since: $since) { ...CommitPage } }
      }
    }
    configYml: object(expression: "HEAD:.github/product-health.yml") { ... on Blob { text isTruncated } }
    configYaml: object(expression: "HEAD:.github/product-health.yaml") { ... on Blob { text isTruncated } }
    labels(first: 100) { nodes { name } }
    releases(first: 100, orderBy: { field: CREATED_AT, direction: DESC }) { ...ReleasePage }
    tags: refs(refPrefix: "refs/tags/", first: 100, orderBy: { field: TAG_COMMIT_DATE, direction: DESC }) {
      ...TagPage
    }
    deployments(first: 100, orderBy: { field: CREATED_AT, direction: DESC }) { ...DeploymentPage }
    discussionCategories(first: 25) { nodes { name } }
  }
}
`);

export interface ConfigBlob {
  text: string | null;
  isTruncated: boolean;
}

export interface OverviewRepository {
  nameWithOwner: string;
  url: string;
  isArchived: boolean;
  isEmpty: boolean;
  hasIssuesEnabled: boolean;
  hasDiscussionsEnabled: boolean;
  defaultBranchRef: {
    name: string;
    target:
      | { __typename: 'Commit'; oid: string; history: Connection<CommitNode> }
      | { __typename: string }
      | null;
  } | null;
  configYml: ConfigBlob | null;
  configYaml: ConfigBlob | null;
  labels: { nodes: Array<{ name: string } | null> | null } | null;
  releases: Connection<ReleaseNode> | null;
  tags: Connection<TagNode> | null;
  deployments: Connection<DeploymentNode> | null;
  discussionCategories: { nodes: Array<{ name: string } | null> | null } | null;
}

export interface OverviewResponse {
  rateLimit: RateLimitNode | null;
  repository: OverviewRepository | null;
}
