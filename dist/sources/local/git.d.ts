export type GitErrorKind = 'missing' | 'not-a-repository' | 'failed';
export declare class GitError extends Error {
    readonly kind: GitErrorKind;
    constructor(kind: GitErrorKind, message: string);
}
/** How long one git command may run and how much it may print before it is stopped. */
export interface GitLimits {
    timeoutMs: number;
    maxOutputBytes: number;
}
/**
 * A checkout's `.git/config` can include a FIFO or a huge file: git would wait or read forever.
 * Two minutes is far beyond what the scan's commands take on a 10,000-commit repository (under a
 * second); 64 MiB holds a million paths of `ls-files`.
 */
export declare const DEFAULT_GIT_LIMITS: GitLimits;
export declare function gitEnvironment(): NodeJS.ProcessEnv;
/**
 * Runs git in `directory` and resolves with its whole standard output; rejects with a `GitError`,
 * also when git runs longer or prints more than `limits` allow (it is then killed).
 */
export declare function runGit(directory: string, args: readonly string[], limits?: GitLimits): Promise<string>;
/** Like `runGit`, but resolves with null when git exits with an error (e.g. `symbolic-ref -q`). */
export declare function runGitOrNull(directory: string, args: readonly string[], limits?: GitLimits): Promise<string | null>;
/**
 * Streams git's standard output to `onChunk`; when it returns false, git is stopped and the promise
 * resolves (reading stops early, e.g. once every wanted path has been seen in a long history).
 * Past `limits` (time, bytes) git is killed and the promise rejects with a `GitError`.
 */
export declare function streamGit(directory: string, args: readonly string[], onChunk: (chunk: string) => boolean, limits?: GitLimits): Promise<void>;
