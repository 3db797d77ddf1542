import { withFragments, } from './fragments.js';
/** Page size of every connection: GitHub's maximum. */
export const PAGE_SIZE = 100;
/**
 * The first request of a scan: what does not depend on the repository's configuration — metadata,
 * the configuration file itself, the default branch's recent history, releases, tags, deployments,
 * discussion categories, labels (to match the feedback labels whatever their case), and the
 * owner's `.github` repository configuration, Probot's fallback when the repository has none.
 *
 * Each permission gets its own aliased `repository` field: on GitHub a refused non-null field
 * (`deployments` without "Deployments: read") nulls its parent, and this way the parent is only
 * what that permission guards, never the whole repository.
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
  }
  withContents: repository(owner: $owner, name: $name) {
    defaultBranchRef {
      name
      target {
        __typename
        ... on Commit { oid history(first: 100, since: $since) { ...CommitPage } }
      }
    }
    configYml: object(expression: "HEAD:.github/product-health.yml") { ... on Blob { text isTruncated } }
    configYaml: object(expression: "HEAD:.github/product-health.yaml") { ... on Blob { text isTruncated } }
    readme: object(expression: "HEAD:README.md") { ... on Blob { text isTruncated } }
    releases(first: 100, orderBy: { field: CREATED_AT, direction: DESC }) { ...ReleasePage }
    tags: refs(refPrefix: "refs/tags/", first: 100, orderBy: { field: TAG_COMMIT_DATE, direction: DESC }) {
      ...TagPage
    }
  }
  withDeployments: repository(owner: $owner, name: $name) {
    deployments(first: 100, orderBy: { field: CREATED_AT, direction: DESC }) { ...DeploymentPage }
  }
  withDiscussions: repository(owner: $owner, name: $name) {
    discussionCategories(first: 25) { nodes { name } }
  }
  withIssues: repository(owner: $owner, name: $name) {
    labels(first: 100) { nodes { name } }
  }
  withOwnerDefaults: repository(owner: $owner, name: ".github") {
    configYml: object(expression: "HEAD:.github/product-health.yml") { ... on Blob { text isTruncated } }
    configYaml: object(expression: "HEAD:.github/product-health.yaml") { ... on Blob { text isTruncated } }
  }
}
`);
