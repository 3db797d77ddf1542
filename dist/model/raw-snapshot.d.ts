import type { ProductRecordSource } from '../product-record/product-record-source.js';
import type { Part } from './part.js';
/**
 * Everything a signal may read. Raw data only: collected once by a source (local checkout,
 * GitHub API), plain JSON, no behaviour. Signals are pure functions of this.
 */
export interface RawSnapshot {
    repository: RepositoryInfo;
    /** The instant the scan considers "now" (ISO 8601). */
    now: string;
    window: TimeWindow;
    /** Every file path of the default branch (or the work tree of a local checkout). */
    files: Part<string[]>;
    /** Contents of the files the collector chose to read (product documents, workflows, templates…). */
    contents: Record<string, Part<FileContent>>;
    /** Commits of the default branch authored inside the window, newest first. */
    commits: Part<Commit[]>;
    tags: Part<Tag[]>;
    /**
     * First-parent history of the branch the repository's own words say reaches production
     * (`findProductionTarget`), committed inside the window, newest first. Absent when no branch
     * target was found, or when it is the default branch and the source relies on `commits`.
     */
    productionBranch?: BranchHistory;
    releases: Part<Release[]>;
    deployments: Part<Deployment[]>;
    workflowRuns: Part<WorkflowRun[]>;
    /** Issues carrying one of the feedback labels, created inside the window. */
    issues: Part<Issue[]>;
    /** Names of the repository's discussion categories. */
    discussionCategories: Part<string[]>;
    /**
     * The product's public record outside the repository (a beta.gouv.fr startup page), when the
     * config or the README identifies one; absent when nothing does.
     */
    productRecord?: ProductRecordSource;
}
export interface RepositoryInfo {
    /** `owner/name` on GitHub, the folder name for a local checkout. */
    name: string;
    defaultBranch: string | null;
    /** Web address of the repository, when it has one; used to link evidence. */
    url: string | null;
    archived: boolean;
}
export interface TimeWindow {
    days: number;
    since: string;
    until: string;
}
export interface FileContent {
    text: string;
    /** Date of the last commit touching the file (ISO 8601), null when unknown. */
    lastChangedAt: string | null;
    /** True when the text was cut to the collector's size limit. */
    truncated: boolean;
}
export interface Actor {
    login: string;
    isBot: boolean;
}
export interface Commit {
    sha: string;
    author: {
        name: string;
        email: string | null;
        login: string | null;
        isBot: boolean;
    };
    /** Author date, ISO 8601. */
    date: string;
    /** Committer date, ISO 8601: when the commit reached the branch (a rebase or a merge sets it). */
    committedAt?: string;
    /** True for commits on the default branch's first-parent line (what was pushed or merged). */
    firstParent: boolean;
}
export interface BranchHistory {
    name: string;
    /** Where it was read: the local branch, its remote-tracking ref, or the API. */
    ref: string | null;
    commits: Part<Commit[]>;
}
export interface Tag {
    name: string;
    /** Annotated tag date, else the tagged commit's date. */
    date: string;
}
export interface Release {
    name: string;
    tagName: string;
    /** Publication date, ISO 8601. */
    date: string;
    prerelease: boolean;
}
export type DeploymentState = 'success' | 'failure' | 'error' | 'inactive' | 'pending' | 'in_progress' | 'queued' | 'waiting' | 'destroyed' | 'abandoned' | 'active';
export interface Deployment {
    environment: string;
    date: string;
    /** State of the latest status, null when it never got one. */
    state: DeploymentState | null;
}
export interface WorkflowRun {
    name: string;
    /** Path of the workflow file, when known. */
    path: string | null;
    event: string;
    conclusion: string | null;
    headBranch: string | null;
    date: string;
    jobEnvironments: string[];
}
/** GitHub's CommentAuthorAssociation. */
export type AuthorAssociation = 'OWNER' | 'MEMBER' | 'COLLABORATOR' | 'CONTRIBUTOR' | 'FIRST_TIME_CONTRIBUTOR' | 'FIRST_TIMER' | 'MANNEQUIN' | 'NONE';
export interface IssueComment {
    /** Null for a deleted account ("ghost"). */
    author: Actor | null;
    authorAssociation: AuthorAssociation;
    createdAt: string;
}
export interface Issue {
    number: number;
    title: string;
    url: string | null;
    author: Actor | null;
    state: 'open' | 'closed';
    createdAt: string;
    closedAt: string | null;
    labels: string[];
    /** Comments in creation order; may be only the first ones when `commentsComplete` is false. */
    comments: IssueComment[];
    commentsComplete: boolean;
}
