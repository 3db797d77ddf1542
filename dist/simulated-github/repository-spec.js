import { createHash } from 'node:crypto';
/** GitHub's spelling of a date: second precision, `Z`. */
export function githubDate(value) {
    const time = Date.parse(value);
    if (Number.isNaN(time))
        throw new Error(`SimulatedGitHub: not a date: ${JSON.stringify(value)}`);
    return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
export function sha1(text) {
    return createHash('sha1').update(text).digest('hex');
}
/** Git's object id for a blob holding `text`. */
export function blobOid(text) {
    return sha1(`blob ${Buffer.byteLength(text)}\0${text}`);
}
export function fullNameOf(spec) {
    return `${spec.owner}/${spec.name}`;
}
/** The repository's REST id: the spec's, else a stable number derived from its full name. */
export function repositoryId(spec) {
    return (spec.id ??
        100_000_000 + (Number.parseInt(sha1(fullNameOf(spec).toLowerCase()).slice(0, 7), 16) % 900_000_000));
}
export function isEmptyRepository(spec) {
    return spec.empty === true;
}
/** The spec's commits (sorted newest first by `normalizeSpec`). */
export function commitsOf(spec) {
    return isEmptyRepository(spec) ? [] : (spec.commits ?? []);
}
export function headCommitOf(spec) {
    return commitsOf(spec)[0] ?? null;
}
export function issuesEnabled(spec) {
    return spec.issuesEnabled !== false;
}
export function issueStateOf(issue) {
    return issue.state ?? (issue.closedAt ? 'closed' : 'open');
}
export function issueUpdatedAt(issue) {
    if (issue.updatedAt)
        return githubDate(issue.updatedAt);
    const dates = [issue.createdAt, issue.closedAt, ...(issue.comments ?? []).map((c) => c.createdAt)];
    return githubDate(new Date(Math.max(...dates.flatMap((date) => (date ? [Date.parse(date)] : [])))).toISOString());
}
export function isBotLogin(login, flagged) {
    return flagged === true || login.endsWith('[bot]');
}
/** The repository's label spelled as the repository spells it, added when missing. */
export function ensureLabel(spec, name) {
    spec.labels ??= [];
    const existing = spec.labels.find((label) => label.toLowerCase() === name.toLowerCase());
    if (existing !== undefined)
        return existing;
    spec.labels.push(name);
    return name;
}
const commitIndexes = new WeakMap();
/** Commits by oid (commits never change after `normalizeSpec`). */
export function commitIndex(spec) {
    let index = commitIndexes.get(spec);
    if (!index) {
        const branchCommits = isEmptyRepository(spec) ? [] : Object.values(spec.branches ?? {}).flat();
        index = new Map([...commitsOf(spec), ...branchCommits].map((commit) => [commit.oid, commit]));
        commitIndexes.set(spec, index);
    }
    return index;
}
/** A deep copy with the derived parts filled in: sorted commits with oids and parents, issue numbers, labels. */
export function normalizeSpec(input) {
    const spec = structuredClone(input);
    spec.defaultBranch ??= 'main';
    if (!isEmptyRepository(spec)) {
        const given = spec.commits ?? [];
        const commits = given.length > 0
            ? given
            : [{ date: '2020-01-01T00:00:00Z', message: 'Initial commit', paths: Object.keys(spec.files ?? {}) }];
        const sorted = commits
            .map((commit, index) => ({ commit, index, time: Date.parse(githubDate(commit.date)) }))
            .sort((a, b) => b.time - a.time || a.index - b.index)
            .map(({ commit }) => commit);
        sorted.forEach((commit, index) => {
            commit.oid ??= sha1(`commit\0${fullNameOf(spec)}\0${commit.date}\0${commit.message ?? ''}\0${index}`);
        });
        sorted.forEach((commit, index) => {
            const next = sorted[index + 1];
            commit.parents ??= next ? [next.oid] : [];
        });
        spec.commits = sorted;
        for (const [branch, line] of Object.entries(spec.branches ?? {})) {
            const ordered = [...line].sort((a, b) => Date.parse(githubDate(b.date)) - Date.parse(githubDate(a.date)));
            ordered.forEach((commit, index) => {
                commit.oid ??= sha1(`commit\0${fullNameOf(spec)}\0${branch}\0${commit.date}\0${commit.message ?? ''}\0${index}`);
            });
            ordered.forEach((commit, index) => {
                const next = ordered[index + 1];
                commit.parents ??= next ? [next.oid] : [];
            });
            spec.branches[branch] = ordered;
        }
    }
    spec.labels ??= [];
    spec.issues ??= [];
    const issues = spec.issues;
    let highest = Math.max(0, ...issues.map((issue) => issue.number ?? 0));
    const unnumbered = issues
        .filter((issue) => issue.number === undefined)
        .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
    for (const issue of unnumbered)
        issue.number = ++highest;
    for (const issue of issues)
        issue.labels = (issue.labels ?? []).map((label) => ensureLabel(spec, label));
    return spec;
}
/** Opaque node ids: a kind prefix (`R`, `I`, `C`, …) and the object's key in its repository. */
export function nodeId(kind, spec, key) {
    return `${kind}_${Buffer.from(`${fullNameOf(spec)}:${key}`).toString('base64url')}`;
}
export function parseNodeId(id) {
    const match = /^([A-Z]+)_([A-Za-z0-9_-]+)$/.exec(id);
    if (!match)
        return null;
    const decoded = Buffer.from(match[2], 'base64url').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0)
        return null;
    return { kind: match[1], fullName: decoded.slice(0, colon), key: decoded.slice(colon + 1) };
}
export function findSpec(specs, owner, name) {
    const wanted = `${owner}/${name}`.toLowerCase();
    return specs.find((spec) => fullNameOf(spec).toLowerCase() === wanted);
}
/** The commit a revision names: HEAD, the default branch, a tag, or an oid (or a unique prefix of 4+). */
export function resolveRevision(spec, revision) {
    const head = headCommitOf(spec);
    if (!head)
        return null;
    const branch = spec.defaultBranch ?? 'main';
    if (revision === 'HEAD' || revision === branch || revision === `refs/heads/${branch}`)
        return head;
    const tag = (spec.tags ?? []).find((t) => t.name === revision || `refs/tags/${t.name}` === revision);
    if (tag)
        return tagCommitOf(spec, tag);
    if (/^[0-9a-f]{4,40}$/i.test(revision)) {
        const matches = commitsOf(spec).filter((commit) => commit.oid?.startsWith(revision.toLowerCase()));
        if (matches.length === 1)
            return matches[0];
    }
    return null;
}
/** The commit a tag points to: one of the spec's commits, or a commit of its own dated like the tag. */
export function tagCommitOf(spec, tag) {
    const known = tag.commit ? commitIndex(spec).get(tag.commit) : undefined;
    return (known ?? {
        oid: sha1(`tagged-commit\0${fullNameOf(spec)}\0${tag.name}`),
        date: tag.date,
        message: `Release ${tag.name}`,
        parents: [],
        paths: [],
    });
}
/** The files at HEAD, as path → { text, binary, size, truncated }. */
export function fileOf(spec, path) {
    if (isEmptyRepository(spec))
        return null;
    const file = spec.files?.[path];
    if (file === undefined)
        return null;
    const described = typeof file === 'string' ? { text: file } : file;
    const binary = described.binary === true;
    const text = binary ? null : (described.text ?? '');
    return {
        text,
        byteSize: described.size ?? (text === null ? 0 : Buffer.byteLength(text)),
        isBinary: binary,
        isTruncated: described.truncated === true,
        oid: text === null ? sha1(`binary\0${path}\0${described.size ?? 0}`) : blobOid(text),
    };
}
/** Every directory holding a file, without the root (`''`). */
export function directoriesOf(spec) {
    if (isEmptyRepository(spec))
        return [];
    const directories = new Set();
    for (const path of Object.keys(spec.files ?? {})) {
        const parts = path.split('/');
        for (let end = 1; end < parts.length; end++)
            directories.add(parts.slice(0, end).join('/'));
    }
    return [...directories];
}
/** A tree's oid, derived from the paths and blob oids below it. */
export function treeOid(spec, directory) {
    const prefix = directory === '' ? '' : `${directory}/`;
    const below = Object.keys(spec.files ?? {})
        .filter((path) => path.startsWith(prefix))
        .sort()
        .map((path) => `${path}\0${fileOf(spec, path)?.oid ?? ''}`);
    return sha1(`tree\0${directory}\0${below.join('\n')}`);
}
//# sourceMappingURL=repository-spec.js.map