import { Octokit } from '@octokit/rest';
import { describe, expect, it } from 'vitest';
import { GitHubClient } from '../../src/github/github-client.js';
import { createGitHubSource } from '../../src/github/github-source.js';
import { HEALTH_ISSUE_MARKER } from '../../src/issue/issue-marker.js';
import { readIssueState } from '../../src/issue/issue-state.js';
import type { Report, SignalReport } from '../../src/report/report.js';
import { scanGitHubRepository } from '../../src/scan/scan-github-repository.js';
import {
  type FakeGitHub,
  type FakeGitHubOptions,
  type FakeRepositorySpec,
  SILENT_LOG,
  writesOf,
} from '../helpers/fake-github.js';
import { graphqlProblems } from '../helpers/github-schema.js';
import { FULL_NAME, GITHUB_NOW, NAME, OWNER, productGitHubSpec } from '../helpers/product-github-spec.js';
import { validateReport } from '../helpers/report-schema.js';
import { useFakeGitHub } from '../helpers/use-fake-github.js';

const TOKEN = 'ghs_t0kenThatMustNeverLeak';

const fakeGitHub = useFakeGitHub();

function serve(spec: FakeRepositorySpec, options: FakeGitHubOptions = {}): FakeGitHub {
  return fakeGitHub.serve([spec], options);
}

async function scan(
  options: { writeIssue?: boolean; dryRun?: boolean; now?: string; baseUrl?: string } = {},
) {
  const octokit = new Octokit({ auth: TOKEN, baseUrl: options.baseUrl, log: SILENT_LOG });
  const source = createGitHubSource({ client: new GitHubClient(octokit), owner: OWNER, repo: NAME });
  return scanGitHubRepository(source, {
    now: new Date(options.now ?? GITHUB_NOW),
    writeIssue: options.writeIssue ?? false,
    dryRun: options.dryRun ?? false,
  });
}

function signal(report: Report, id: string): SignalReport {
  const found = report.signals.find((s) => s.id === id);
  if (!found) throw new Error(`no signal ${id}`);
  return found;
}

function stateOf(issue: { state?: string; closedAt?: string | null } | undefined): string | undefined {
  return issue && (issue.state ?? (issue.closedAt ? 'closed' : 'open'));
}

function healthIssues(github: FakeGitHub) {
  return (github.repository(FULL_NAME).issues ?? []).filter((issue) =>
    issue.body?.includes(HEALTH_ISSUE_MARKER),
  );
}

