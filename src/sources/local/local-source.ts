import { open, readdir, readFile, realpath } from 'node:fs/promises';
import { basename, join, resolve, sep } from 'node:path';
import { firstParentLine } from '../../collect/first-parent-line.js';
import { MAX_TEXT_BYTES } from '../../collect/limit-text.js';
import { scanWindow } from '../../collect/scan-window.js';
import { selectFilesToRead } from '../../collect/select-files.js';
import { isBotAuthor } from '../../model/bots.js';
import { available, type Part, type UnavailableReason, unavailable } from '../../model/part.js';
import type {
  Commit,
  FileContent,
  RawSnapshot,
  RepositoryInfo,
  Tag,
  TimeWindow,
} from '../../model/raw-snapshot.js';
import { identifyProductRecord } from '../../product-record/product-record-source.js';
import type { CollectRequest, Source } from '../source.js';
import { GitError, runGit, runGitOrNull, streamGit } from './git.js';
import { readLocalRecord } from './read-local-record.js';

const CONFIG_FILES = ['.github/product-health.yml', '.github/product-health.yaml'];
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);
const BINARY_SNIFF_BYTES = 8000;
const READ_CONCURRENCY = 32;
const FIELD = '\x1f';

export interface LocalSourceOptions {
  /** A local checkout of the product records' repository (betagouv/beta.gouv.fr), to read the product's record. */
  betagouvDir?: string | null;
}

export function createLocalSource(directory: string, options: LocalSourceOptions = {}): Source {
  const root = resolve(directory);
  return {
    kind: 'local',
    readConfig: () => readConfigFile(root),
    collect: async (request) => {
      const snapshot = await collectSnapshot(root, request);
      const readme = Object.entries(snapshot.contents).find(([path]) => /^readme(\.[a-z]+)?$/i.test(path));
      const identity = identifyProductRecord(
        request.config.product.betagouv,
        readme?.[1].available ? readme[1].value.text : null,
      );
      if (identity === null) return snapshot;
      const productRecord = await readLocalRecord(identity, options.betagouvDir ?? null, request.now);
      return { ...snapshot, productRecord };
    },
  };
}

async function readConfigFile(root: string): Promise<{ file: string; text: string } | null> {
  for (const file of CONFIG_FILES) {
    try {
      return { file, text: await readFile(join(root, file), 'utf8') };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
    }
  }
  return null;
}

/** What the scan knows about the folder before collecting. */
type Probe =
  | { git: true; head: string | null; shallow: Set<string> }
  | { git: false; reason: UnavailableReason; detail: string };

async function collectSnapshot(root: string, { now, config }: CollectRequest): Promise<RawSnapshot> {
  const window = scanWindow(now, config.windowDays);
  const probe = await probeRepository(root);
  const files = probe.git ? await gitPart(() => listGitFiles(root)) : await walkPart(root);
  const selected = files.available ? selectFilesToRead(files.value, config) : [];

  const [repository, dates, commits, tags] = await Promise.all([
    repositoryInfo(root, probe),
    probe.git && probe.head ? lastChangeDates(root, selected, probe.shallow).catch(() => null) : null,
    probe.git
      ? gitPart(() => listCommits(root, probe.head, window, probe.shallow))
      : unavailableFrom<Commit[]>(probe),
    probe.git ? gitPart(() => listTags(root)) : unavailableFrom<Tag[]>(probe),
  ]);
  const contents = await readContents(root, selected, dates ?? new Map());

  return {
    repository,
    now: now.toISOString(),
    window,
    files,
    contents,
    commits,
    tags,
    releases: unavailable('offline', 'GitHub releases are not visible in a local checkout'),
    deployments: unavailable('offline', 'GitHub deployments are not visible in a local checkout'),
    workflowRuns: unavailable('offline', 'GitHub Actions workflow runs are not visible in a local checkout'),
    issues: unavailable('offline', 'GitHub issues are not visible in a local checkout'),
    discussionCategories: unavailable('offline', 'GitHub discussions are not visible in a local checkout'),
  };
}

async function probeRepository(root: string): Promise<Probe> {
  try {
    const [state, head] = await Promise.all([
      runGit(root, ['rev-parse', '--is-inside-work-tree', '--git-path', 'shallow']),
      runGitOrNull(root, ['rev-parse', '-q', '--verify', 'HEAD^{commit}']),
    ]);
    const [inside, shallowFile] = state.split('\n');
    if (inside !== 'true') return notAGitRepository(root);
    return { git: true, head: head?.trim() || null, shallow: await readShallowBoundary(root, shallowFile) };
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    if (error.kind === 'not-a-repository') return notAGitRepository(root);
    return { git: false, reason: 'api-fault', detail: error.message };
  }
}

