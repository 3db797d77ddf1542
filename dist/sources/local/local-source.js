import { readdir, realpath } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { firstParentLine } from '../../collect/first-parent-line.js';
import { limitText, MAX_TEXT_BYTES } from '../../collect/limit-text.js';
import { findProductionTarget } from '../../collect/production-target.js';
import { scanWindow } from '../../collect/scan-window.js';
import { selectFilesToRead } from '../../collect/select-files.js';
import { CONFIG_FILES } from '../../config/config-path.js';
import { isBotAuthor } from '../../model/bots.js';
import { available, unavailable } from '../../model/part.js';
import { identifyProductRecord } from '../../product-record/product-record-source.js';
import { DEFAULT_GIT_LIMITS, GitError, runGit, runGitOrNull, streamGit } from './git.js';
import { readCheckoutFile, readRegularFile } from './read-checkout-file.js';
import { readLocalRecord } from './read-local-record.js';
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);
const BINARY_SNIFF_BYTES = 8000;
const READ_CONCURRENCY = 32;
const FIELD = '\x1f';
/**
 * Bytes read of any file: the texts' cap, plus room for a BOM and a character cut in half, so the
 * text kept is cut where the GitHub source cuts it (`limitText`). A configuration that long is
 * refused by its own, smaller, limit.
 */
const READ_LIMIT = MAX_TEXT_BYTES + 8;
/** `.git/shallow` holds one 41-byte line per boundary commit. */
const MAX_SHALLOW_BYTES = 4 * 1024 * 1024;
export function createLocalSource(directory, options = {}) {
    const root = resolve(directory);
    const limits = { ...DEFAULT_GIT_LIMITS, ...options.git };
    return {
        kind: 'local',
        readConfig: () => readConfigFile(root),
        collect: async (request) => {
            const snapshot = await collectSnapshot(root, request, limits);
            const readme = Object.entries(snapshot.contents).find(([path]) => /^readme(\.[a-z]+)?$/i.test(path));
            const identity = identifyProductRecord(request.config.product.betagouv, readme?.[1].available ? readme[1].value.text : null);
            if (identity === null)
                return snapshot;
            const productRecord = await readLocalRecord(identity, options.betagouvDir ?? null, request.now);
            return { ...snapshot, productRecord };
        },
    };
}
/**
 * The repository's configuration file; a file that cannot or must not be read (a link leaving the
 * checkout, a FIFO…) is a problem the report shows, and the defaults apply.
 */
