import type { KnownIssue } from '../issue/known-issue.js';
import type { Actor, Commit, Deployment, Issue, IssueComment, Release, Tag, WorkflowRun } from '../model/raw-snapshot.js';
import type { HealthIssueNode } from './queries/details-query.js';
import type { ActorNode, CommentNode, CommitNode, DeploymentNode, IssueNode, ReleaseNode, TagNode } from './queries/fragments.js';
/** The non-null nodes of a connection page. */
export declare function nodesOf<T>(connection: {
    nodes: Array<T | null> | null;
} | null | undefined): T[];
export declare function toActor(node: ActorNode | null): Actor | null;
/** A commit of the default branch; `firstParent` is settled once the whole history is known. */
export declare function toCommit(node: CommitNode): Commit;
/** Drafts are not releases (they are only visible with push access anyway): null. */
export declare function toRelease(node: ReleaseNode): Release | null;
/** Annotated tags are dated by their tagger, lightweight ones by their commit. */
export declare function toTag(node: TagNode): Tag | null;
export declare function toDeployment(node: DeploymentNode): Deployment;
export declare function toComment(node: CommentNode): IssueComment;
export declare function toIssue(node: IssueNode): Issue;
/** GitHub numbers issues from 1: any other number is not an issue the keeper may edit or link. */
export declare function isIssueNumber(value: unknown): value is number;
/** The labelled issues of a page that GitHub answered with a usable number. */
export declare function toKnownIssues(nodes: HealthIssueNode[]): KnownIssue[];
export declare function toKnownIssue(node: HealthIssueNode): KnownIssue;
/** A run as GitHub's REST API lists it (`GET /repos/{owner}/{repo}/actions/runs`). */
export interface RestWorkflowRun {
    name?: string | null;
    path?: string;
    event: string;
    conclusion: string | null;
    head_branch: string | null;
    created_at: string;
    run_started_at?: string;
}
export declare function toWorkflowRun(run: RestWorkflowRun): WorkflowRun;
