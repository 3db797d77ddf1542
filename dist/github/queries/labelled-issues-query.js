/** What the keepers read of an issue carrying their label (the marker is looked for in `body`). */
export const LABELLED_ISSUE_FIELDS = 'nodes { number title body state stateReason createdAt url author { login } labels(first: 20) { nodes { name } } } pageInfo { hasNextPage endCursor }';
/**
 * Every issue carrying a label, open or closed, oldest first, a page at a time: where a marked
 * issue (the product-health issue, the organisation overview) is looked for.
 */
export const LABELLED_ISSUES_QUERY = /* GraphQL */ `
query LabelledIssues($owner: String!, $name: String!, $labels: [String!]!, $after: String) {
  rateLimit { cost remaining resetAt }
  repository(owner: $owner, name: $name) {
    hasIssuesEnabled
    issues(labels: $labels, first: 100, after: $after, states: [OPEN, CLOSED], orderBy: { field: CREATED_AT, direction: ASC }) {
      ${LABELLED_ISSUE_FIELDS}
    }
  }
}`;