describe('GitHub source: a full scan within the request budget', () => {
  it('reads a typical repository (100 feedback issues, 100 releases) in at most 4 requests', async () => {
    const github = serve(productGitHubSpec());
    const { report } = await scan();

    expect(github.requests.length).toBeLessThanOrEqual(4);
    expect(report.cost).toMatchObject({ requests: { total: github.requests.length, restWrites: 0 } });
    expect(report.cost?.graphqlPoints).toBeGreaterThan(0);
    for (const request of github.requests.filter((r) => r.kind === 'graphql')) {
      expect(graphqlProblems(request.query ?? '')).toEqual([]);
    }
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);

    expect(report.repository).toMatchObject({ name: FULL_NAME, source: 'github', defaultBranch: 'main' });
    expect(signal(report, 'deployment-frequency')).toMatchObject({ status: 'pass', source: 'deployments' });
    // Weekly production deployments: releases are not expected (the 100 releases were still read).
    expect(signal(report, 'release-cadence')).toMatchObject({ status: 'not-applicable' });
    expect(signal(report, 'release-cadence').metrics.deploymentsPerWeek).toBeGreaterThanOrEqual(1);
    expect(signal(report, 'feedback-handling').metrics).toMatchObject({ issues: 100, answered: 100 });
    expect(signal(report, 'vision').status).toBe('pass');
    expect(signal(report, 'team-continuity').status).not.toBe('unknown');
    expect(report.unavailable).toEqual([]);
  });

  it('reads contribution guides, GitLab templates, package documents and site pages in the same requests', async () => {
    const spec = productGitHubSpec();
    const files = spec.files ?? {};
    for (const path of Object.keys(files)) {
      if (/^(?:\.github\/ISSUE_TEMPLATE|SUPPORT|\.github\/SUPPORT)/i.test(path)) delete files[path];
    }
    files['README.md'] = '# Service\n\nUn service.\n';
    files['CONTRIBUTING.md'] =
      '# Contribuer\n\n## Signaler un problème\n\nÉcrivez à [l’équipe](mailto:equipe@example.fr) ou ouvrez une issue.\n';
    files['.gitlab/issue_templates/Support.md'] = '/label ~support';
    files['packages/service-stats/README.md'] =
      '# Stats\n\nVisites mensuelles : objectif 5 000, satisfaction 80 %.\n';
    files['_pages/impact.md'] = '---\ntitle: Notre impact\n---\nDélai de traitement : de 30 à 10 jours.\n';
    files['docs/decisions/2024-01-01-metriques.md'] = '# Outil de métriques';
    const github = serve({ ...spec, files });
    const { report } = await scan();

    expect(github.requests.length).toBeLessThanOrEqual(4);
    const channel = signal(report, 'feedback-channel');
    expect(channel.status).toBe('pass');
    expect(channel.metrics.templates).toEqual(['.gitlab/issue_templates/Support.md']);
    expect(channel.metrics.readmeSections).toEqual(['CONTRIBUTING.md#Signaler un problème']);
    const indicators = signal(report, 'indicators');
    expect(indicators.evidence.map((evidence) => evidence.ref)).toEqual([
      '_pages/impact.md',
      'packages/service-stats/README.md',
    ]);
  });

  it('reads workflow runs only when GitHub deployments show no production deployment', async () => {
    const github = serve(productGitHubSpec({ deployments: false }));
    const { report } = await scan();

    expect(github.requests.map((r) => r.route ?? r.operationName)).toContain(
      'GET /repos/{owner}/{repo}/actions/runs',
    );
    expect(github.requests.length).toBeLessThanOrEqual(4);
    expect(signal(report, 'deployment-frequency').source).toBe('workflow-runs');
    expect(signal(report, 'deployment-frequency').measured).toMatch(/workflows de déploiement/);
  });

  it('looks at comments past the first page when none of the first ones is a response', async () => {
    const spec = productGitHubSpec({ feedbackIssues: 0 });
    const chatter = Array.from({ length: 30 }, (_, index) => ({
      author: index % 2 === 0 ? 'usager-1' : 'renovate[bot]',
      isBot: index % 2 === 1,
      createdAt: `2026-11-0${1 + Math.floor(index / 10)}T0${index % 10}:00:00Z`,
    }));
    spec.issues = [
      {
        title: 'Export impossible',
        author: 'usager-1',
        createdAt: '2026-10-31T09:00:00Z',
        labels: ['Retour utilisateur'],
        comments: [...chatter, { author: 'ines', association: 'MEMBER', createdAt: '2026-11-05T10:00:00Z' }],
      },
    ];
    const github = serve(spec);
    const { report } = await scan();

    expect(signal(report, 'feedback-handling').metrics).toMatchObject({
      issues: 1,
      answered: 1,
      unknownResponse: 0,
    });
    expect(github.requests.filter((r) => r.kind === 'graphql')).toHaveLength(3);
  });

  it('honours a GitHub Enterprise Server base URL', async () => {
    const github = serve(productGitHubSpec(), { baseUrl: 'https://ghe.example.gouv.fr/api/v3' });
    const { report } = await scan({ baseUrl: 'https://ghe.example.gouv.fr/api/v3' });

    expect(github.requests.length).toBeGreaterThan(0);
    expect(github.requests.find((r) => r.kind === 'graphql')?.path).toBe('/api/graphql');
    expect(report.repository.url).toBe(`https://ghe.example.gouv.fr/${FULL_NAME}`);
  });
});

