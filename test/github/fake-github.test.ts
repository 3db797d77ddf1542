import { Octokit } from '@octokit/rest';
import { GraphQLEnumType } from 'graphql';
import nock from 'nock';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDetailsQuery, type DetailsRequest } from '../../src/github/queries/details-query.js';
import type {
  CommentNode,
  CommitNode,
  DeploymentNode,
  IssueNode,
  ReleaseNode,
} from '../../src/github/queries/fragments.js';
import { OVERVIEW_QUERY } from '../../src/github/queries/overview-query.js';
import {
  FakeGitHub,
  type FakeRepositorySpec,
  type GraphqlAnswer,
  SILENT_LOG,
} from '../helpers/fake-github.js';
import { githubGraphqlSchema } from '../helpers/github-schema.js';
import { openapiExample } from '../helpers/openapi-examples.js';

const OWNER = 'beta-gouv';
const NAME = 'trouve-ta-formation';
const FULL = `${OWNER}/${NAME}`;
const SINCE = '2026-03-01T00:00:00Z';
const octokit = (baseUrl?: string) => new Octokit({ log: SILENT_LOG, ...(baseUrl ? { baseUrl } : {}) });

interface Page<T> {
  pageInfo: { hasNextPage: boolean; endCursor: string };
  nodes: T[];
}

/** Walks an answer by keys and indices, failing loudly when a step is missing; `T` is the shape expected. */
function at<T = unknown>(value: unknown, ...path: Array<string | number>): T {
  let current = value;
  for (const key of path) {
    if (current === null || current === undefined) throw new Error(`nothing at ${path.join('.')} (${key})`);
    current = (current as Record<string | number, unknown>)[key];
  }
  return current as T;
}

function enumValues(name: string): string[] {
  const type = githubGraphqlSchema().getType(name);
  if (!(type instanceof GraphQLEnumType)) throw new Error(`${name} is not an enum`);
  return type.getValues().map((value) => value.name);
}

function productSpec(): FakeRepositorySpec {
  return {
    owner: OWNER,
    name: NAME,
    labels: ['Feedback', 'product-health'],
    discussionsEnabled: true,
    discussionCategories: ['Idées', 'Q&A'],
    files: {
      '.github/product-health.yml': 'windowDays: 90\n',
      'README.md': '# Trouve ta formation\n',
      'docs/vision.md': '# Vision\n',
      'logo.png': { binary: true, size: 2048 },
    },
    commits: [
      { date: '2026-04-02T10:00:00Z', paths: ['docs/vision.md'], authorName: 'Inès' },
      {
        date: '2025-12-01T10:00:00Z',
        paths: ['.github/product-health.yml', 'README.md', 'docs/vision.md', 'logo.png'],
      },
      { date: '2026-05-20T10:00:00Z', paths: ['README.md'], authorName: 'Camille', login: 'camille' },
    ],
    releases: [
      { tagName: 'v1.0.0', createdAt: '2026-03-10T09:00:00Z' },
      { tagName: 'v1.1.0', name: 'Printemps', createdAt: '2026-05-01T09:00:00Z' },
      { tagName: 'v0.9.0', createdAt: '2025-11-01T09:00:00Z' },
    ],
    tags: [
      { name: 'v1.0.0', date: '2026-03-10T09:00:00Z' },
      { name: 'v1.1.0', date: '2026-05-01T09:00:00Z', annotated: true },
    ],
    deployments: [
      { environment: 'production', createdAt: '2026-05-02T12:00:00Z', state: 'success' },
      { environment: 'staging', createdAt: '2026-05-03T12:00:00Z', state: 'failure' },
      { environment: 'review', createdAt: '2026-05-04T12:00:00Z', state: null },
    ],
  };
}

/** The owner's `.github` repository, which the overview query also reads (configuration fallback). */
function ownerDefaults(): FakeRepositorySpec {
  return { owner: OWNER, name: '.github' };
}