async function readConfigFile(root) {
    const realRoot = await realpath(root).catch(() => root);
    for (const file of CONFIG_FILES) {
        const read = await readCheckoutFile(realRoot, file, READ_LIMIT);
        if (read.read)
            return { file, text: read.bytes.toString('utf8') };
        if (!read.absent)
            return { file, text: '', problem: `${read.detail}; the defaults apply` };
    }
    return null;
}
async function collectSnapshot(root, { now, config }, limits) {
    const window = scanWindow(now, config.windowDays);
    const probe = await probeRepository(root, limits);
    const files = probe.git ? await gitPart(() => listGitFiles(root, limits)) : await walkPart(root);
    const selected = files.available ? selectFilesToRead(files.value, config) : [];
    const [repository, dates, commits, tags] = await Promise.all([
        repositoryInfo(root, probe, limits),
        probe.git && probe.head ? lastChangeDates(root, selected, probe.shallow, limits).catch(() => null) : null,
        probe.git
            ? probe.head
                ? gitPart(() => listCommits(root, probe.head, window, probe.shallow, limits))
                : unavailable('empty-repository', 'the repository has no commit yet')
            : unavailableFrom(probe),
        probe.git ? gitPart(() => listTags(root, limits)) : unavailableFrom(probe),
    ]);
    const contents = await readContents(root, selected, dates ?? new Map());
    const target = files.available
        ? findProductionTarget(files.value, contents, config, repository.defaultBranch)
        : null;
    const productionBranch = probe.git && target?.kind === 'branch'
        ? await readBranchHistory(root, target.branch, repository.defaultBranch, probe.head, window, probe.shallow, limits)
        : undefined;
    return {
        repository,
        now: now.toISOString(),
        window,
        files,
        contents,
        commits,
        tags,
        ...(productionBranch ? { productionBranch } : {}),
        releases: unavailable('offline', 'GitHub releases are not visible in a local checkout'),
        deployments: unavailable('offline', 'GitHub deployments are not visible in a local checkout'),
        workflowRuns: unavailable('offline', 'GitHub Actions workflow runs are not visible in a local checkout'),
        issues: unavailable('offline', 'GitHub issues are not visible in a local checkout'),
        discussionCategories: unavailable('offline', 'GitHub discussions are not visible in a local checkout'),
    };
}
async function probeRepository(root, limits) {
    try {
        const [state, head] = await Promise.all([
            runGit(root, ['rev-parse', '--is-inside-work-tree', '--git-path', 'shallow'], limits),
            runGitOrNull(root, ['rev-parse', '-q', '--verify', 'HEAD^{commit}'], limits),
        ]);
        const [inside, shallowFile] = state.split('\n');
        if (inside !== 'true')
            return notAGitRepository(root);
        return { git: true, head: head?.trim() || null, shallow: await readShallowBoundary(root, shallowFile) };
    }
    catch (error) {
        if (!(error instanceof GitError))
            throw error;
        if (error.kind === 'not-a-repository')
            return notAGitRepository(root);
        return { git: false, reason: 'api-fault', detail: error.message };
    }
}
function notAGitRepository(root) {
    return { git: false, reason: 'not-a-git-repository', detail: `${basename(root)} is not a git repository` };
}
/**
 * Commits at the edge of a shallow clone: git shows them as adding every file. The file may live
 * outside the checkout (a worktree's or submodule's git folder), but is read as carefully.
 */