function notAGitRepository(root: string): Probe {
  return { git: false, reason: 'not-a-git-repository', detail: `${basename(root)} is not a git repository` };
}

/** Commits at the edge of a shallow clone: git shows them as adding every file. */
async function readShallowBoundary(root: string, shallowFile: string | undefined): Promise<Set<string>> {
  if (!shallowFile) return new Set();
  try {
    const text = await readFile(resolve(root, shallowFile), 'utf8');
    return new Set(text.split('\n').filter(Boolean));
  } catch {
    return new Set();
  }
}

function unavailableFrom<T>(probe: Extract<Probe, { git: false }>): Part<T> {
  return unavailable(probe.reason, probe.detail);
}

async function gitPart<T>(read: () => Promise<T>): Promise<Part<T>> {
  try {
    return available(await read());
  } catch (error) {
    if (error instanceof GitError) return unavailable('api-fault', error.message);
    if (error instanceof PartError) return unavailable(error.reason, error.message);
    throw error;
  }
}

class PartError extends Error {
  constructor(
    readonly reason: UnavailableReason,
    message: string,
  ) {
    super(message);
  }
}

async function listGitFiles(root: string): Promise<string[]> {
  const output = await runGit(root, ['ls-files', '--cached', '--others', '--exclude-standard', '-z']);
  // Unmerged paths are listed once per stage; nested repositories appear as `dir/`.
  const paths = new Set(output.split('\0').filter((path) => path !== '' && !path.endsWith('/')));
  return [...paths].sort();
}

async function walkPart(root: string): Promise<Part<string[]>> {
  try {
    const paths: string[] = [];
    await walk(root, '', paths);
    return available(paths.sort());
  } catch (error) {
    return unavailable('not-found', `cannot read ${basename(root)}: ${(error as Error).message}`);
  }
}

async function walk(folder: string, prefix: string, paths: string[]): Promise<void> {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name))
        await walk(join(folder, entry.name), `${prefix}${entry.name}/`, paths);
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      paths.push(`${prefix}${entry.name}`);
    }
  }
}