describe('GitHub source: the product-health issue', () => {
  it('creates the issue once, then makes zero writes when nothing changed', async () => {
    const github = serve(productGitHubSpec());
    const first = await scan({ writeIssue: true });
    expect(first.issue?.action).toBe('created');
    expect(writesOf(github)).toHaveLength(1);
    const [created] = healthIssues(github);
    expect(created?.labels).toContain('product-health');
    expect(readIssueState(created?.body ?? null)).not.toBeNull();

    const before = github.requests.length;
    const second = await scan({ writeIssue: true });
    expect(second.issue?.action).toBe('unchanged');
    expect(writesOf(github, before)).toEqual([]);
    expect(github.requests.length - before).toBeLessThanOrEqual(4);
    expect(second.report.cost?.requests.restWrites).toBe(0);
    expect(healthIssues(github)).toHaveLength(1);
  });

  it('heals two marked issues into one: the oldest kept, the other closed with a neutral link', async () => {
    const spec = productGitHubSpec();
    const body = `${HEALTH_ISSUE_MARKER}\nAncien contenu`;
    spec.issues = [
      ...(spec.issues ?? []),
      {
        number: 501,
        title: 'Santé produit',
        body,
        createdAt: '2026-09-01T00:00:00Z',
        labels: ['product-health'],
      },
      {
        number: 502,
        title: 'Santé produit',
        body,
        createdAt: '2026-10-01T00:00:00Z',
        labels: ['product-health'],
      },
    ];
    const github = serve(spec);
    const { issue } = await scan({ writeIssue: true });

    expect(issue).toMatchObject({ action: 'updated', issue: { number: 501 }, healed: [502] });
    const issues = github.repository(FULL_NAME).issues ?? [];
    expect(stateOf(issues.find((i) => i.number === 501))).toBe('open');
    expect(stateOf(issues.find((i) => i.number === 502))).toBe('closed');
    expect(issues.find((i) => i.number === 502)?.stateReason).toBe('not_planned');
    const comment = issues.find((i) => i.number === 502)?.comments?.at(-1)?.body ?? '';
    expect(comment).toContain('redirect.github.com');
    expect(comment).not.toMatch(/#501\b/);
  });

  it('leaves a closed issue closed and opens no other', async () => {
    const spec = productGitHubSpec();
    spec.issues = [
      ...(spec.issues ?? []),
      {
        number: 600,
        title: 'Santé produit',
        body: `${HEALTH_ISSUE_MARKER}\nFermée par l’équipe`,
        createdAt: '2026-09-01T00:00:00Z',
        closedAt: '2026-09-02T00:00:00Z',
        stateReason: 'not_planned',
        labels: ['product-health'],
      },
    ];
    const github = serve(spec);
    const { issue } = await scan({ writeIssue: true });

    expect(issue?.action).toBe('left-closed');
    expect(writesOf(github)).toEqual([]);
    expect(healthIssues(github).map((i) => [i.number, stateOf(i)])).toEqual([[600, 'closed']]);
  });

  it('keeps a box the user ticked through a web edit when the report changes', async () => {
    const spec = productGitHubSpec();
    // No vision document: "write the vision" becomes a next step to tick.
    delete spec.files?.['docs/produit/vision.md'];
    const github = serve(spec);
    await scan({ writeIssue: true });
    const [created] = healthIssues(github);
    const step = /- \[ \] (.*<!-- product-health:step:([\w-]+) -->)/.exec(created?.body ?? '');
    expect(step).not.toBeNull();
    if (!created || !step) return;
    created.body = (created.body ?? '')
      .replace(`- [ ] ${step[1]}`, `- [x] ${step[1]}`)
      .replace(/\n/g, '\r\n');

    // Something the issue shows changes: the roadmap left the repository.
    delete github.repository(FULL_NAME).files?.['FEUILLE-DE-ROUTE.md'];
    github
      .repository(FULL_NAME)
      .deployments?.push({ environment: 'production', createdAt: '2026-11-21T10:00:00Z', state: 'success' });
    const before = github.requests.length;
    const { issue } = await scan({ writeIssue: true });

    expect(issue?.action).toBe('updated');
    expect(writesOf(github, before)).toHaveLength(1);
    expect(healthIssues(github)[0]?.body).toContain(`- [x] ${step[1]}`);
  });

  it('keeps the body under 60,000 characters with 5,000 feedback issues', async () => {
    const github = serve(productGitHubSpec({ feedbackIssues: 5000 }));
    const { report, issue } = await scan({ writeIssue: true });

    expect(signal(report, 'feedback-handling').metrics).toMatchObject({ issues: 5000 });
    const body = healthIssues(github)[0]?.body ?? '';
    expect(issue?.action).toBe('created');
    expect(body.length).toBeGreaterThan(1000);
    expect(body.length).toBeLessThanOrEqual(60_000);
  }, 60_000);

  it('renders a hostile issue title harmlessly', async () => {
    const spec = productGitHubSpec({ feedbackIssues: 0 });
    const hostile = '@someone #12 <img src=x onerror=alert(1)> --> **gras** `code` | cellule';
    spec.issues = [
      {
        title: hostile,
        author: 'usager-9',
        createdAt: '2026-10-01T09:00:00Z',
        labels: ['Retour utilisateur'],
      },
    ];
    const github = serve(spec);
    await scan({ writeIssue: true });

    const body = healthIssues(github)[0]?.body ?? '';
    expect(body).toContain('someone');
    expect(body).not.toMatch(/@someone/);
    expect(body).not.toMatch(/(^|[^\w&])#12\b/);
    expect(body).not.toContain('<img');
    expect(body.match(/-->/g)?.length).toBe(body.match(/<!--/g)?.length);
    expect(readIssueState(body)).not.toBeNull();
  });
});

describe('GitHub source: failure is partial, never total', () => {
  it('a file that is not there: the declared document is reported missing, the rest stands', async () => {
    const spec = productGitHubSpec();
    spec.files = {
      ...spec.files,
      '.github/product-health.yml': 'documents:\n  indicators: [docs/absent.md]\n',
    };
    serve(spec);
    const { report } = await scan();

    expect(signal(report, 'indicators').metrics).toMatchObject({ missingDeclared: ['docs/absent.md'] });
    expect(signal(report, 'indicators').measured).toContain('docs/absent.md');
    expect(signal(report, 'deployment-frequency').status).toBe('pass');
  });

  it('a 404 on the git tree: documents unknown, releases and deployments still judged', async () => {
    const spec = productGitHubSpec();
    spec.faults = { rest: { 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}': 404 } };
    serve(spec);
    const { report } = await scan();

    expect(report.unavailable).toEqual(
      expect.arrayContaining([expect.objectContaining({ part: 'files', reason: 'not-found' })]),
    );
    expect(signal(report, 'vision').status).toBe('unknown');
    expect(signal(report, 'release-cadence').status).not.toBe('unknown');
    expect(signal(report, 'deployment-frequency').status).toBe('pass');
  });

  it('issues disabled: feedback handling unknown with the reason, no issue written', async () => {
    const spec = { ...productGitHubSpec(), issuesEnabled: false };
    const github = serve(spec);
    const { report, issue } = await scan({ writeIssue: true });

    expect(signal(report, 'feedback-handling')).toMatchObject({
      status: 'unknown',
      metrics: { unavailable: 'disabled' },
    });
    expect(issue?.action).toBe('skipped');
    expect(writesOf(github)).toEqual([]);
  });

  it('a 410 when creating the issue is a clear failure, not a crash', async () => {
    const spec = productGitHubSpec();
    spec.faults = { rest: { 'POST /repos/{owner}/{repo}/issues': 410 } };
    serve(spec);
    const { report, issue } = await scan({ writeIssue: true });

    expect(issue?.action).toBe('failed');
    expect(issue?.message).toBeTruthy();
    expect(issue?.message).not.toContain(TOKEN);
    expect(report.score).not.toBeNull();
  });

  it('a refused permission (deployments): that part unknown with the permission to grant, the rest stands', async () => {
    const spec = productGitHubSpec();
    spec.faults = { graphql: { 'withDeployments.deployments': 'FORBIDDEN' } };
    serve(spec);
    const { report } = await scan();

    const deployments = report.unavailable.find((part) => part.part === 'deployments');
    expect(deployments).toMatchObject({ reason: 'no-permission' });
    expect(deployments?.detail).toContain('Deployments: read');
    expect(signal(report, 'deployment-frequency').source).toBe('workflow-runs');
    expect(signal(report, 'vision').status).toBe('pass');
    expect(signal(report, 'feedback-handling').status).not.toBe('unknown');
  });

  it('a 403 on workflow runs: unknown with "Actions: read", deployments fall back to pushes to the production branch', async () => {
    const spec = productGitHubSpec({ deployments: false });
    spec.faults = { rest: { 'GET /repos/{owner}/{repo}/actions/runs': 403 } };
    serve(spec);
    const { report } = await scan();

    const runs = report.unavailable.find((part) => part.part === 'workflowRuns');
    expect(runs).toMatchObject({ reason: 'no-permission' });
    expect(runs?.detail).toContain('Actions: read');
    expect(signal(report, 'deployment-frequency').source).toBe('branch-pushes');
    expect(signal(report, 'deployment-frequency').metrics.trigger).toBe('on.push.branches: main');
  });

  it('an archived repository: nothing to measure, nothing written', async () => {
    const github = serve({ ...productGitHubSpec(), archived: true });
    const { report, issue } = await scan({ writeIssue: true });

    expect(report.repository.archived).toBe(true);
    expect(new Set(report.signals.map((s) => s.status))).toEqual(new Set(['not-applicable']));
    expect(issue?.action).toBe('skipped');
    expect(writesOf(github)).toEqual([]);
  });

  it('an empty repository: history and files unknown, the report still stands', async () => {
    serve({ owner: OWNER, name: NAME, empty: true });
    const { report } = await scan();

    expect(report.unavailable).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ part: 'files', reason: 'empty-repository' }),
        expect.objectContaining({ part: 'commits', reason: 'empty-repository' }),
      ]),
    );
    expect(signal(report, 'team-continuity').status).toBe('unknown');
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
  });

  it('an API fault on the second query: contents unknown, what the first read still judged', async () => {
    const spec = productGitHubSpec();
    spec.faults = { graphqlRequests: { 2: 502 } };
    serve(spec);
    const { report } = await scan();

    expect(signal(report, 'vision').status).toBe('unknown');
    expect(signal(report, 'feedback-handling')).toMatchObject({
      status: 'unknown',
      metrics: { unavailable: 'api-fault' },
    });
    expect(signal(report, 'release-cadence').status).not.toBe('unknown');
    expect(signal(report, 'deployment-frequency').status).toBe('pass');
  });

  it('an API fault on the first query: what GraphQL serves is unknown, the issue left as it is', async () => {
    const spec = productGitHubSpec();
    spec.faults = { graphqlRequests: { 1: 502 } };
    const github = serve(spec);
    const { report, issue } = await scan({ writeIssue: true });

    for (const part of ['commits', 'releases', 'deployments', 'issues']) {
      expect(report.unavailable).toEqual(
        expect.arrayContaining([expect.objectContaining({ part, reason: 'api-fault' })]),
      );
    }
    expect(signal(report, 'deployment-frequency').status).toBe('unknown');
    expect(signal(report, 'feedback-handling').status).toBe('unknown');
    expect(issue?.action).toBe('skipped');
    expect(writesOf(github)).toEqual([]);
  });

  it('a repository that does not exist is a clear error', async () => {
    serve(productGitHubSpec());
    const octokit = new Octokit({ auth: TOKEN, log: SILENT_LOG });
    const source = createGitHubSource({ client: new GitHubClient(octokit), owner: OWNER, repo: 'absent' });
    await expect(
      scanGitHubRepository(source, { now: new Date(GITHUB_NOW), writeIssue: false, dryRun: false }),
    ).rejects.toThrow(/example\/absent was not found, or the token cannot see it/);
  });
});
