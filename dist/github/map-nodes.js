import { isBotAuthor, isBotLogin } from '../model/bots.js';
const DEPLOYMENT_STATES = new Set([
    'success',
    'failure',
    'error',
    'inactive',
    'pending',
    'in_progress',
    'queued',
    'waiting',
    'destroyed',
    'abandoned',
    'active',
]);
const ASSOCIATIONS = new Set([
    'OWNER',
    'MEMBER',
    'COLLABORATOR',
    'CONTRIBUTOR',
    'FIRST_TIME_CONTRIBUTOR',
    'FIRST_TIMER',
    'MANNEQUIN',
    'NONE',
]);
/** The non-null nodes of a connection page. */
export function nodesOf(connection) {
    return (connection?.nodes ?? []).filter((node) => node !== null);
}
export function toActor(node) {
    if (!node)
        return null;
    return { login: node.login, isBot: node.__typename === 'Bot' || isBotLogin(node.login) };
}
/** A commit of the default branch; `firstParent` is settled once the whole history is known. */
export function toCommit(node) {
    const name = node.author?.name ?? '';
    const email = node.author?.email || null;
    const login = node.author?.user?.login ?? null;
    return {
        sha: node.oid,
        author: { name, email, login, isBot: isBotAuthor(name, email, login) || isBotLogin(login) },
        date: new Date(node.authoredDate).toISOString(),
        ...(node.committedDate ? { committedAt: new Date(node.committedDate).toISOString() } : {}),
        firstParent: false,
    };
}
/** Drafts are not releases (they are only visible with push access anyway): null. */
export function toRelease(node) {
    if (node.isDraft)
        return null;
    return {
        name: node.name ?? node.tagName,
        tagName: node.tagName,
        date: new Date(node.publishedAt ?? node.createdAt).toISOString(),
        prerelease: node.isPrerelease,
    };
}
/** Annotated tags are dated by their tagger, lightweight ones by their commit. */
export function toTag(node) {
    const target = node.target;
    let date = null;
    if (target && 'committedDate' in target)
        date = target.committedDate;
    else if (target && target.__typename === 'Tag' && 'tagger' in target) {
        date = target.tagger?.date ?? target.target?.committedDate;
    }
    if (!date || Number.isNaN(Date.parse(date)))
        return null;
    return { name: node.name, date: new Date(date).toISOString() };
}
export function toDeployment(node) {
    const state = node.latestStatus?.state.toLowerCase() ?? null;
    return {
        environment: node.environment ?? '',
        date: new Date(node.createdAt).toISOString(),
        state: state !== null && DEPLOYMENT_STATES.has(state) ? state : null,
    };
}
export function toComment(node) {
    return {
        author: toActor(node.author),
        authorAssociation: ASSOCIATIONS.has(node.authorAssociation)
            ? node.authorAssociation
            : 'NONE',
        createdAt: new Date(node.createdAt).toISOString(),
    };
}
export function toIssue(node) {
    return {
        number: node.number,
        title: node.title,
        url: node.url,
        author: toActor(node.author),
        state: node.state === 'OPEN' ? 'open' : 'closed',
        createdAt: new Date(node.createdAt).toISOString(),
        closedAt: node.closedAt ? new Date(node.closedAt).toISOString() : null,
        labels: nodesOf(node.labels).map((label) => label.name),
        comments: nodesOf(node.comments).map(toComment),
        commentsComplete: !node.comments.pageInfo.hasNextPage,
    };
}
/** GitHub numbers issues from 1: any other number is not an issue the keeper may edit or link. */
export function isIssueNumber(value) {
    return Number.isSafeInteger(value) && value >= 1;
}
/** The labelled issues of a page that GitHub answered with a usable number. */
export function toKnownIssues(nodes) {
    return nodes.filter((node) => isIssueNumber(node.number)).map(toKnownIssue);
}
export function toKnownIssue(node) {
    return {
        number: node.number,
        title: node.title,
        body: node.body,
        state: node.state === 'OPEN' ? 'open' : 'closed',
        stateReason: node.stateReason,
        createdAt: new Date(node.createdAt).toISOString(),
        url: node.url,
        author: node.author?.login ?? null,
        labels: nodesOf(node.labels).map((label) => label.name),
    };
}
export function toWorkflowRun(run) {
    return {
        name: run.name ?? '',
        // `path` may carry a ref suffix (`.github/workflows/deploy.yml@refs/heads/main`).
        path: run.path ? (run.path.split('@')[0] ?? null) : null,
        event: run.event,
        conclusion: run.conclusion,
        headBranch: run.head_branch,
        date: new Date(run.run_started_at ?? run.created_at).toISOString(),
        // Jobs running in an environment create GitHub deployments, read as deployments instead.
        jobEnvironments: [],
    };
}
