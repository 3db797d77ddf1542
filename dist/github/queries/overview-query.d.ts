import { type CommitNode, type Connection, type DeploymentNode, type RateLimitNode, type ReleaseNode, type TagNode } from './fragments.js';
/** Page size of every connection: GitHub's maximum. */
export declare const PAGE_SIZE = 100;
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
export declare const OVERVIEW_QUERY: string;
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
}
export interface OverviewContents {
    defaultBranchRef: {
        name: string;
        target: {
            __typename: 'Commit';
            oid: string;
            history: Connection<CommitNode>;
        } | {
            __typename: string;
        } | null;
    } | null;
    configYml: ConfigBlob | null;
    configYaml: ConfigBlob | null;
    /** The README's text, read here so the product record it links to can be read in the next request. */
    readme?: ConfigBlob | null;
    releases: Connection<ReleaseNode> | null;
    tags: Connection<TagNode> | null;
}
export interface OverviewResponse {
    rateLimit: RateLimitNode | null;
    repository: OverviewRepository | null;
    withContents: OverviewContents | null;
    withDeployments: {
        deployments: Connection<DeploymentNode> | null;
    } | null;
    withDiscussions: {
        discussionCategories: {
            nodes: Array<{
                name: string;
            } | null> | null;
        } | null;
    } | null;
    withIssues: {
        labels: {
            nodes: Array<{
                name: string;
            } | null> | null;
        } | null;
    } | null;
    /** Null when the owner has no `.github` repository (GitHub then also reports NOT_FOUND). */
    withOwnerDefaults: {
        configYml: ConfigBlob | null;
        configYaml: ConfigBlob | null;
    } | null;
}
