import { type CommentNode, type CommitNode, type Connection, type DeploymentNode, type IssueNode, type RateLimitNode, type ReleaseNode, type TagNode } from './fragments.js';
import { type LabelledIssuePage } from './labelled-issues-query.js';
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
    feedback: {
        labels: string[];
        after: string | null;
    } | null;
    /** Issues carrying the product-health label, opened or closed. */
    healthLabel: string | null;
    more: Continuations;
    /** Issues (node ids) whose comments continue past the first page. */
    comments: ReadonlyArray<{
        issueId: string;
        after: string;
    }>;
    /** The product's public record, in another repository (betagouv/beta.gouv.fr or a mirror). */
    record?: {
        owner: string;
        name: string;
        path: string;
    } | null;
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
export declare function buildDetailsQuery(request: DetailsRequest): BuiltQuery | null;
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
    author: {
        login: string;
    } | null;
    labels: {
        nodes: Array<{
            name: string;
        } | null> | null;
    } | null;
}
/** The answer's shape; aliases (`file0`, `date0`, `comments0`) are read by name. */
export interface DetailsResponse {
    rateLimit: RateLimitNode | null;
    withContents?: ({
        head?: ({
            history?: Connection<CommitNode>;
        } & Record<string, unknown>) | null;
        releases?: Connection<ReleaseNode> | null;
        tags?: Connection<TagNode> | null;
    } & Record<string, unknown>) | null;
    withDeployments?: {
        deployments?: Connection<DeploymentNode> | null;
    } | null;
    withIssues?: {
        feedback?: Connection<IssueNode> | null;
        health?: LabelledIssuePage | null;
    } | null;
    [alias: `comments${number}`]: {
        comments?: Connection<CommentNode>;
    } | null;
    productRecord?: ProductRecordNode | null;
}
export interface ProductRecordNode {
    blob: BlobNode | null;
    defaultBranchRef: {
        target: {
            history?: {
                nodes: Array<{
                    committedDate: string;
                } | null> | null;
            };
        } | null;
    } | null;
}
