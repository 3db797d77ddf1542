import { responsePathAsArray } from 'graphql';
import { commitIndex, commitsOf, directoriesOf, fileOf, findSpec, fullNameOf, githubDate, headCommitOf, isBotLogin, isEmptyRepository, issueStateOf, issueUpdatedAt, nodeId, parseNodeId, resolveRevision, sha1, tagCommitOf, treeOid, } from './repository-spec.js';
/** A resolver error GitHub-style: `type` (`NOT_FOUND`, `FORBIDDEN`, …) goes beside `message` and `path`. */
export class FakeFieldError extends Error {
    type;
    extensions;
    constructor(type, message, extensions) {
        super(message);
        this.type = type;
        this.extensions = extensions;
        this.name = 'FakeFieldError';
    }
}
/** A field the fake has no answer for: an error in the answer rather than a made-up value. */
export const UNMODELED = 'FAKE_GITHUB_UNMODELED';
export function unmodeled(what) {
    return new FakeFieldError(UNMODELED, `SimulatedGitHub does not model ${what}`);
}
const FAULT_MESSAGES = {
    FORBIDDEN: 'Resource not accessible by integration',
    NOT_FOUND: 'Could not resolve to the requested object.',
    INSUFFICIENT_SCOPES: 'Your token has not been granted the required scopes to execute this query.',
    RATE_LIMITED: 'API rate limit exceeded.',
    SERVICE_UNAVAILABLE: 'Something went wrong while executing your query. Please try again later.',
};
function faultOf(spec, keys, fieldName) {
    const faults = spec.faults?.graphql;
    if (!faults)
        return null;
    const fault = faults[keys.join('.')] ?? faults[[...keys.slice(0, -1), fieldName].join('.')];
    if (fault === undefined)
        return null;
    const { type, message } = typeof fault === 'string' ? { type: fault, message: undefined } : fault;
    return new FakeFieldError(type, message ?? FAULT_MESSAGES[type] ?? type, type === 'FORBIDDEN' ? { saml_failure: false } : undefined);
}
/** The fault injected at this field (below a root field), if any. */
export function faultAt(context, info) {
    const keys = responsePathAsArray(info.path).filter((key) => typeof key === 'string');
    const spec = context.roots.get(keys[0] ?? '');
    return spec && keys.length > 1 ? faultOf(spec, keys, info.fieldName) : null;
}
const MAX_PAGE = 100;
function cursorAt(position) {
    return Buffer.from(`cursor:v2:${position}`).toString('base64');
}
function positionOf(cursor, argument) {
    const match = /^cursor:v2:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
    if (!match) {
        throw new FakeFieldError('INVALID_CURSOR_ARGUMENTS', `\`${cursor}\` does not appear to be a valid cursor.`, { argument });
    }
    return Number(match[1]);
}
/** A page of `items` (already filtered and ordered); cursors are positions, so they are opaque but not stable. */
function connection(items, args, toModel) {
    let start = args.after != null ? Math.min(positionOf(args.after, 'after'), items.length) : 0;
    let end = args.before != null ? Math.max(start, positionOf(args.before, 'before') - 1) : items.length;
    end = Math.min(end, items.length);
    if (args.first != null)
        end = Math.min(end, start + Math.min(Math.max(args.first, 0), MAX_PAGE));
    if (args.last != null)
        start = Math.max(start, end - Math.min(Math.max(args.last, 0), MAX_PAGE));
    const slice = items.slice(start, end).map(toModel);
    return {
        __typename: 'Connection',
        totalCount: items.length,
        nodes: slice,
        edges: slice.map((node, offset) => ({ cursor: cursorAt(start + offset + 1), node })),
        pageInfo: {
            hasNextPage: end < items.length,
            hasPreviousPage: start > 0,
            startCursor: slice.length > 0 ? cursorAt(start + 1) : null,
            endCursor: slice.length > 0 ? cursorAt(end) : null,
        },
    };
}
/** Stable sort by a key, in a direction. */
function ordered(items, key, direction) {
    const sign = direction === 'DESC' ? -1 : 1;
    return items
        .map((item, index) => ({ item, index, key: key(item) }))
        .sort((a, b) => (a.key < b.key ? -sign : a.key > b.key ? sign : a.index - b.index))
        .map(({ item }) => item);
}
const time = (date) => Date.parse(githubDate(date));
// ---------------------------------------------------------------------------------------------
// Root
export function queryRoot(context) {
    const { world } = context;
    const rooted = (info, spec, model) => {
        const key = String(info.path.key);
        context.roots.set(key, spec);
        const fault = faultOf(spec, [key], info.fieldName);
        if (fault)
            throw fault;
        return model();
    };
    return {
        __typename: 'Query',
        rateLimit: (args) => {
            if (args.dryRun)
                throw unmodeled('Query.rateLimit(dryRun: true)');
            const { limit, remaining, resetAt } = world.rate;
            return {
                cost: context.cost,
                limit,
                remaining,
                resetAt,
                used: limit - remaining,
                nodeCount: context.nodeCount,
            };
        },
        repository: (args, info) => {
            const spec = findSpec(world.specs, args.owner, args.name);
            if (!spec) {
                throw new FakeFieldError('NOT_FOUND', `Could not resolve to a Repository with the name '${args.owner}/${args.name}'.`);
            }
            return rooted(info, spec, () => repositoryModel(world, spec));
        },
        repositoryOwner: (args) => ownerModel(world, args.login),
        node: (args, info) => {
            const found = nodeById(world, args.id);
            if (!found) {
                throw new FakeFieldError('NOT_FOUND', `Could not resolve to a node with the global id of '${args.id}'`);
            }
            return rooted(info, found.spec, () => found.model);
        },
    };
}
/** An owner of at least one simulated repository, as an organisation listing its repositories. */
function ownerModel(world, login) {
    const owned = world.specs.filter((spec) => spec.owner.toLowerCase() === login.toLowerCase());
    const first = owned[0];
    if (!first)
        return null;
    return {
        __typename: 'Organization',
        id: `O_${Buffer.from(first.owner).toString('base64url')}`,
        login: first.owner,
        url: `${world.webUrl}/${first.owner}`,
        resourcePath: `/${first.owner}`,
        repositories: (args) => {
            const order = args.orderBy ?? { field: 'CREATED_AT', direction: 'ASC' };
            if (order.field !== 'NAME' && order.field !== 'CREATED_AT')
                throw unmodeled(`repositories(orderBy: ${order.field})`);
            const listed = owned.filter((spec) => args.isFork == null || (spec.fork === true) === args.isFork);
            const list = order.field === 'NAME' ? ordered(listed, (spec) => spec.name.toLowerCase(), order.direction) : listed;
            return connection(list, args, (spec) => repositoryModel(world, spec));
        },
    };
}
/** Repositories, issues and commits by the ids the fake hands out. */
function nodeById(world, id) {
    const parsed = parseNodeId(id);
    if (!parsed)
        return null;
    const [owner = '', name = ''] = parsed.fullName.split('/');
    const spec = findSpec(world.specs, owner, name);
    if (!spec)
        return null;
    if (parsed.kind === 'R')
        return { spec, model: repositoryModel(world, spec) };
    if (parsed.kind === 'I') {
        const issue = (spec.issues ?? []).find((candidate) => String(candidate.number) === parsed.key);
        return issue ? { spec, model: issueModel(world, spec, issue) } : null;
    }
    if (parsed.kind === 'C') {
        const commit = commitIndex(spec).get(parsed.key);
        return commit ? { spec, model: commitModel(world, spec, commit) } : null;
    }
    return null;
}
// ---------------------------------------------------------------------------------------------
// Repository
const DEFAULT_CATEGORIES = ['Announcements', 'General', 'Ideas', 'Polls', 'Q&A', 'Show and tell'];
function repositoryModel(world, spec) {
    const url = `${world.webUrl}/${fullNameOf(spec)}`;
    const head = headCommitOf(spec);
    const branch = spec.defaultBranch ?? 'main';
    return {
        __typename: 'Repository',
        id: nodeId('R', spec, ''),
        name: spec.name,
        nameWithOwner: fullNameOf(spec),
        owner: actorModel(world, spec.owner, false),
        url,
        resourcePath: `/${fullNameOf(spec)}`,
        description: spec.description ?? null,
        isArchived: spec.archived === true,
        isEmpty: isEmptyRepository(spec),
        isPrivate: spec.private === true,
        isFork: spec.fork === true,
        pushedAt: head ? githubDate(head.date) : null,
        repositoryTopics: (args) => connection(spec.topics ?? [], args, (name) => ({
            __typename: 'RepositoryTopic',
            id: nodeId('RT', spec, name),
            topic: { __typename: 'Topic', id: `TOPIC_${Buffer.from(name).toString('base64url')}`, name },
            url: `${world.webUrl}/topics/${name}`,
            resourcePath: `/topics/${name}`,
        })),
        isDisabled: false,
        isTemplate: false,
        hasIssuesEnabled: spec.issuesEnabled !== false,
        hasDiscussionsEnabled: spec.discussionsEnabled === true,
        defaultBranchRef: head
            ? {
                __typename: 'Ref',
                id: nodeId('REF', spec, `refs/heads/${branch}`),
                name: branch,
                prefix: 'refs/heads/',
                target: commitModel(world, spec, head),
            }
            : null,
        object: (args) => gitObject(world, spec, args),
        labels: (args) => {
            const query = args.query?.toLowerCase();
            const labels = (spec.labels ?? []).filter((label) => !query || label.toLowerCase().includes(query));
            // CREATED_AT is the spec's order (labels added by issue writes come last).
            const list = args.orderBy.field === 'NAME'
                ? ordered(labels, (label) => label.toLowerCase(), args.orderBy.direction)
                : args.orderBy.direction === 'DESC'
                    ? [...labels].reverse()
                    : labels;
            return connection(list, args, (label) => labelModel(world, spec, label));
        },
        label: (args) => {
            const label = (spec.labels ?? []).find((l) => l.toLowerCase() === args.name.toLowerCase());
            return label === undefined ? null : labelModel(world, spec, label);
        },
        releases: (args) => {
            // GitHub documents no default order; oldest first is what `releases(last: 1)` idioms rely on.
            const order = args.orderBy ?? { field: 'CREATED_AT', direction: 'ASC' };
            const key = (r) => order.field === 'NAME' ? (r.name ?? r.tagName) : time(r.createdAt);
            return connection(ordered(spec.releases ?? [], key, order.direction), args, (r) => releaseModel(world, spec, r));
        },
        refs: (args) => refsOf(world, spec, args),
        ref: (args) => {
            const name = args.qualifiedName.replace(/^refs\/tags\//, '');
            const tag = (spec.tags ?? []).find((t) => t.name === name);
            if (tag)
                return tagRefModel(world, spec, tag);
            const defaultRef = repositoryModel(world, spec).defaultBranchRef;
            if (defaultRef && [branch, `refs/heads/${branch}`].includes(args.qualifiedName))
                return defaultRef;
            const other = args.qualifiedName.replace(/^refs\/heads\//, '');
            const otherHead = isEmptyRepository(spec) ? undefined : spec.branches?.[other]?.[0];
            return otherHead
                ? {
                    __typename: 'Ref',
                    id: nodeId('REF', spec, `refs/heads/${other}`),
                    name: other,
                    prefix: 'refs/heads/',
                    target: commitModel(world, spec, otherHead),
                }
                : null;
        },
        deployments: (args) => {
            const wanted = args.environments;
            const list = (spec.deployments ?? []).filter((d) => !wanted || wanted.includes(d.environment));
            return connection(ordered(list, (d) => time(d.createdAt), args.orderBy.direction), args, (deployment) => deploymentModel(spec, deployment));
        },
        discussionCategories: (args) => {
            const names = spec.discussionsEnabled ? (spec.discussionCategories ?? DEFAULT_CATEGORIES) : [];
            return connection(names, args, (name) => ({
                __typename: 'DiscussionCategory',
                id: nodeId('DIC', spec, name),
                name,
                slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
                description: null,
                isAnswerable: name === 'Q&A',
            }));
        },
        issues: (args) => connection(filterIssues(spec, args), args, (i) => issueModel(world, spec, i)),
        issue: (args) => {
            const issue = (spec.issues ?? []).find((candidate) => candidate.number === args.number);
            if (!issue) {
                throw new FakeFieldError('NOT_FOUND', `Could not resolve to an Issue with the number of ${args.number}.`);
            }
            return issueModel(world, spec, issue);
        },
    };
}
function labelModel(world, spec, name) {
    return {
        __typename: 'Label',
        id: nodeId('LA', spec, name),
        name,
        color: 'ededed',
        description: null,
        isDefault: false,
        url: `${world.webUrl}/${fullNameOf(spec)}/labels/${encodeURIComponent(name)}`,
    };
}
function releaseModel(world, spec, release) {
    const publishedAt = release.publishedAt === undefined ? (release.draft ? null : release.createdAt) : release.publishedAt;
    return {
        __typename: 'Release',
        id: nodeId('RE', spec, release.tagName),
        name: release.name ?? null,
        tagName: release.tagName,
        createdAt: githubDate(release.createdAt),
        publishedAt: publishedAt === null ? null : githubDate(publishedAt),
        isPrerelease: release.prerelease === true,
        isDraft: release.draft === true,
        description: null,
        url: `${world.webUrl}/${fullNameOf(spec)}/releases/tag/${encodeURIComponent(release.tagName)}`,
    };
}
function refsOf(world, spec, args) {
    const query = args.query ?? '';
    if (args.refPrefix === 'refs/heads/') {
        const branchRef = repositoryModel(world, spec).defaultBranchRef;
        const branches = branchRef && String(branchRef.name).includes(query) ? [branchRef] : [];
        return connection(branches, args, (ref) => ref);
    }
    if (args.refPrefix !== 'refs/tags/')
        return connection([], args, (ref) => ref);
    const tags = (spec.tags ?? []).filter((tag) => tag.name.includes(query));
    const order = args.orderBy ?? { field: 'ALPHABETICAL', direction: args.direction ?? 'ASC' };
    const key = (tag) => order.field === 'TAG_COMMIT_DATE' ? time(tagCommitOf(spec, tag).date) : tag.name;
    return connection(ordered(tags, key, order.direction), args, (tag) => tagRefModel(world, spec, tag));
}
function tagRefModel(world, spec, tag) {
    const commit = commitModel(world, spec, tagCommitOf(spec, tag));
    const oid = sha1(`tag\0${fullNameOf(spec)}\0${tag.name}`);
    return {
        __typename: 'Ref',
        id: nodeId('REF', spec, `refs/tags/${tag.name}`),
        name: tag.name,
        prefix: 'refs/tags/',
        target: tag.annotated
            ? {
                __typename: 'Tag',
                id: nodeId('TAG', spec, tag.name),
                oid,
                abbreviatedOid: oid.slice(0, 7),
                name: tag.name,
                message: `Release ${tag.name}\n`,
                tagger: {
                    name: 'Release Bot',
                    email: 'release@example.com',
                    date: githubDate(tag.date),
                    user: null,
                },
                target: commit,
            }
            : commit,
    };
}
const STATUS_TO_STATE = { SUCCESS: 'ACTIVE' };
function deploymentModel(spec, deployment) {
    const status = deployment.state === undefined ? 'SUCCESS' : deployment.state?.toUpperCase();
    const key = `${deployment.environment}@${deployment.createdAt}`;
    return {
        __typename: 'Deployment',
        id: nodeId('DE', spec, key),
        environment: deployment.environment,
        originalEnvironment: deployment.environment,
        latestEnvironment: deployment.environment,
        task: 'deploy',
        description: null,
        createdAt: githubDate(deployment.createdAt),
        updatedAt: githubDate(deployment.statusAt ?? deployment.createdAt),
        state: status ? (STATUS_TO_STATE[status] ?? status) : 'PENDING',
        latestStatus: status
            ? {
                __typename: 'DeploymentStatus',
                id: nodeId('DES', spec, key),
                state: status,
                description: null,
                createdAt: githubDate(deployment.statusAt ?? deployment.createdAt),
                updatedAt: githubDate(deployment.statusAt ?? deployment.createdAt),
            }
            : null,
    };
}
// ---------------------------------------------------------------------------------------------
// Git objects
function gitObject(world, spec, args) {
    if (isEmptyRepository(spec))
        return null;
    if (args.oid != null) {
        const commit = commitIndex(spec).get(args.oid.toLowerCase());
        if (commit)
            return commitModel(world, spec, commit);
        const path = Object.keys(spec.files ?? {}).find((p) => fileOf(spec, p)?.oid === args.oid);
        return path === undefined ? null : blobModel(world, spec, path);
    }
    if (args.expression == null)
        return null;
    const colon = args.expression.indexOf(':');
    const commit = resolveRevision(spec, colon < 0 ? args.expression : args.expression.slice(0, colon));
    if (!commit)
        return null;
    if (colon < 0)
        return commitModel(world, spec, commit);
    const path = args.expression.slice(colon + 1).replace(/^\/+|\/+$/g, '');
    if (fileOf(spec, path))
        return blobModel(world, spec, path);
    if (path === '' || directoriesOf(spec).includes(path)) {
        const oid = treeOid(spec, path);
        return { __typename: 'Tree', id: nodeId('T', spec, path), oid, abbreviatedOid: oid.slice(0, 7) };
    }
    return null;
}
function blobModel(world, spec, path) {
    const file = fileOf(spec, path);
    if (!file)
        throw new Error(`SimulatedGitHub: no file ${path}`);
    return {
        __typename: 'Blob',
        id: nodeId('B', spec, path),
        oid: file.oid,
        abbreviatedOid: file.oid.slice(0, 7),
        byteSize: file.byteSize,
        text: file.text,
        isBinary: file.isBinary,
        isTruncated: file.isTruncated,
        commitUrl: `${world.webUrl}/${fullNameOf(spec)}/blob/HEAD/${path}`,
    };
}
function touches(commit, path) {
    const directory = `${path.replace(/\/+$/, '')}/`;
    return (commit.paths ?? []).some((touched) => touched === path || touched.startsWith(directory));
}
/** The commit and its ancestors, newest first. */
function ancestry(spec, start) {
    const index = commitIndex(spec);
    const seen = new Set();
    const found = [];
    const queue = [start];
    for (let commit = queue.pop(); commit; commit = queue.pop()) {
        if (seen.has(commit.oid))
            continue;
        seen.add(commit.oid);
        found.push(commit);
        for (const parent of commit.parents ?? []) {
            const known = index.get(parent);
            if (known)
                queue.push(known);
        }
    }
    const order = new Map(commitsOf(spec).map((commit, position) => [commit.oid, position]));
    return found.sort((a, b) => time(b.date) - time(a.date) || (order.get(a.oid) ?? 0) - (order.get(b.oid) ?? 0));
}
function commitModel(world, spec, commit) {
    const oid = commit.oid;
    const message = commit.message ?? 'Update';
    const url = `${world.webUrl}/${fullNameOf(spec)}/commit/${oid}`;
    const actor = (date) => ({
        name: commit.authorName ?? 'Test Author',
        email: commit.authorEmail ?? 'author@example.com',
        date: githubDate(date),
        user: commit.login ? actorModel(world, commit.login, false) : null,
    });
    return {
        __typename: 'Commit',
        id: nodeId('C', spec, oid),
        oid,
        abbreviatedOid: oid.slice(0, 7),
        committedDate: githubDate(commit.date),
        authoredDate: githubDate(commit.authoredDate ?? commit.date),
        message,
        messageHeadline: message.split('\n')[0] ?? '',
        url,
        commitUrl: url,
        author: actor(commit.authoredDate ?? commit.date),
        committer: actor(commit.date),
        parents: (args) => {
            const index = commitIndex(spec);
            const parents = (commit.parents ?? []).flatMap((parent) => {
                const known = index.get(parent);
                return known ? [known] : [];
            });
            return connection(parents, args, (parent) => commitModel(world, spec, parent));
        },
        history: (args) => {
            if (args.author != null)
                throw unmodeled('Commit.history(author:)');
            const since = args.since ? time(args.since) : Number.NEGATIVE_INFINITY;
            const until = args.until ? time(args.until) : Number.POSITIVE_INFINITY;
            const commits = ancestry(spec, commit).filter((candidate) => {
                const date = time(candidate.date);
                return date >= since && date <= until && (args.path == null || touches(candidate, args.path));
            });
            return connection(commits, args, (found) => commitModel(world, spec, found));
        },
    };
}
function filterIssues(spec, args) {
    const { filterBy } = args;
    const unsupported = Object.keys(filterBy ?? {}).filter((key) => !['labels', 'states', 'since', 'createdBy'].includes(key) && filterBy?.[key] != null);
    if (unsupported.length > 0)
        throw unmodeled(`Repository.issues(filterBy: { ${unsupported.join(', ')} })`);
    const labelSets = [args.labels, filterBy?.labels].flatMap((set) => set ? [set.map((label) => label.toLowerCase())] : []);
    const stateSets = [args.states, filterBy?.states].flatMap((set) => (set ? [set] : []));
    const since = filterBy?.since ? time(filterBy.since) : null;
    const list = (spec.issues ?? []).filter((issue) => labelSets.every((set) => (issue.labels ?? []).some((label) => set.includes(label.toLowerCase()))) &&
        stateSets.every((set) => set.includes(issueStateOf(issue) === 'open' ? 'OPEN' : 'CLOSED')) &&
        (since === null || time(issueUpdatedAt(issue)) >= since) &&
        (filterBy?.createdBy == null || issue.author === filterBy.createdBy));
    const order = args.orderBy ?? { field: 'CREATED_AT', direction: 'ASC' };
    const key = (issue) => order.field === 'COMMENTS'
        ? (issue.comments ?? []).length
        : time(order.field === 'UPDATED_AT' ? issueUpdatedAt(issue) : issue.createdAt);
    return ordered(list, key, order.direction);
}
function actorModel(world, login, flaggedBot) {
    if (login === null)
        return null;
    if (isBotLogin(login, flaggedBot)) {
        // GraphQL names a bot without the `[bot]` suffix REST shows.
        const name = login.replace(/\[bot\]$/, '');
        return {
            __typename: 'Bot',
            id: `BOT_${Buffer.from(name).toString('base64url')}`,
            login: name,
            url: `${world.webUrl}/apps/${name}`,
            resourcePath: `/apps/${name}`,
            avatarUrl: () => `https://avatars.githubusercontent.com/in/${name}`,
        };
    }
    return {
        __typename: 'User',
        id: `U_${Buffer.from(login).toString('base64url')}`,
        login,
        name: null,
        url: `${world.webUrl}/${login}`,
        resourcePath: `/${login}`,
        avatarUrl: () => `https://avatars.githubusercontent.com/${login}`,
    };
}
export function issueModel(world, spec, issue) {
    const state = issueStateOf(issue);
    const url = `${world.webUrl}/${fullNameOf(spec)}/issues/${issue.number}`;
    const closedAt = state === 'closed' ? (issue.closedAt ?? issueUpdatedAt(issue)) : null;
    const reason = issue.stateReason ?? (state === 'closed' ? 'completed' : null);
    const comments = issue.comments ?? [];
    return {
        __typename: 'Issue',
        id: nodeId('I', spec, String(issue.number)),
        number: issue.number,
        title: issue.title,
        body: issue.body ?? '',
        url,
        resourcePath: `/${fullNameOf(spec)}/issues/${issue.number}`,
        state: state === 'open' ? 'OPEN' : 'CLOSED',
        stateReason: reason === null ? null : reason.toUpperCase(),
        closed: state === 'closed',
        createdAt: githubDate(issue.createdAt),
        updatedAt: issueUpdatedAt(issue),
        closedAt: closedAt === null ? null : githubDate(closedAt),
        author: actorModel(world, issue.author === undefined ? 'octocat' : issue.author, issue.authorIsBot),
        labels: (args) => connection(issue.labels ?? [], args, (label) => labelModel(world, spec, label)),
        comments: (args) => connection(ordered(comments, (comment) => time(comment.createdAt), 'ASC'), args, (comment) => ({
            __typename: 'IssueComment',
            id: nodeId('IC', spec, `${issue.number}/${comments.indexOf(comment)}`),
            body: comment.body ?? '',
            createdAt: githubDate(comment.createdAt),
            updatedAt: githubDate(comment.createdAt),
            author: actorModel(world, comment.author, comment.isBot),
            authorAssociation: (comment.association ?? 'NONE').toUpperCase(),
            isMinimized: false,
            url: `${url}#issuecomment-${comments.indexOf(comment) + 1}`,
        })),
    };
}
//# sourceMappingURL=graphql-model.js.map