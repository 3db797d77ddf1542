import type { HealthIssueNode } from './details-query.js';
/** What the keepers read of an issue carrying their label (the marker is looked for in `body`). */
export declare const LABELLED_ISSUE_FIELDS = "nodes { number title body state stateReason createdAt url author { login } labels(first: 20) { nodes { name } } } pageInfo { hasNextPage endCursor }";
/**
 * Every issue carrying a label, open or closed, oldest first, a page at a time: where a marked
 * issue (the product-health issue, the organisation overview) is looked for.
 */
export declare const LABELLED_ISSUES_QUERY = "\nquery LabelledIssues($owner: String!, $name: String!, $labels: [String!]!, $after: String) {\n  rateLimit { cost remaining resetAt }\n  repository(owner: $owner, name: $name) {\n    hasIssuesEnabled\n    issues(labels: $labels, first: 100, after: $after, states: [OPEN, CLOSED], orderBy: { field: CREATED_AT, direction: ASC }) {\n      nodes { number title body state stateReason createdAt url author { login } labels(first: 20) { nodes { name } } } pageInfo { hasNextPage endCursor }\n    }\n  }\n}";
/** A page of labelled issues, as the details query and `LABELLED_ISSUES_QUERY` read them. */
export interface LabelledIssuePage {
    nodes: Array<HealthIssueNode | null> | null;
    pageInfo?: {
        hasNextPage: boolean;
        endCursor: string | null;
    } | null;
}
export interface LabelledIssuesResponse {
    repository: {
        hasIssuesEnabled: boolean;
        issues: LabelledIssuePage | null;
    } | null;
}