async function readShallowBoundary(root, shallowFile) {
    if (!shallowFile)
        return new Set();
    const read = await readRegularFile(resolve(root, shallowFile), MAX_SHALLOW_BYTES);
    if (!read.read)
        return new Set();
    const lines = read.bytes.toString('latin1').split('\n');
    if (read.size > read.bytes.length)
        lines.pop();
    return new Set(lines.filter(Boolean));
}
function unavailableFrom(probe) {
    return unavailable(probe.reason, probe.detail);
}
async function gitPart(read) {
    try {
        return available(await read());
    }
    catch (error) {
        if (error instanceof GitError)
            return unavailable('api-fault', error.message);
        if (error instanceof PartError)
            return unavailable(error.reason, error.message);
        throw error;
    }
}
class PartError extends Error {
    reason;
    constructor(reason, message) {
        super(message);
        this.reason = reason;
    }
}
async function listGitFiles(root, limits) {
    const output = await runGit(root, ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], limits);
    // Unmerged paths are listed once per stage; nested repositories appear as `dir/`.
    const paths = new Set(output.split('\0').filter((path) => path !== '' && !path.endsWith('/')));
    return [...paths].sort();
}
async function walkPart(root) {
    try {
        const paths = [];
        await walk(root, '', paths);
        return available(paths.sort());
    }
    catch (error) {
        return unavailable('not-found', `cannot read ${basename(root)}: ${error.message}`);
    }
}
async function walk(folder, prefix, paths) {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
        if (entry.isDirectory()) {
            if (!SKIPPED_FOLDERS.has(entry.name))
                await walk(join(folder, entry.name), `${prefix}${entry.name}/`, paths);
        }
        else if (entry.isFile() || entry.isSymbolicLink()) {
            paths.push(`${prefix}${entry.name}`);
        }
    }
}
async function repositoryInfo(root, probe, limits) {
    const info = { name: basename(root), defaultBranch: null, url: null, archived: false };
    if (!probe.git)
        return info;
    try {
        const [originUrl, originHead, currentBranch] = await Promise.all([
            runGitOrNull(root, ['config', '--get', 'remote.origin.url'], limits),
            runGitOrNull(root, ['symbolic-ref', '-q', 'refs/remotes/origin/HEAD'], limits),
            runGitOrNull(root, ['symbolic-ref', '-q', '--short', 'HEAD'], limits),
        ]);
        const github = originUrl ? parseGitHubRemote(originUrl.trim()) : null;
        if (github) {
            info.name = github;
            info.url = `https://github.com/${github}`;
        }
        const remoteBranch = originHead?.trim().replace(/^refs\/remotes\/origin\//, '');
        info.defaultBranch = remoteBranch || currentBranch?.trim() || null;
    }
    catch {
        // Git vanished between calls: keep what the folder says.
    }
    return info;
}
/** `owner/name` of a github.com remote URL (https, ssh or scp-like), else null. */
export function parseGitHubRemote(url) {
    const match = /^(?:(?:https?|git|ssh):\/\/(?:[^@/]+@)?(?:www\.)?github\.com(?::\d+)?\/|[^@/]+@github\.com:)([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/i.exec(url);
    return match ? `${match[1]}/${match[2]}` : null;
}
/**
 * Committer date of the last commit touching each path, in one `git log` pass over the history,
 * stopped as soon as every path has been seen. Paths first seen in a shallow clone's boundary
 * commit get null: that commit only says the file existed then.
 */
async function lastChangeDates(root, paths, shallow, limits) {
    const dates = new Map();
    if (paths.length === 0)
        return dates;
    const wanted = new Set(paths);
    let pending = '';
    let date = null;
    await streamGit(root, ['log', '-z', '--relative', '--no-renames', '--name-only', '--format=\x01%H %cI', 'HEAD', '--', ...paths], (chunk) => {
        const tokens = (pending + chunk).split('\0');
        pending = tokens.pop() ?? '';
        for (const token of tokens) {
            if (token.startsWith('\x01')) {
                const [sha = '', iso = ''] = token.slice(1).split(' ');
                date = shallow.has(sha) ? null : toIso(iso);
                continue;
            }
            const path = token.startsWith('\n') ? token.slice(1) : token;
            if (wanted.has(path) && !dates.has(path))
                dates.set(path, date);
        }
        return dates.size < wanted.size;
    }, limits);
    return dates;
}
async function listCommits(root, head, window, shallow, limits) {
    if (!head)
        return [];
    const log = await runGit(root, [
        'log',
        '-z',
        `--since=${window.since}`,
        `--format=%H${FIELD}%P${FIELD}%aN${FIELD}%aE${FIELD}%aI${FIELD}%cI`,
        head,
    ], limits);
    const records = log
        .split('\0')
        .filter((record) => record !== '')
        .map((record) => record.split(FIELD));
    const firstParent = firstParentLine(head, new Map(records.map(([sha = '', parents = '']) => [sha, parents.split(' ')[0] ?? ''])));
    const from = Date.parse(window.since);
    const until = Date.parse(window.until);
    const commits = [];
    for (const [sha = '', , name = '', email = '', authorDate = '', committerDate = ''] of records) {
        if (shallow.has(sha)) {
            throw new PartError('not-found', 'shallow clone: the history inside the window is incomplete');
        }
        const time = Date.parse(authorDate);
        if (!(time >= from && time <= until))
            continue;
        commits.push({
            sha,
            author: { name, email: email || null, login: null, isBot: isBotAuthor(name, email) },
            date: new Date(time).toISOString(),
            ...committed(committerDate),
            firstParent: firstParent.has(sha),
        });
    }
    // git lists by committer date; the contract orders by (author) date.
    return commits.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}
function committed(value) {
    const iso = toIso(value);
    return iso === null ? {} : { committedAt: iso };
}
/**
 * First-parent history of the production branch, committed inside the window: the default branch
 * from HEAD, another one from its local branch, else its remote-tracking ref (`origin/<name>`).
 */
async function readBranchHistory(root, branch, defaultBranch, head, window, shallow, limits) {
    const candidates = branch === defaultBranch && head
        ? [{ ref: 'HEAD', sha: head }]
        : await resolveBranch(root, branch, limits);
    const found = candidates[0];
    if (!found) {
        return {
            name: branch,
            ref: null,
            commits: unavailable('not-found', `the branch ${branch} is not in this checkout (neither refs/heads/${branch} nor a remote-tracking ref): fetch it to count its pushes`),
        };
    }
    const commits = await gitPart(async () => {
        const log = await runGit(root, [
            'log',
            '-z',
            '--first-parent',
            `--since=${window.since}`,
            `--format=%H${FIELD}%aN${FIELD}%aE${FIELD}%aI${FIELD}%cI`,
            found.sha,
        ], limits);
        const from = Date.parse(window.since);
        const until = Date.parse(window.until);
        const list = [];
        for (const record of log.split('\0')) {
            if (record === '')
                continue;
            const [sha = '', name = '', email = '', authorDate = '', committerDate = ''] = record.split(FIELD);
            if (shallow.has(sha)) {
                throw new PartError('not-found', 'shallow clone: the history inside the window is incomplete');
            }
            const time = Date.parse(committerDate);
            if (!(time >= from && time <= until))
                continue;
            list.push({
                sha,
                author: { name, email: email || null, login: null, isBot: isBotAuthor(name, email) },
                date: toIso(authorDate) ?? new Date(time).toISOString(),
                committedAt: new Date(time).toISOString(),
                firstParent: true,
            });
        }
        return list;
    });
    return { name: branch, ref: found.ref, commits };
}
async function resolveBranch(root, branch, limits) {
    if (!/^[\w./-]+$/.test(branch) || branch.startsWith('-') || branch.includes('..'))
        return [];
    const found = [];
    for (const ref of [`refs/heads/${branch}`, `refs/remotes/origin/${branch}`]) {
        const sha = await runGitOrNull(root, ['rev-parse', '-q', '--verify', `${ref}^{commit}`], limits);
        if (sha?.trim())
            found.push({ ref: ref.replace(/^refs\/(heads|remotes)\//, ''), sha: sha.trim() });
    }
    return found;
}
async function listTags(root, limits) {
    const output = await runGit(root, ['for-each-ref', '--format=%(refname:lstrip=2)%00%(creatordate:iso-strict)', 'refs/tags'], limits);
    const tags = [];
    for (const line of output.split('\n')) {
        const [name = '', date = ''] = line.split('\0');
        const iso = toIso(date);
        if (name !== '' && iso !== null)
            tags.push({ name, date: iso });
    }
    return tags.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.name.localeCompare(b.name)));
}
async function readContents(root, paths, dates) {
    const realRoot = await realpath(root).catch(() => root);
    const parts = new Array(paths.length);
    let next = 0;
    const worker = async () => {
        for (let index = next++; index < paths.length; index = next++) {
            const path = paths[index];
            parts[index] = await readContent(realRoot, path, dates.get(path) ?? null);
        }
    };
    await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, paths.length) }, worker));
    const contents = {};
    paths.forEach((path, index) => {
        contents[path] = parts[index];
    });
    return contents;
}
async function readContent(realRoot, path, lastChangedAt) {
    const read = await readCheckoutFile(realRoot, path, READ_LIMIT);
    if (!read.read)
        return unavailable(read.reason, read.detail);
    if (read.bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
        return unavailable('too-large', `${path} is a binary file`);
    }
    const cut = read.size > read.bytes.length;
    // stream: true drops a multi-byte character cut in half by the read limit; limitText drops the BOM.
    const limited = limitText(new TextDecoder('utf-8', { ignoreBOM: true }).decode(read.bytes, { stream: cut }));
    return available({ text: limited.text, lastChangedAt, truncated: limited.truncated || cut });
}
function toIso(value) {
    const time = Date.parse(value);
    return Number.isNaN(time) ? null : new Date(time).toISOString();
}
