/** The document followed by every fragment it spreads, directly or through another fragment. */
export declare function withFragments(document: string): string;
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
    author: {
        name: string | null;
        email: string | null;
        user: {
            login: string;
        } | null;
    } | null;
    parents: {
        nodes: Array<{
            oid: string;
        } | null> | null;
    };
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
    target: {
        __typename: 'Commit';
        committedDate: string;
    } | {
        __typename: 'Tag';
        tagger: {
            date: string | null;
        } | null;
        target: {
            committedDate?: string;
        } | null;
    } | {
        __typename: 'Blob' | 'Tree';
    } | null;
}
export interface DeploymentNode {
    environment: string | null;
    createdAt: string;
    latestStatus: {
        state: string;
        createdAt: string;
    } | null;
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
    labels: {
        nodes: Array<{
            name: string;
        } | null> | null;
    } | null;
    comments: Connection<CommentNode>;
}
export interface RateLimitNode {
    cost: number;
    remaining: number;
    resetAt: string;
}