describe('FakeGitHub GraphQL', () => {
  it('answers the overview query with schema-valid data read from the spec', () => {
    const github = new FakeGitHub([productSpec(), ownerDefaults()]);
    const answer = github.executeGraphql(OVERVIEW_QUERY, { owner: OWNER, name: NAME, since: SINCE });

    expect(answer.errors).toBeUndefined();
    expect(at(answer, 'data', 'rateLimit')).toMatchObject({ cost: 1, remaining: 4999 });
    expect(at(answer, 'data', 'repository')).toEqual({
      nameWithOwner: FULL,
      url: `https://github.com/${FULL}`,
      isArchived: false,
      isEmpty: false,
      hasIssuesEnabled: true,
      hasDiscussionsEnabled: true,
    });
    const contents = at(answer, 'data', 'withContents');
    expect(contents).toMatchObject({
      configYml: { text: 'windowDays: 90\n', isTruncated: false },
      configYaml: null,
    });

    // History: the head and its ancestors newest first, only those in the window.
    const commits = github.repository(FULL).commits ?? [];
    const target = at(contents, 'defaultBranchRef', 'target');
    expect(at(contents, 'defaultBranchRef', 'name')).toBe('main');
    expect(target).toMatchObject({ __typename: 'Commit', oid: commits[0]?.oid });
    const history = at<Page<CommitNode>>(target, 'history');
    expect(history.nodes.map((node: { oid: string }) => node.oid)).toEqual([
      commits[0]?.oid,
      commits[1]?.oid,
    ]);
    expect(history.pageInfo).toMatchObject({ hasNextPage: false });
    expect(history.nodes[0]).toMatchObject({
      authoredDate: '2026-05-20T10:00:00Z',
      author: { name: 'Camille', user: { login: 'camille' } },
      parents: { nodes: [{ oid: commits[1]?.oid }] },
    });
    expect(history.nodes[1]?.author?.user).toBeNull();

    expect(at(contents, 'releases', 'nodes')).toEqual([
      {
        name: 'Printemps',
        tagName: 'v1.1.0',
        createdAt: '2026-05-01T09:00:00Z',
        publishedAt: '2026-05-01T09:00:00Z',
        isPrerelease: false,
        isDraft: false,
      },
      expect.objectContaining({ tagName: 'v1.0.0', name: null }),
      expect.objectContaining({ tagName: 'v0.9.0' }),
    ]);
    expect(at(contents, 'tags', 'nodes')).toEqual([
      {
        name: 'v1.1.0',
        target: {
          __typename: 'Tag',
          tagger: { date: '2026-05-01T09:00:00Z' },
          target: { committedDate: '2026-05-01T09:00:00Z' },
        },
      },
      { name: 'v1.0.0', target: { __typename: 'Commit', committedDate: '2026-03-10T09:00:00Z' } },
    ]);

    const deployments = at<DeploymentNode[]>(answer, 'data', 'withDeployments', 'deployments', 'nodes');
    expect(deployments.map((d) => d.environment)).toEqual(['review', 'staging', 'production']);
    expect(deployments.map((d) => d.latestStatus?.state ?? null)).toEqual([null, 'FAILURE', 'SUCCESS']);
    for (const deployment of deployments.slice(1)) {
      expect(enumValues('DeploymentStatusState')).toContain(deployment.latestStatus?.state);
    }
    expect(at(answer, 'data', 'withIssues', 'labels', 'nodes')).toEqual([
      { name: 'Feedback' },
      { name: 'product-health' },
    ]);
    expect(at(answer, 'data', 'withDiscussions', 'discussionCategories', 'nodes')).toEqual([
      { name: 'Idées' },
      { name: 'Q&A' },
    ]);
  });

  it('pages through a details document: file aliases, history, releases and comments continuations', () => {
    const day = (n: number) => new Date(Date.parse('2026-03-02T00:00:00Z') + n * 3_600_000).toISOString();
    const spec = productSpec();
    spec.commits = Array.from({ length: 150 }, (_, n) => ({
      date: day(n),
      paths: n === 3 ? ['docs/vision.md'] : n % 2 === 0 ? ['README.md'] : ['src/app.ts'],
    }));
    spec.releases = Array.from({ length: 150 }, (_, n) => ({ tagName: `v0.${n}.0`, createdAt: day(n) }));
    spec.issues = [
      {
        title: 'Le filtre par région ne marche pas',
        createdAt: '2026-04-01T08:00:00Z',
        labels: ['Feedback'],
        comments: Array.from({ length: 130 }, (_, n) => ({
          author: n % 10 === 0 ? 'renovate[bot]' : `user${n}`,
          association: n === 129 ? 'member' : undefined,
          createdAt: day(n),
        })),
      },
      {
        title: 'Santé produit',
        body: '<!-- product-health -->',
        createdAt: '2026-03-05',
        labels: ['product-health'],
      },
      { title: 'Autre', createdAt: '2026-03-06', labels: ['bug'] },
    ];
    const github = new FakeGitHub([spec, ownerDefaults()]);
    const overview = github.executeGraphql(OVERVIEW_QUERY, { owner: OWNER, name: NAME, since: SINCE });
    const firstHistory = at<Page<CommitNode>>(
      overview,
      'data',
      'withContents',
      'defaultBranchRef',
      'target',
      'history',
    );
    const firstReleases = at<Page<ReleaseNode>>(overview, 'data', 'withContents', 'releases');
    expect(firstHistory.nodes).toHaveLength(100);
    expect(firstHistory.pageInfo.hasNextPage).toBe(true);
    expect(firstReleases.nodes).toHaveLength(100);
    expect(firstReleases.pageInfo.hasNextPage).toBe(true);

    const head = at<string>(overview, 'data', 'withContents', 'defaultBranchRef', 'target', 'oid');
    const request: DetailsRequest = {
      owner: OWNER,
      name: NAME,
      since: SINCE,
      head,
      files: ['README.md', 'docs/vision.md', 'missing.md', 'logo.png'],
      datedFiles: ['README.md', 'docs/vision.md'],
      feedback: { labels: ['feedback'], after: null },
      healthLabel: 'product-health',
      more: { history: firstHistory.pageInfo.endCursor, releases: firstReleases.pageInfo.endCursor },
      comments: [],
    };
    const built = buildDetailsQuery(request);
    if (!built) throw new Error('no details query');
    const details = github.executeGraphql(built.document, built.variables);
    expect(details.errors).toBeUndefined();
    const contents = at(details, 'data', 'withContents');
    const issues = at(details, 'data', 'withIssues');
    expect(at(details, 'data', 'withDeployments')).toBeUndefined();
    expect(at(contents, 'file0')).toEqual({
      __typename: 'Blob',
      text: '# Trouve ta formation\n',
      byteSize: 22,
      isBinary: false,
      isTruncated: false,
    });
    expect(at(contents, 'file1', 'text')).toBe('# Vision\n');
    expect(at(contents, 'file2')).toBeNull();
    expect(at(contents, 'file3')).toEqual({
      __typename: 'Blob',
      text: null,
      byteSize: 2048,
      isBinary: true,
      isTruncated: false,
    });
    expect(at(contents, 'head', 'date0', 'nodes')).toEqual([{ committedDate: '2026-03-08T04:00:00Z' }]);
    expect(at(contents, 'head', 'date1', 'nodes')).toEqual([{ committedDate: '2026-03-02T03:00:00Z' }]);

    const secondHistory = at<Page<CommitNode>>(contents, 'head', 'history');
    expect(secondHistory.nodes).toHaveLength(50);
    expect(secondHistory.pageInfo.hasNextPage).toBe(false);
    const oids = [...firstHistory.nodes, ...secondHistory.nodes].map((node) => node.oid);
    expect(new Set(oids).size).toBe(150);
    expect(oids).toEqual((github.repository(FULL).commits ?? []).map((commit) => commit.oid));

    const releases = [...firstReleases.nodes, ...at<ReleaseNode[]>(contents, 'releases', 'nodes')];
    expect(at(contents, 'releases', 'pageInfo', 'hasNextPage')).toBe(false);
    expect(releases.map((release) => release.tagName)).toEqual(
      Array.from({ length: 150 }, (_, n) => `v0.${149 - n}.0`),
    );

    // Labels match whatever their case; the feedback issue's comments continue past the first 20.
    const feedback = at<Array<IssueNode & { comments: Page<CommentNode> }>>(issues, 'feedback', 'nodes');
    const issue = feedback[0];
    if (!issue) throw new Error('no feedback issue');
    expect(feedback).toHaveLength(1);
    // Numbers follow creation dates: the health issue (March 5) is #1, the feedback issue #3.
    expect(issue).toMatchObject({
      number: 3,
      state: 'OPEN',
      labels: { nodes: [{ name: 'Feedback' }] },
    });
    expect(issue.comments.nodes).toHaveLength(20);
    expect(issue.comments.nodes[0]?.author).toEqual({ __typename: 'Bot', login: 'renovate' });
    expect(issue.comments.nodes[1]).toMatchObject({
      authorAssociation: 'NONE',
      author: { __typename: 'User', login: 'user1' },
    });
    expect(at(issues, 'health', 'nodes')).toEqual([
      expect.objectContaining({
        number: 1,
        body: '<!-- product-health -->',
        state: 'OPEN',
        stateReason: null,
      }),
    ]);

    const comments = [...issue.comments.nodes];
    let after = issue.comments.pageInfo.endCursor;
    for (const expected of [100, 10]) {
      const next = buildDetailsQuery({
        ...request,
        files: [],
        datedFiles: [],
        feedback: null,
        healthLabel: null,
        more: {},
        comments: [{ issueId: issue.id, after }],
      });
      if (!next) throw new Error('no continuation query');
      expect(next.document).not.toContain('repository(');
      const page = github.executeGraphql(next.document, next.variables);
      expect(page.errors).toBeUndefined();
      const connection = at<Page<CommentNode>>(page, 'data', 'comments0', 'comments');
      expect(connection.nodes).toHaveLength(expected);
      comments.push(...connection.nodes);
      after = connection.pageInfo.endCursor;
      expect(connection.pageInfo.hasNextPage).toBe(expected === 100);
    }
    expect(comments).toHaveLength(130);
    expect(comments.at(-1)).toMatchObject({ authorAssociation: 'MEMBER', createdAt: '2026-03-07T09:00:00Z' });
  });

  it('refuses what GitHub refuses, with errors and no data', () => {
    const github = new FakeGitHub([productSpec(), ownerDefaults()]);
    const unknownField = github.executeGraphql(
      `query { repository(owner: "${OWNER}", name: "${NAME}") { notAField } }`,
    );
    expect(unknownField.data).toBeUndefined();
    expect(unknownField.errors?.[0]?.message).toMatch(/notAField/);

    const tooMany = github.executeGraphql(
      'query($o: String!, $n: String!) { repository(owner: $o, name: $n) { releases(first: 101) { nodes { tagName } } } }',
      { o: OWNER, n: NAME },
    );
    expect(tooMany).toEqual({
      errors: [
        {
          type: 'EXCESSIVE_PAGINATION',
          path: ['repository', 'releases'],
          message:
            'Requesting 101 records on the `releases` connection exceeds the `first` limit of 100 records.',
        },
      ],
    });
    const unbounded = github.executeGraphql(
      `{ repository(owner: "${OWNER}", name: "${NAME}") { labels { totalCount } } }`,
    );
    expect(unbounded.data).toBeNull();
    expect(unbounded.errors?.[0]?.type).toBe('MISSING_PAGINATION_BOUNDARIES');

    const badVariable = github.executeGraphql(OVERVIEW_QUERY, { owner: OWNER, name: 42, since: SINCE });
    expect(badVariable.data).toBeUndefined();
    expect(badVariable.errors?.[0]?.message).toMatch(/\$name/);

    // A valid query on an unknown repository: GitHub's NOT_FOUND at `repository`.
    // Each aliased `repository` field gets its own.
    const missing = github.executeGraphql(OVERVIEW_QUERY, { owner: OWNER, name: 'nope', since: SINCE });
    const roots = ['repository', 'withContents', 'withDeployments', 'withDiscussions', 'withIssues'];
    expect(missing.data).toEqual({
      rateLimit: expect.objectContaining({ cost: 1 }),
      ...Object.fromEntries(roots.map((root) => [root, null])),
      // The owner's `.github` repository exists in this test: its (absent) files read as null.
      withOwnerDefaults: { configYml: null, configYaml: null },
    });
    expect(missing.errors).toEqual(
      roots.map((root) =>
        expect.objectContaining({
          type: 'NOT_FOUND',
          path: [root],
          message: `Could not resolve to a Repository with the name '${OWNER}/nope'.`,
        }),
      ),
    );
  });
});

