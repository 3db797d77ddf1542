/**
 * Real, throw-away git repositories for tests, with commits and tags placed at chosen dates.
 *
 *   const repo = createGitRepo({
 *     commits: [
 *       { files: { 'README.md': '# Hi' }, date: '2024-01-10T12:00:00Z' },
 *       { branch: 'feature', files: { 'a.txt': 'a' }, date: '2024-01-11T12:00:00Z', author: BOT },
 *       { merge: 'feature', date: '2024-01-12T12:00:00Z' },
 *     ],
 *     tags: [{ name: 'v1', at: 0, annotated: true, date: '2024-02-01T00:00:00Z' }],
 *     files: { 'untracked.txt': 'not committed' },
 *   });
 *   afterAll(() => repo.cleanup());
 *
 * Everything runs synchronously with the user's and system's git config ignored, so results do
 * not depend on the machine.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface FixtureAuthor {
  name: string;
  email: string;
}

export const DEFAULT_AUTHOR: FixtureAuthor = { name: 'Ada Lovelace', email: 'ada@example.org' };

/** File contents by path; `null` deletes the file. */
export type FixtureFiles = Record<string, string | Uint8Array | null>;

export interface FixtureCommit {
  /** Files written (or deleted) before committing; the commit may be empty. */
  files?: FixtureFiles;
  message?: string;
  /** Author date (ISO 8601); also the committer date unless `committerDate` is given. Default: now. */
  date?: string;
  committerDate?: string;
  author?: FixtureAuthor;
  /** Branch to commit on; created from the current commit when it does not exist. Default: the initial branch. */
  branch?: string;
  /** Instead of a plain commit: merge this branch (`--no-ff`) into `branch`. */
  merge?: string;
}

export interface FixtureTag {
  name: string;
  /** Index of a commit in `commits`, or any revision. Default: HEAD. */
  at?: number | string;
  /** Annotated tags carry their own date (`date`); lightweight ones take the commit's. */
  annotated?: boolean;
  date?: string;
  message?: string;
}

export interface GitRepoSpec {
  /** Name of the first branch, checked out at the end. Default: `main`. */
  initialBranch?: string;
  commits?: FixtureCommit[];
  tags?: FixtureTag[];
  /** Written to the work tree after the commits, and not committed (untracked files, edits). */
  files?: FixtureFiles;
  /** Adds an `origin` remote; `head` makes `refs/remotes/origin/HEAD` point to `origin/<head>`. */
  origin?: { url: string; head?: string };
  /** Name of the temporary folder's prefix (the folder's basename starts with it). */
  prefix?: string;
}

export interface GitRepo {
  dir: string;
  /** Commit ids, in the order of `spec.commits`. */
  shas: string[];
  /** Runs git in the repository and returns its trimmed output. */
  git(...args: string[]): string;
  cleanup(): void;
}

export interface TempFolder {
  dir: string;
  cleanup(): void;
}

function isolatedEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LC_ALL: 'C',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    ...extra,
  };
  for (const name of [
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_INDEX_FILE',
    'GIT_OBJECT_DIRECTORY',
    'GIT_COMMON_DIR',
  ]) {
    delete env[name];
  }
  return env;
}

/** Git's `@<seconds> +0000` form, which every git version parses. */
export function gitDate(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new Error(`Not a date: ${iso}`);
  return `@${Math.floor(time / 1000)} +0000`;
}

function dateEnvironment(authorDate?: string, committerDate?: string, author = DEFAULT_AUTHOR) {
  const now = new Date().toISOString();
  return {
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_COMMITTER_NAME: author.name,
    GIT_COMMITTER_EMAIL: author.email,
    GIT_AUTHOR_DATE: gitDate(authorDate ?? now),
    GIT_COMMITTER_DATE: gitDate(committerDate ?? authorDate ?? now),
  };
}

/** Writes files (creating folders) under `dir`; `null` deletes. */
export function writeFiles(dir: string, files: FixtureFiles): void {
  for (const [path, content] of Object.entries(files)) {
    const target = join(dir, path);
    if (content === null) {
      rmSync(target, { force: true });
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}

/** A temporary folder holding `files`, not a git repository. */
export function createTempFolder(files: FixtureFiles = {}, prefix = 'ph-folder-'): TempFolder {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  writeFiles(dir, files);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function createGitRepo(spec: GitRepoSpec = {}): GitRepo {
  const dir = mkdtempSync(join(tmpdir(), spec.prefix ?? 'ph-repo-'));
  const initialBranch = spec.initialBranch ?? 'main';
  const run = (args: string[], env: Record<string, string> = {}): string =>
    execFileSync('git', ['-C', dir, '-c', 'commit.gpgSign=false', '-c', 'tag.gpgSign=false', ...args], {
      env: isolatedEnvironment(env),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();

  run(['init', '-q', `--initial-branch=${initialBranch}`]);
  const branches = new Set([initialBranch]);
  let current = initialBranch;
  const switchTo = (branch: string) => {
    if (branch === current) return;
    if (branches.has(branch)) run(['checkout', '-q', branch]);
    else run(['checkout', '-q', '-b', branch]);
    branches.add(branch);
    current = branch;
  };

  const shas: string[] = [];
  for (const [index, commit] of (spec.commits ?? []).entries()) {
    switchTo(commit.branch ?? initialBranch);
    const env = dateEnvironment(commit.date, commit.committerDate, commit.author);
    const message = commit.message ?? `commit ${index + 1}`;
    if (commit.merge) {
      run(['merge', '-q', '--no-ff', '--no-edit', '-m', message, commit.merge], env);
    } else {
      writeFiles(dir, commit.files ?? {});
      run(['add', '-A'], env);
      run(['commit', '-q', '--allow-empty', '-m', message], env);
    }
    shas.push(run(['rev-parse', 'HEAD']));
  }
  if (shas.length > 0) switchTo(initialBranch);

  for (const tag of spec.tags ?? []) {
    const target = typeof tag.at === 'number' ? shas[tag.at] : (tag.at ?? 'HEAD');
    if (target === undefined) throw new Error(`Tag ${tag.name}: no commit #${String(tag.at)}`);
    if (tag.annotated) {
      run(['tag', '-a', '-m', tag.message ?? tag.name, tag.name, target], dateEnvironment(tag.date));
    } else {
      run(['tag', tag.name, target]);
    }
  }

  if (spec.origin) {
    run(['remote', 'add', 'origin', spec.origin.url]);
    if (spec.origin.head) {
      const head = spec.origin.head;
      if (shas.length > 0) run(['update-ref', `refs/remotes/origin/${head}`, 'HEAD']);
      run(['symbolic-ref', 'refs/remotes/origin/HEAD', `refs/remotes/origin/${head}`]);
    }
  }

  writeFiles(dir, spec.files ?? {});

  return {
    dir,
    shas,
    git: (...args: string[]) => run(args),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
