import { execFile, spawn } from 'node:child_process';

export type GitErrorKind = 'missing' | 'not-a-repository' | 'failed';

export class GitError extends Error {
  constructor(
    readonly kind: GitErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'GitError';
  }
}

const MAX_BUFFER = 512 * 1024 * 1024;

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

export function gitEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LC_ALL: 'C',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_TERMINAL_PROMPT: '0',
  };
  for (const name of INHERITED_GIT_VARIABLES) delete env[name];
  return env;
}

function gitArguments(directory: string, args: readonly string[]): string[] {
  return ['-C', directory, ...SAFE_OPTIONS, ...args];
}

function toGitError(
  error: { code?: unknown; message: string },
  stderr: string,
  args: readonly string[],
): GitError {
  if (error.code === 'ENOENT') return new GitError('missing', 'git is not installed or not on the PATH');
  const detail = stderr.trim().split('\n')[0] || error.message;
  if (/not a git repository/i.test(detail)) return new GitError('not-a-repository', detail);
  return new GitError('failed', `git ${args[0] ?? ''} failed: ${detail}`);
}

/** Runs git in `directory` and resolves with its whole standard output; rejects with a `GitError`. */
export function runGit(directory: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      gitArguments(directory, args),
      { env: gitEnvironment(), maxBuffer: MAX_BUFFER, encoding: 'utf8', windowsHide: true },
      (error, stdout, stderr) => {
        if (error) reject(toGitError(error, stderr, args));
        else resolve(stdout);
      },
    );
  });
}

/** Like `runGit`, but resolves with null when git exits with an error (e.g. `symbolic-ref -q`). */
export async function runGitOrNull(directory: string, args: readonly string[]): Promise<string | null> {
  try {
    return await runGit(directory, args);
  } catch (error) {
    if (error instanceof GitError && error.kind === 'missing') throw error;
    return null;
  }
}

/**
 * Streams git's standard output to `onChunk`; when it returns false, git is stopped and the promise
 * resolves (reading stops early, e.g. once every wanted path has been seen in a long history).
 */
export function streamGit(
  directory: string,
  args: readonly string[],
  onChunk: (chunk: string) => boolean,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', gitArguments(directory, args), {
      env: gitEnvironment(),
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    let stopped = false;
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (stopped) return;
      if (!onChunk(chunk)) {
        stopped = true;
        child.kill();
      }
    });
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < 4096) stderr += chunk;
    });
    child.on('error', (error) => reject(toGitError(error, stderr, args)));
    child.on('close', (code) => {
      if (stopped || code === 0) resolve();
      else reject(toGitError({ message: `exit code ${code}` }, stderr, args));
    });
  });
}
