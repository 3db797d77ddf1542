import { lstat, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { limitText, MAX_TEXT_BYTES } from '../../collect/limit-text.js';
import { recordPath, } from '../../product-record/product-record-source.js';
import { GitError, runGit, runGitOrNull } from './git.js';
/**
 * Reads a product record from a local checkout of the records' repository (`--betagouv-dir`).
 * In a git checkout, the record is read as committed at the last commit before `now` (a scan of
 * the past reads the record of the time); a renamed record is found by its `redirect_from`.
 * Without a checkout, the record is linked, not verified. Never throws.
 */
export async function readLocalRecord(identity, directory, now) {
    if (directory === null)
        return { ...identity, status: 'linked' };
    const root = resolve(directory);
    const folder = `${root.split(/[\\/]/).pop() ?? root}`;
    try {
        // A git checkout at its top (not a plain folder inside someone else's repository).
        const state = await runGitOrNull(root, ['rev-parse', '--is-inside-work-tree', '--show-prefix']);
        const [inside, prefix] = (state ?? '').split('\n');
        if (inside === 'true' && prefix === '')
            return await fromGit(identity, root, folder, now);
        return await fromFiles(identity, root, folder);
    }
    catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return { ...identity, status: 'unreadable', detail: `${folder}: ${detail.slice(0, 200)}` };
    }
}
async function fromGit(identity, root, folder, now) {
    const commit = (await runGitOrNull(root, ['rev-list', '-1', `--before=${now.toISOString()}`, 'HEAD']))?.trim();
    if (!commit) {
        return { ...identity, status: 'unreadable', detail: `${folder} has no commit before the scan's now` };
    }
    let path = recordPath(identity.id);
    if (!(await gitFileExists(root, commit, path))) {
        const renamed = await redirectedRecord(root, commit, identity.id);
        if (renamed === null)
            return { ...identity, status: 'unknown-id', repository: folder, path };
        path = renamed;
    }
    const size = Number((await runGit(root, ['cat-file', '-s', `${commit}:${path}`])).trim());
    if (size > MAX_TEXT_BYTES * 4) {
        return { ...identity, status: 'unreadable', detail: `${path} is too large (${size} bytes)` };
    }
    const raw = await runGit(root, ['show', `${commit}:${path}`]);
    const date = (await runGitOrNull(root, ['log', '-1', '--format=%cI', commit, '--', path]))?.trim();
    const { text, truncated } = limitText(raw);
    return {
        ...identity,
        status: 'found',
        repository: folder,
        path,
        text,
        lastChangedAt: date ? new Date(date).toISOString() : null,
        truncated,
    };
}
async function gitFileExists(root, commit, path) {
    try {
        return (await runGit(root, ['cat-file', '-t', `${commit}:${path}`])).trim() === 'blob';
    }
    catch (error) {
        if (error instanceof GitError)
            return false;
        throw error;
    }
}
/** The record that lists `/startups/<id>` in its `redirect_from` (a record renamed since the README linked it). */
async function redirectedRecord(root, commit, id) {
    const output = await runGitOrNull(root, [
        'grep',
        '-l',
        '-E',
        `^\\s*-\\s*['"]?/startups/${id.replace(/[.]/g, '\\.')}(\\.html)?/?['"]?\\s*$`,
        commit,
        '--',
        'content/_startups/',
    ]);
    const first = output
        ?.split('\n')
        .find((line) => line.trim() !== '')
        ?.trim();
    return first ? first.slice(commit.length + 1) : null;
}
async function fromFiles(identity, root, folder) {
    const path = recordPath(identity.id);
    const file = join(root, path);
    const info = await lstat(file).catch(() => null);
    if (info === null)
        return { ...identity, status: 'unknown-id', repository: folder, path };
    if (!info.isFile()) {
        return { ...identity, status: 'unreadable', detail: `${path} is not a regular file` };
    }
    if (info.size > MAX_TEXT_BYTES * 4) {
        return { ...identity, status: 'unreadable', detail: `${path} is too large (${info.size} bytes)` };
    }
    const { text, truncated } = limitText(await readFile(file, 'utf8'));
    return {
        ...identity,
        status: 'found',
        repository: folder,
        path,
        text,
        lastChangedAt: info.mtime.toISOString(),
        truncated,
    };
}