async function repositoryInfo(root: string, probe: Probe): Promise<RepositoryInfo> {
  const info: RepositoryInfo = { name: basename(root), defaultBranch: null, url: null, archived: false };
  if (!probe.git) return info;
  try {
    const [originUrl, originHead, currentBranch] = await Promise.all([
      runGitOrNull(root, ['config', '--get', 'remote.origin.url']),
      runGitOrNull(root, ['symbolic-ref', '-q', 'refs/remotes/origin/HEAD']),
      runGitOrNull(root, ['symbolic-ref', '-q', '--short', 'HEAD']),
    ]);
    const github = originUrl ? parseGitHubRemote(originUrl.trim()) : null;
    if (github) {
      info.name = github;
      info.url = `https://github.com/${github}`;
    }
    const remoteBranch = originHead?.trim().replace(/^refs\/remotes\/origin\//, '');
    info.defaultBranch = remoteBranch || currentBranch?.trim() || null;
  } catch {
    // Git vanished between calls: keep what the folder says.
  }
  return info;
}

/** `owner/name` of a github.com remote URL (https, ssh or scp-like), else null. */
export function parseGitHubRemote(url: string): string | null {
  const match =
    /^(?:(?:https?|git|ssh):\/\/(?:[^@/]+@)?(?:www\.)?github\.com(?::\d+)?\/|[^@/]+@github\.com:)([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/i.exec(
      url,
    );
  return match ? `${match[1]}/${match[2]}` : null;
}

/**
 * Committer date of the last commit touching each path, in one `git log` pass over the history,
 * stopped as soon as every path has been seen. Paths first seen in a shallow clone's boundary
 * commit get null: that commit only says the file existed then.
 */
async function lastChangeDates(
  root: string,
  paths: readonly string[],
  shallow: ReadonlySet<string>,
): Promise<Map<string, string | null>> {
  const dates = new Map<string, string | null>();
  if (paths.length === 0) return dates;
  const wanted = new Set(paths);
  let pending = '';
  let date: string | null = null;
  await streamGit(
    root,
    ['log', '-z', '--relative', '--no-renames', '--name-only', '--format=\x01%H %cI', 'HEAD', '--', ...paths],
    (chunk) => {
      const tokens = (pending + chunk).split('\0');
      pending = tokens.pop() ?? '';
      for (const token of tokens) {
        if (token.startsWith('\x01')) {
          const [sha = '', iso = ''] = token.slice(1).split(' ');
          date = shallow.has(sha) ? null : toIso(iso);
          continue;
        }
        const path = token.startsWith('\n') ? token.slice(1) : token;
        if (wanted.has(path) && !dates.has(path)) dates.set(path, date);
      }
      return dates.size < wanted.size;
    },
  );
  return dates;
}

async function listCommits(
  root: string,
  head: string | null,
  window: TimeWindow,
  shallow: ReadonlySet<string>,
): Promise<Commit[]> {
  if (!head) return [];
  const log = await runGit(root, [
    'log',
    '-z',
    `--since=${window.since}`,
    `--format=%H${FIELD}%P${FIELD}%aN${FIELD}%aE${FIELD}%aI`,
    head,
  ]);
  const records = log
    .split('\0')
    .filter((record) => record !== '')
    .map((record) => record.split(FIELD));
  const firstParent = firstParentLine(
    head,
    new Map(records.map(([sha = '', parents = '']) => [sha, parents.split(' ')[0] ?? ''])),
  );
  const from = Date.parse(window.since);
  const until = Date.parse(window.until);
  const commits: Commit[] = [];
  for (const [sha = '', , name = '', email = '', authorDate = ''] of records) {
    if (shallow.has(sha)) {
      throw new PartError('not-found', 'shallow clone: the history inside the window is incomplete');
    }
    const time = Date.parse(authorDate);
    if (!(time >= from && time <= until)) continue;
    commits.push({
      sha,
      author: { name, email: email || null, login: null, isBot: isBotAuthor(name, email) },
      date: new Date(time).toISOString(),
      firstParent: firstParent.has(sha),
    });
  }
  // git lists by committer date; the contract orders by (author) date.
  return commits.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

async function listTags(root: string): Promise<Tag[]> {
  const output = await runGit(root, [
    'for-each-ref',
    '--format=%(refname:lstrip=2)%00%(creatordate:iso-strict)',
    'refs/tags',
  ]);
  const tags: Tag[] = [];
  for (const line of output.split('\n')) {
    const [name = '', date = ''] = line.split('\0');
    const iso = toIso(date);
    if (name !== '' && iso !== null) tags.push({ name, date: iso });
  }
  return tags.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.name.localeCompare(b.name)));
}

async function readContents(
  root: string,
  paths: readonly string[],
  dates: ReadonlyMap<string, string | null>,
): Promise<Record<string, Part<FileContent>>> {
  const realRoot = await realpath(root).catch(() => root);
  const parts = new Array<Part<FileContent>>(paths.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < paths.length; index = next++) {
      const path = paths[index] as string;
      parts[index] = await readContent(realRoot, path, dates.get(path) ?? null);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, paths.length) }, worker));
  const contents: Record<string, Part<FileContent>> = {};
  paths.forEach((path, index) => {
    contents[path] = parts[index] as Part<FileContent>;
  });
  return contents;
}

async function readContent(
  realRoot: string,
  path: string,
  lastChangedAt: string | null,
): Promise<Part<FileContent>> {
  let buffer: Buffer;
  try {
    const target = await realpath(join(realRoot, path));
    if (!target.startsWith(realRoot + sep)) {
      return unavailable('not-found', `${path} links outside the repository`);
    }
    buffer = await readHead(target, MAX_TEXT_BYTES + 1);
  } catch (error) {
    return unavailable(
      'not-found',
      `${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  if (buffer.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    return unavailable('too-large', `${path} is a binary file`);
  }
  const truncated = buffer.length > MAX_TEXT_BYTES;
  // stream: true drops a multi-byte character cut in half by the size limit.
  let text = new TextDecoder('utf-8').decode(truncated ? buffer.subarray(0, MAX_TEXT_BYTES) : buffer, {
    stream: truncated,
  });
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return available({ text, lastChangedAt, truncated });
}

/** The first `limit` bytes of a file (fewer when it is shorter). */
async function readHead(file: string, limit: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const buffer = Buffer.alloc(Math.min(size, limit));
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

function toIso(value: string): string | null {
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
