import { withFragments, } from './fragments.js';
import { LABELLED_ISSUE_FIELDS } from './labelled-issues-query.js';
/**
 * The second and later requests of a scan, built for what is still missing: file texts and dates,
 * feedback issues, the product-health issue, and the next page of any connection the window still
 * covers. Aliases are numbered (`file0`, `date0`, `comments0`), values always go in variables.
 */
export function buildDetailsQuery(request) {
    const declarations = [];
    const variables = {};
    const scoped = {
        withContents: [],
        withDeployments: [],
        withIssues: [],
    };
    const headFields = [];
    const rootFields = [];
    const declare = (variable, type, value) => {
        declarations.push(`$${variable}: ${type}`);
        variables[variable] = value;
    };
    if (request.head) {
        request.files.forEach((path, index) => {
            declare(`file${index}`, 'String!', `${request.head}:${path}`);
            scoped.withContents.push(`file${index}: object(expression: $file${index}) { __typename ... on Blob { text byteSize isBinary isTruncated } }`);
        });
        request.datedFiles.forEach((path, index) => {
            declare(`path${index}`, 'String!', path);
            headFields.push(`date${index}: history(first: 1, path: $path${index}) { nodes { committedDate } }`);
        });
        if (request.more.history !== undefined) {
            declare('since', 'GitTimestamp!', request.since);
            declare('historyAfter', 'String', request.more.history);
            headFields.push('history(first: 100, since: $since, after: $historyAfter) { ...CommitPage }');
        }
        if (headFields.length > 0) {
            declare('head', 'GitObjectID!', request.head);
            scoped.withContents.push(`head: object(oid: $head) { ... on Commit { ${headFields.join(' ')} } }`);
        }
    }
    if (request.more.releases) {
        declare('releasesAfter', 'String!', request.more.releases);
        scoped.withContents.push('releases(first: 100, after: $releasesAfter, orderBy: { field: CREATED_AT, direction: DESC }) { ...ReleasePage }');
    }
    if (request.more.tags) {
        declare('tagsAfter', 'String!', request.more.tags);
        scoped.withContents.push('tags: refs(refPrefix: "refs/tags/", first: 100, after: $tagsAfter, orderBy: { field: TAG_COMMIT_DATE, direction: DESC }) { ...TagPage }');
    }
    if (request.more.deployments) {
        declare('deploymentsAfter', 'String!', request.more.deployments);
        scoped.withDeployments.push('deployments(first: 100, after: $deploymentsAfter, orderBy: { field: CREATED_AT, direction: DESC }) { ...DeploymentPage }');
    }
    if (request.feedback) {
        declare('feedbackLabels', '[String!]!', request.feedback.labels);
        declare('feedbackAfter', 'String', request.feedback.after);
        scoped.withIssues.push('feedback: issues(labels: $feedbackLabels, first: 100, after: $feedbackAfter, orderBy: { field: CREATED_AT, direction: DESC }) { ...IssuePage }');
    }
    if (request.healthLabel) {
        declare('healthLabels', '[String!]!', [request.healthLabel]);
        scoped.withIssues.push(`health: issues(labels: $healthLabels, first: 20, states: [OPEN, CLOSED], orderBy: { field: CREATED_AT, direction: ASC }) { ${LABELLED_ISSUE_FIELDS} }`);
    }
    request.comments.forEach(({ issueId, after }, index) => {
        declare(`issue${index}`, 'ID!', issueId);
        declare(`issue${index}After`, 'String!', after);
        rootFields.push(`comments${index}: node(id: $issue${index}) { ... on Issue { comments(first: 100, after: $issue${index}After) { ...CommentPage } } }`);
    });
    if (request.record) {
        declare('recordOwner', 'String!', request.record.owner);
        declare('recordName', 'String!', request.record.name);
        declare('recordBlob', 'String!', `HEAD:${request.record.path}`);
        declare('recordPath', 'String!', request.record.path);
        rootFields.push('productRecord: repository(owner: $recordOwner, name: $recordName) { blob: object(expression: $recordBlob) { ... on Blob { text byteSize isBinary isTruncated } } defaultBranchRef { target { ... on Commit { history(first: 1, path: $recordPath) { nodes { committedDate } } } } } }');
    }
    // As in the overview, one aliased `repository` per permission, so a refusal only nulls its own part.
    const repositories = Object.entries(scoped)
        .filter(([, fields]) => fields.length > 0)
        .map(([alias, fields]) => `${alias}: repository(owner: $owner, name: $name) {\n    ${fields.join('\n    ')}\n  }`);
    if (repositories.length === 0 && rootFields.length === 0)
        return null;
    if (repositories.length > 0) {
        declarations.unshift('$owner: String!', '$name: String!');
        Object.assign(variables, { owner: request.owner, name: request.name });
    }
    const document = withFragments(/* GraphQL */ `
query RepositoryDetails(${declarations.join(', ')}) {
  rateLimit { cost remaining resetAt }
  ${[...repositories, ...rootFields].join('\n  ')}
}`);
    return { document, variables };
}
