/**
 * The declarative description of one repository a `SimulatedGitHub` serves. Everything is optional but
 * the name; dates are ISO strings (a bare `YYYY-MM-DD` is midnight UTC). The fake keeps a deep copy
 * of it (the "live spec", `SimulatedGitHub.repository()`), which REST writes mutate.
 */
export interface SimulatedRepositorySpec {
    owner: string;
    name: string;
    /** The REST `id` (installation listings); derived from the full name when absent. */
    id?: number;
    /** `main` unless told. */
    defaultBranch?: string;
    archived?: boolean;
    /** A fork of another repository; false unless told. */
    fork?: boolean;
    /** Repository topics, as GitHub lists them (lowercase). */
    topics?: string[];
    private?: boolean;
    description?: string | null;
    /** No commit at all: no default branch, no files, `git/trees` answers 409. */
    empty?: boolean;
    /** True unless told; false makes issue writes answer 410. */
    issuesEnabled?: boolean;
    /** False unless told. */
    discussionsEnabled?: boolean;
    /** When discussions are enabled; GitHub's six default categories unless told. */
    discussionCategories?: string[];
    /** The repository's labels; labels carried by issues are added (same spelling) when missing. */
    labels?: string[];
    /** Files at HEAD by path (the same files at every commit: contents are not versioned). */
    files?: Record<string, SimulatedFile>;
    /**
     * Any order: sorted newest first. Without `parents` each commit's parent is the next older one (a
     * straight line). A repository that is not empty but lists no commit gets one dated 2020-01-01.
     */
    commits?: SimulatedCommit[];
    /**
     * Branches other than the default one, each its own line of commits (any order: sorted newest
     * first, each commit's parent the next older one unless `parents` says otherwise).
     */
    branches?: Record<string, SimulatedCommit[]>;
    releases?: SimulatedRelease[];
    tags?: SimulatedTag[];
    deployments?: SimulatedDeployment[];
    issues?: SimulatedIssue[];
    workflowRuns?: SimulatedWorkflowRun[];
    faults?: SimulatedFaults;
    /**
     * The product's beta.gouv.fr record: the simulated GitHub then also serves `betagouv/beta.gouv.fr`
     * (unless a spec of it is given) with `content/_startups/<id>.md` holding `text`.
     */
    betagouvRecord?: {
        id: string;
        text: SimulatedFile;
    };
}
/** A text file, or `{ binary: true }`, or a file with a given `size` (bytes) or `truncated` flag. */
export type SimulatedFile = string | {
    text?: string;
    binary?: boolean;
    size?: number;
    truncated?: boolean;
};
export interface SimulatedCommit {
    /** 40 hex digits; derived when absent. */
    oid?: string;
    /** Committed date. */
    date: string;
    /** Defaults to `date`. */
    authoredDate?: string;
    message?: string;
    authorName?: string;
    authorEmail?: string;
    /** The GitHub account matching the author's email; null or absent: none. */
    login?: string | null;
    /** Paths the commit touched: `history(path:)` keeps the commits touching the path (or a file under it). */
    paths?: string[];
    /** Parent oids; the next older commit when absent. */
    parents?: string[];
}
export interface SimulatedRelease {
    tagName: string;
    /** Null unless told (a release created without a title). */
    name?: string | null;
    createdAt: string;
    /** `createdAt` unless told; null for a draft. */
    publishedAt?: string | null;
    prerelease?: boolean;
    draft?: boolean;
}
export interface SimulatedTag {
    name: string;
    /** The tagged commit's date; for an annotated tag also the tagger's date. */
    date: string;
    /** An annotated tag: the ref points to a Tag object (`tagger { date }`) whose target is the commit. */
    annotated?: boolean;
    /** The tagged commit's oid when it is one of `commits`; else a commit of its own dated `date`. */
    commit?: string;
}
export interface SimulatedDeployment {
    environment: string;
    createdAt: string;
    /** State of the latest status (`success`, `failure`, … any case); null: no status yet. Default `success`. */
    state?: string | null;
    /** Date of the latest status; defaults to `createdAt`. */
    statusAt?: string;
}
export interface SimulatedIssue {
    /** Assigned in creation order after the highest given number when absent. */
    number?: number;
    title: string;
    body?: string;
    /** Login; `octocat` when absent, null for a deleted account (ghost). A `[bot]` suffix makes a bot. */
    author?: string | null;
    authorIsBot?: boolean;
    createdAt: string;
    /** Defaults to the latest of createdAt, closedAt and the comments' dates. */
    updatedAt?: string;
    closedAt?: string | null;
    /** `closed` when `closedAt` is set, else `open`. */
    state?: 'open' | 'closed';
    /** REST spelling (`completed`, `not_planned`, `reopened`); `completed` for a closed issue when absent. */
    stateReason?: string | null;
    labels?: string[];
    comments?: SimulatedComment[];
}
export interface SimulatedComment {
    /** Login, or null for a deleted account. A `[bot]` suffix makes a bot. */
    author: string | null;
    isBot?: boolean;
    /** `OWNER`, `MEMBER`, `COLLABORATOR`, `CONTRIBUTOR`, `NONE`, … any case; `NONE` when absent. */
    association?: string;
    createdAt: string;
    body?: string;
}
export interface SimulatedWorkflowRun {
    id?: number;
    name: string;
    /** `.github/workflows/<name>.yml` when absent. */
    path?: string;
    /** `push` when absent. */
    event?: string;
    /** `success` when absent; null: the run is still going (`status` then defaults to `in_progress`). */
    conclusion?: string | null;
    /** `completed` when there is a conclusion, else `in_progress`. */
    status?: string;
    /** The default branch when absent. */
    headBranch?: string;
    createdAt: string;
}
/**
 * A GraphQL field error: a type (`FORBIDDEN`, `NOT_FOUND`, `INSUFFICIENT_SCOPES`, …) with GitHub's
 * message for it, or a type and a message of your own.
 */
