import { execFile, spawn } from 'node:child_process';
export class GitError extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.kind = kind;
        this.name = 'GitError';
    }
}
/**
 * A checkout's `.git/config` can include a FIFO or a huge file: git would wait or read forever.
 * Two minutes is far beyond what the scan's commands take on a 10,000-commit repository (under a
 * second); 64 MiB holds a million paths of `ls-files`.
 */
export const DEFAULT_GIT_LIMITS = { timeoutMs: 120_000, maxOutputBytes: 64 * 1024 * 1024 };
/** Variables a parent git process (a hook, a rebase) may export, which would override `-C`. */
const INHERITED_GIT_VARIABLES = [
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_INDEX_FILE',
    'GIT_OBJECT_DIRECTORY',
    'GIT_ALTERNATE_OBJECT_DIRECTORIES',
    'GIT_COMMON_DIR',
    'GIT_NAMESPACE',
    'GIT_PREFIX',
];
/**
 * Options that keep a read-only scan of an untrusted checkout read-only and parseable: no fsmonitor
 * hook, no signature or colour lines in log output, pathspecs taken literally.
 */
const SAFE_OPTIONS = [
    '--no-pager',
    '--literal-pathspecs',
    '-c',
    'core.fsmonitor=false',
    '-c',
    'log.showSignature=false',
    '-c',
    'color.ui=false',
];
export function gitEnvironment() {
    const env = {
        ...process.env,
        LC_ALL: 'C',
        GIT_OPTIONAL_LOCKS: '0',
        GIT_TERMINAL_PROMPT: '0',
    };
    for (const name of INHERITED_GIT_VARIABLES)
        delete env[name];
    return env;
}
function gitArguments(directory, args) {
    return ['-C', directory, ...SAFE_OPTIONS, ...args];
}
function toGitError(error, stderr, args) {
    if (error.code === 'ENOENT')
        return new GitError('missing', 'git is not installed or not on the PATH');
    if (error.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
        return new GitError('failed', `git ${args[0] ?? ''} printed more than this scan reads; it was stopped`);
    }
    const detail = stderr.trim().split('\n')[0] || error.message;
    if (/not a git repository/i.test(detail))
        return new GitError('not-a-repository', detail);
    return new GitError('failed', `git ${args[0] ?? ''} failed: ${detail}`);
}
function timedOut(args, limits) {
    return new GitError('failed', `git ${args[0] ?? ''} did not finish within ${Math.round(limits.timeoutMs / 1000)} s; it was stopped`);
}
/**
 * Runs git in `directory` and resolves with its whole standard output; rejects with a `GitError`,
 * also when git runs longer or prints more than `limits` allow (it is then killed).
 */
export function runGit(directory, args, limits = DEFAULT_GIT_LIMITS) {
    return new Promise((resolve, reject) => {
        const started = Date.now();
        execFile('git', gitArguments(directory, args), {
            env: gitEnvironment(),
            maxBuffer: limits.maxOutputBytes,
            timeout: limits.timeoutMs,
            killSignal: 'SIGKILL',
            encoding: 'utf8',
            windowsHide: true,
        }, (error, stdout, stderr) => {
            if (!error)
                resolve(stdout);
            else if (error.killed && Date.now() - started >= limits.timeoutMs)
                reject(timedOut(args, limits));
            else
                reject(toGitError(error, stderr, args));
        });
    });
}
/** Like `runGit`, but resolves with null when git exits with an error (e.g. `symbolic-ref -q`). */
export async function runGitOrNull(directory, args, limits = DEFAULT_GIT_LIMITS) {
    try {
        return await runGit(directory, args, limits);
    }
    catch (error) {
        if (error instanceof GitError && error.kind === 'missing')
            throw error;
        return null;
    }
}
/**
 * Streams git's standard output to `onChunk`; when it returns false, git is stopped and the promise
 * resolves (reading stops early, e.g. once every wanted path has been seen in a long history).
 * Past `limits` (time, bytes) git is killed and the promise rejects with a `GitError`.
 */
export function streamGit(directory, args, onChunk, limits = DEFAULT_GIT_LIMITS) {
    return new Promise((resolve, reject) => {
        const child = spawn('git', gitArguments(directory, args), {
            env: gitEnvironment(),
            stdio: ['ignore', 'pipe', 'pipe'],
            windowsHide: true,
        });
        let stopped = false;
        let failure = null;
        let received = 0;
        let stderr = '';
        const stop = (why) => {
            stopped = true;
            failure = why;
            child.kill('SIGKILL');
        };
        const timer = setTimeout(() => stop(timedOut(args, limits)), limits.timeoutMs);
        child.stdout.setEncoding('utf8');
        child.stderr.setEncoding('utf8');
        child.stdout.on('data', (chunk) => {
            if (stopped)
                return;
            received += chunk.length;
            if (received > limits.maxOutputBytes) {
                stop(toGitError({ code: 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER', message: '' }, '', args));
            }
            else if (!onChunk(chunk)) {
                stop(null);
            }
        });
        child.stderr.on('data', (chunk) => {
            if (stderr.length < 4096)
                stderr += chunk;
        });
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(toGitError(error, stderr, args));
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            if (failure)
                reject(failure);
            else if (stopped || code === 0)
                resolve();
            else
                reject(toGitError({ message: `exit code ${code}` }, stderr, args));
        });
    });
}