describe('FakeGitHub over HTTP (nock)', () => {
  beforeEach(() => {
    nock.disableNetConnect();
  });
  afterEach(() => {
    nock.cleanAll();
  });
  afterAll(() => {
    nock.enableNetConnect();
  });

  it('injects FORBIDDEN on withDeployments.deployments: only that alias is nulled, with the path', async () => {
    const spec = productSpec();
    spec.faults = { graphql: { 'withDeployments.deployments': 'FORBIDDEN' } };
    const github = new FakeGitHub([spec, ownerDefaults()]).intercept();
    const error = await octokit()
      .graphql(OVERVIEW_QUERY, { owner: OWNER, name: NAME, since: SINCE })
      .catch((caught: unknown) => caught as { name: string; errors: unknown; data: Record<string, unknown> });
    expect(error).toMatchObject({ name: 'GraphqlResponseError' });
    const { errors, data } = error as { errors: GraphqlAnswer['errors']; data: Record<string, unknown> };
    expect(errors).toEqual([
      {
        type: 'FORBIDDEN',
        path: ['withDeployments', 'deployments'],
        extensions: { saml_failure: false },
        locations: [expect.objectContaining({ line: expect.any(Number) })],
        message: 'Resource not accessible by integration',
      },
    ]);
    // `deployments` is non-null in GitHub's schema: its null spreads to its parent, as on GitHub —
    // but that parent is now only `withDeployments`, the other aliased repositories stay readable.
    expect(data).toMatchObject({
      rateLimit: expect.objectContaining({ cost: 1 }),
      withDeployments: null,
      repository: { nameWithOwner: FULL, hasIssuesEnabled: true },
      withContents: { configYml: { text: 'windowDays: 90\n', isTruncated: false } },
      withDiscussions: { discussionCategories: { nodes: [{ name: 'Idées' }, { name: 'Q&A' }] } },
      withIssues: { labels: { nodes: [{ name: 'Feedback' }, { name: 'product-health' }] } },
    });
    expect(at(data, 'withContents', 'releases', 'nodes')).toHaveLength(3);
    expect(at(data, 'withContents', 'tags', 'nodes')).toHaveLength(2);
    expect(at(data, 'withContents', 'defaultBranchRef', 'target', 'history', 'nodes')).toHaveLength(2);
    expect(github.requests).toEqual([
      expect.objectContaining({ kind: 'graphql', operationName: 'RepositoryOverview', status: 200 }),
    ]);

    // A nullable field (`refs`, aliased `tags`) answers null in place, the rest of `withContents` stays.
    const nullable = productSpec();
    nullable.faults = { graphql: { 'withContents.refs': 'FORBIDDEN' } };
    const partial = new FakeGitHub([nullable, ownerDefaults()]).executeGraphql(OVERVIEW_QUERY, {
      owner: OWNER,
      name: NAME,
      since: SINCE,
    });
    expect(at(partial, 'data', 'withContents', 'tags')).toBeNull();
    expect(at(partial, 'data', 'withContents', 'releases', 'nodes')).toHaveLength(3);
    expect(at(partial, 'data', 'withDeployments', 'deployments', 'nodes')).toHaveLength(3);
    expect(partial.errors?.map((e) => e.path)).toEqual([['withContents', 'tags']]);
  });

  it('fails the Nth GraphQL request with an HTTP status', async () => {
    const spec = productSpec();
    spec.faults = { graphqlRequests: { 2: 502 } };
    const github = new FakeGitHub([spec, ownerDefaults()]).intercept();
    const client = octokit();
    const variables = { owner: OWNER, name: NAME, since: SINCE };
    await expect(client.graphql(OVERVIEW_QUERY, variables)).resolves.toMatchObject({
      repository: { nameWithOwner: FULL },
    });
    await expect(client.graphql(OVERVIEW_QUERY, variables)).rejects.toMatchObject({ status: 502 });
    await expect(client.graphql(OVERVIEW_QUERY, variables)).resolves.toMatchObject({
      rateLimit: { remaining: 4998 },
    });
    expect(github.requests.map((request) => request.status)).toEqual([200, 502, 200]);
  });

  it('answers REST reads with the shapes of GitHub’s examples', async () => {
    const spec = productSpec();
    spec.workflowRuns = [
      { name: 'Deploy', createdAt: '2026-05-10T10:00:00Z' },
      { name: 'Deploy', createdAt: '2026-05-12T10:00:00Z' },
      { name: 'Deploy', createdAt: '2026-05-11T10:00:00Z', conclusion: 'failure' },
      { name: 'Deploy', createdAt: '2026-03-01T10:00:00Z' },
      { name: 'Deploy', createdAt: '2026-02-28T23:59:59Z' },
    ];
    const github = new FakeGitHub([spec, { owner: OWNER, name: 'vide', empty: true }]).intercept();
    const client = octokit();

    const tree = await client.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
      owner: OWNER,
      repo: NAME,
      tree_sha: 'HEAD',
      recursive: '1',
    });
    const example = openapiExample<{ tree: Array<Record<string, unknown>> }>('git-tree');
    expect(Object.keys(tree.data).sort()).toEqual(Object.keys(example).sort());
    expect(tree.data.truncated).toBe(false);
    expect(tree.data.tree.map((entry) => `${entry.type} ${entry.path}`)).toEqual([
      'tree .github',
      'blob .github/product-health.yml',
      'blob README.md',
      'tree docs',
      'blob docs/vision.md',
      'blob logo.png',
    ]);
    const readme = tree.data.tree.find((entry) => entry.path === 'README.md');
    expect(Object.keys(readme ?? {}).sort()).toEqual(Object.keys(example.tree[0] ?? {}).sort());
    const blob = github.executeGraphql(
      `{ repository(owner: "${OWNER}", name: "${NAME}") { object(expression: "HEAD:README.md") { oid } } }`,
    );
    expect(readme?.sha).toBe(at(blob, 'data', 'repository', 'object', 'oid'));

    await expect(
      client.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
        owner: OWNER,
        repo: 'vide',
        tree_sha: 'HEAD',
      }),
    ).rejects.toMatchObject({ status: 409, response: { data: { message: 'Git Repository is empty.' } } });

    const runs = await client.request('GET /repos/{owner}/{repo}/actions/runs', {
      owner: OWNER,
      repo: NAME,
      status: 'success',
      created: '>=2026-03-01',
      exclude_pull_requests: true,
      per_page: 2,
      page: 1,
    });
    const runsExample = openapiExample<{ workflow_runs: Array<Record<string, unknown>> }>(
      'workflow-run-paginated',
    );
    expect(runs.data.total_count).toBe(3);
    expect(runs.data.workflow_runs.map((run) => run.created_at)).toEqual([
      '2026-05-12T10:00:00Z',
      '2026-05-10T10:00:00Z',
    ]);
    expect(Object.keys(runs.data.workflow_runs[0] ?? {}).sort()).toEqual(
      Object.keys(runsExample.workflow_runs[0] ?? {}).sort(),
    );
    expect(runs.data.workflow_runs[0]).toMatchObject({
      status: 'completed',
      conclusion: 'success',
      head_branch: 'main',
      repository: expect.objectContaining({ full_name: FULL }),
    });
    const secondPage = await client.request('GET /repos/{owner}/{repo}/actions/runs', {
      owner: OWNER,
      repo: NAME,
      status: 'success',
      created: '>=2026-03-01',
      per_page: 2,
      page: 2,
    });
    expect(secondPage.data.workflow_runs.map((run) => run.created_at)).toEqual(['2026-03-01T10:00:00Z']);
    expect(github.requests.map((request) => `${request.status} ${request.route}`)).toEqual([
      '200 GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
      '409 GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
      '200 GET /repos/{owner}/{repo}/actions/runs',
      '200 GET /repos/{owner}/{repo}/actions/runs',
    ]);
  });

  it('applies issue writes to the spec, so a later GraphQL read sees them', async () => {
    let clock = new Date('2026-06-01T08:00:00Z');
    const github = new FakeGitHub([productSpec()], { now: () => clock }).intercept();
    const client = octokit();

    const created = await client.request('POST /repos/{owner}/{repo}/issues', {
      owner: OWNER,
      repo: NAME,
      title: 'Santé produit',
      body: 'Rapport v1',
      labels: ['PRODUCT-HEALTH', 'nouveau'],
    });
    expect(created.status).toBe(201);
    const { pull_request: _pr, ...issueExample } = openapiExample('issue');
    expect(Object.keys(created.data).sort()).toEqual(Object.keys(issueExample).sort());
    expect(created.data).toMatchObject({
      number: 1,
      state: 'open',
      title: 'Santé produit',
      user: { login: 'github-actions[bot]', type: 'Bot' },
      html_url: `https://github.com/${FULL}/issues/1`,
    });
    // GitHub keeps the repository's spelling of an existing label and creates the missing one.
    expect(created.data.labels.map((label) => (typeof label === 'string' ? label : label.name))).toEqual([
      'product-health',
      'nouveau',
    ]);

    clock = new Date('2026-06-01T09:00:00Z');
    const patched = await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      owner: OWNER,
      repo: NAME,
      issue_number: 1,
      body: 'Rapport v2',
      state: 'closed',
      state_reason: 'not_planned',
    });
    expect(patched.data).toMatchObject({ state: 'closed', state_reason: 'not_planned', body: 'Rapport v2' });
    const comment = await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner: OWNER,
      repo: NAME,
      issue_number: 1,
      body: 'Fermé : doublon.',
    });
    expect(comment.status).toBe(201);
    expect(Object.keys(comment.data).sort()).toEqual(Object.keys(openapiExample('issue-comment')).sort());

    expect(github.repository(FULL).issues?.[0]).toMatchObject({
      number: 1,
      body: 'Rapport v2',
      state: 'closed',
      stateReason: 'not_planned',
      labels: ['product-health', 'nouveau'],
    });
    const read = await client.graphql<{ repository: { issues: { nodes: unknown[] } } }>(
      `query($owner: String!, $name: String!, $labels: [String!]!) {
        repository(owner: $owner, name: $name) {
          issues(labels: $labels, first: 20, states: [OPEN, CLOSED], orderBy: { field: CREATED_AT, direction: ASC }) {
            nodes { number body state stateReason closedAt author { __typename login } labels(first: 20) { nodes { name } }
              comments(first: 10) { totalCount nodes { body author { login } } } }
          }
        }
      }`,
      { owner: OWNER, name: NAME, labels: ['Product-Health'] },
    );
    expect(read.repository.issues.nodes).toEqual([
      {
        number: 1,
        body: 'Rapport v2',
        state: 'CLOSED',
        stateReason: 'NOT_PLANNED',
        closedAt: '2026-06-01T09:00:00Z',
        author: { __typename: 'Bot', login: 'github-actions' },
        labels: { nodes: [{ name: 'product-health' }, { name: 'nouveau' }] },
        comments: {
          totalCount: 1,
          nodes: [{ body: 'Fermé : doublon.', author: { login: 'github-actions' } }],
        },
      },
    ]);
    expect(github.requests.map((request) => `${request.method} ${request.kind} ${request.status}`)).toEqual([
      'POST rest 201',
      'PATCH rest 200',
      'POST rest 201',
      'POST graphql 200',
    ]);
  });

  it('fails REST routes as told, and as GitHub does for disabled issues', async () => {
    const spec = productSpec();
    spec.faults = { rest: { 'GET /repos/{owner}/{repo}/actions/runs': { status: 403, times: 1 } } };
    const github = new FakeGitHub([
      spec,
      { owner: OWNER, name: 'sans-tickets', issuesEnabled: false },
    ]).intercept();
    const client = octokit();
    const runs = { owner: OWNER, repo: NAME, status: 'success' as const };
    await expect(client.request('GET /repos/{owner}/{repo}/actions/runs', runs)).rejects.toMatchObject({
      status: 403,
      response: {
        data: { message: 'Resource not accessible by integration', documentation_url: expect.any(String) },
      },
    });
    await expect(client.request('GET /repos/{owner}/{repo}/actions/runs', runs)).resolves.toMatchObject({
      status: 200,
    });
    await expect(
      client.request('POST /repos/{owner}/{repo}/issues', { owner: OWNER, repo: 'sans-tickets', title: 'x' }),
    ).rejects.toMatchObject({
      status: 410,
      response: { data: { message: 'Issues are disabled for this repo' } },
    });
    await expect(
      client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
        owner: OWNER,
        repo: NAME,
        issue_number: 9,
      }),
    ).rejects.toMatchObject({ status: 404 });
    expect(github.requests.map((request) => request.status)).toEqual([403, 200, 410, 404]);
  });

  it('serves GitHub Enterprise Server paths, and stops intercepting when closed', async () => {
    const baseUrl = 'https://ghe.example.gouv.fr/api/v3';
    const github = new FakeGitHub([productSpec()], { baseUrl }).intercept();
    const client = octokit(baseUrl);
    const data = await client.graphql<{ repository: { url: string } }>(
      'query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { url } }',
      { owner: OWNER, name: NAME },
    );
    expect(data.repository.url).toBe(`https://ghe.example.gouv.fr/${FULL}`);
    const tree = await client.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
      owner: OWNER,
      repo: NAME,
      tree_sha: 'HEAD',
      recursive: '1',
    });
    expect(tree.data.url).toMatch(/^https:\/\/ghe\.example\.gouv\.fr\/api\/v3\/repos\//);
    expect(github.requests.map((request) => request.path.split('?')[0])).toEqual([
      '/api/graphql',
      `/api/v3/repos/${FULL}/git/trees/HEAD`,
    ]);

    github.close();
    await expect(client.graphql('{ rateLimit { cost } }')).rejects.toThrow();
    expect(github.requests).toHaveLength(2);
  });
});