export type SimulatedGraphqlFault = string | {
    type: string;
    message?: string;
};
/** A REST failure: the status (GitHub's message for it), or a status, a message and how many times. */
export type SimulatedRestFault = number | {
    status: number;
    message?: string;
    times?: number;
};
export interface SimulatedFaults {
    /**
     * Field errors by response path without list indices, with aliases (`repository.tags`) or the
     * field's own name for the last step (`repository.refs`): `{ 'withDeployments.deployments': 'FORBIDDEN' }`.
     * The field answers null and the error carries `type` and `path`; a non-null field's null spreads
     * to its parent as GraphQL (and GitHub) does.
     */
    graphql?: Record<string, SimulatedGraphqlFault>;
    /**
     * Whole-request failures: the Nth GraphQL request (1-based) that reads this repository (through
     * `repository(...)` or `node(...)`) answers this HTTP status instead, e.g. `{ 2: 502 }`.
     */
    graphqlRequests?: Record<number, number>;
    /** REST failures by Octokit route, e.g. `{ 'GET /repos/{owner}/{repo}/actions/runs': 403 }`. */
    rest?: Record<string, SimulatedRestFault>;
}
/** GitHub's spelling of a date: second precision, `Z`. */
export declare function githubDate(value: string): string;
export declare function sha1(text: string): string;
/** Git's object id for a blob holding `text`. */
export declare function blobOid(text: string): string;
export declare function fullNameOf(spec: SimulatedRepositorySpec): string;
/** The repository's REST id: the spec's, else a stable number derived from its full name. */
export declare function repositoryId(spec: SimulatedRepositorySpec): number;
export declare function isEmptyRepository(spec: SimulatedRepositorySpec): boolean;
/** The spec's commits (sorted newest first by `normalizeSpec`). */
export declare function commitsOf(spec: SimulatedRepositorySpec): SimulatedCommit[];
export declare function headCommitOf(spec: SimulatedRepositorySpec): SimulatedCommit | null;
export declare function issuesEnabled(spec: SimulatedRepositorySpec): boolean;
export declare function issueStateOf(issue: SimulatedIssue): 'open' | 'closed';
export declare function issueUpdatedAt(issue: SimulatedIssue): string;
export declare function isBotLogin(login: string, flagged: boolean | undefined): boolean;
/** The repository's label spelled as the repository spells it, added when missing. */
export declare function ensureLabel(spec: SimulatedRepositorySpec, name: string): string;
/** Commits by oid (commits never change after `normalizeSpec`). */
export declare function commitIndex(spec: SimulatedRepositorySpec): Map<string, SimulatedCommit>;
/** A deep copy with the derived parts filled in: sorted commits with oids and parents, issue numbers, labels. */
export declare function normalizeSpec(input: SimulatedRepositorySpec): SimulatedRepositorySpec;
/** Opaque node ids: a kind prefix (`R`, `I`, `C`, …) and the object's key in its repository. */
export declare function nodeId(kind: string, spec: SimulatedRepositorySpec, key: string): string;
export declare function parseNodeId(id: string): {
    kind: string;
    fullName: string;
    key: string;
} | null;
export declare function findSpec(specs: readonly SimulatedRepositorySpec[], owner: string, name: string): SimulatedRepositorySpec | undefined;
/** The commit a revision names: HEAD, the default branch, a tag, or an oid (or a unique prefix of 4+). */
export declare function resolveRevision(spec: SimulatedRepositorySpec, revision: string): SimulatedCommit | null;
/** The commit a tag points to: one of the spec's commits, or a commit of its own dated like the tag. */
export declare function tagCommitOf(spec: SimulatedRepositorySpec, tag: SimulatedTag): SimulatedCommit;
/** The files at HEAD, as path → { text, binary, size, truncated }. */
export declare function fileOf(spec: SimulatedRepositorySpec, path: string): {
    text: string | null;
    byteSize: number;
    isBinary: boolean;
    isTruncated: boolean;
    oid: string;
} | null;
/** Every directory holding a file, without the root (`''`). */
export declare function directoriesOf(spec: SimulatedRepositorySpec): string[];
/** A tree's oid, derived from the paths and blob oids below it. */
export declare function treeOid(spec: SimulatedRepositorySpec, directory: string): string;
