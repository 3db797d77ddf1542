import { describe, expect, it, vi } from 'vitest';
import { HEALTH_ISSUE_MARKER } from '../../src/issue/issue-marker.js';
import type { FakeGitHub } from '../helpers/fake-github.js';
import { FULL_NAME, NAME, OWNER, productGitHubSpec } from '../helpers/product-github-spec.js';
import { useFakeGitHub } from '../helpers/use-fake-github.js';
import {
  healthIssue,
  INSTALLATION_ID,
  interceptAppRoutes,
  loadTestApp,
  REPOSITORY_ID,
  receive,
  rehomed,
  scanCount,
  serveProduct,
  type TestApp,
  webhookExamples,
  writes,
} from './app-harness.js';

const fakeGitHub = useFakeGitHub();

function serve(specs?: Parameters<typeof serveProduct>[1]): FakeGitHub {
  return serveProduct(fakeGitHub, specs);
}

function example(name: string, action: string | null, index = 0): Record<string, unknown> {
  const matching = webhookExamples(name).filter((payload) => action === null || payload.action === action);
  const found = matching[index];
  if (!found) throw new Error(`no ${name}.${action} example #${index}`);
  return rehomed(found);
}

async function pushToMain(app: TestApp): Promise<void> {
  await receive(app, 'push', example('push', null, 4));
  await app.scheduler.drain();
}

/** An `issues` payload about the product-health issue, sent by `sender`. */
function healthIssueEvent(
  github: FakeGitHub,
  action: string,
  sender: { login: string; type: string },
): Record<string, unknown> {
  const payload = example('issues', 'edited');
  const issue = healthIssue(github);
  return {
    ...payload,
    action,
    sender: { ...(payload.sender as object), ...sender },
    issue: {
      ...(payload.issue as object),
      number: issue.number,
      body: issue.body,
      labels: [{ name: 'product-health' }],
    },
  };
}

describe('a burst of events for one repository', () => {
  it('50 issues.labeled events lead to one rescan', async () => {
    const github = serve();
    const app = await loadTestApp();
    const labeled = example('issues', 'labeled');
    for (let index = 0; index < 50; index++) {
      await receive(app, 'issues', {
        ...labeled,
        issue: { ...(labeled.issue as object), number: index + 1 },
      });
    }
    expect(scanCount(github)).toBe(0);
    expect(app.scheduler.keys()).toEqual([FULL_NAME]);

    await app.scheduler.drain();

    expect(scanCount(github)).toBe(1);
    expect(app.scanned).toHaveLength(1);
    expect(writes(github)).toEqual(['POST /repos/{owner}/{repo}/issues']);
  });

  it('events arriving during the scan lead to exactly one more, which writes nothing new', async () => {
    const github = serve();
    const app = await loadTestApp();
    const labeled = example('issues', 'labeled');
    await receive(app, 'issues', labeled);
    app.scheduler.flush();
    await vi.waitFor(() => expect(scanCount(github)).toBe(1));
    for (let index = 0; index < 10; index++) await receive(app, 'issues', labeled);
    await app.scheduler.drain();

    expect(scanCount(github)).toBe(2);
    expect(app.scanned.map((result) => result.issue?.action)).toEqual(['created', 'unchanged']);
    expect(writes(github)).toEqual(['POST /repos/{owner}/{repo}/issues']);
  });
});

describe('installation events', () => {
  it('an installation created and repositories added at once: one listing, every repository scanned once', async () => {
    interceptAppRoutes({
      [INSTALLATION_ID]: [
        { id: REPOSITORY_ID, owner: OWNER, name: NAME },
        { id: REPOSITORY_ID + 5, owner: OWNER, name: 'autre-service' },
      ],
    });
    const second = { owner: OWNER, name: 'autre-service', files: { 'README.md': '# Autre\n' } };
    const github = fakeGitHub.serve([productGitHubSpec(), second]);
    const app = await loadTestApp();

    await receive(app, 'installation_repositories', example('installation_repositories', 'added'));
    await receive(app, 'installation', example('installation', 'created'));
    await receive(app, 'installation_repositories', example('installation_repositories', 'added'));
    expect(app.scheduler.keys()).toEqual([`installation:${INSTALLATION_ID}`]);
    await app.scheduler.drain();

    expect(app.scanned.map((result) => `${result.owner}/${result.repo}`).sort()).toEqual([
      `${OWNER}/autre-service`,
      FULL_NAME,
    ]);
    expect(scanCount(github)).toBe(2);
  });
});

describe('the product-health issue edited or closed by the team', () => {
  it('keeps a ticked box: the edit triggers nothing, the next scans keep the tick', async () => {
    const spec = productGitHubSpec();
    // No vision document: "write the vision" becomes a next step to tick.
    delete spec.files?.['docs/produit/vision.md'];
    const github = serve([spec]);
    const app = await loadTestApp();
    await pushToMain(app);
    const issue = healthIssue(github);
    const step = /- \[ \] (.*<!-- product-health:step:[\w-]+ -->)/.exec(issue.body ?? '')?.[1];
    expect(step).toBeDefined();
    issue.body = (issue.body ?? '').replace(`- [ ] ${step}`, `- [x] ${step}`).replace(/\n/g, '\r\n');

    await receive(app, 'issues', healthIssueEvent(github, 'edited', { login: 'camille', type: 'User' }));
    expect(app.scheduler.keys()).toEqual([]);
    await pushToMain(app);
    expect(app.scanned.at(-1)?.issue?.action).toBe('unchanged');

    // A release shipped to production, and the roadmap left the repository: a change the issue
    // shows (the deployment alone only moves facts a healthy signal's one line leaves out).
    github.repository(FULL_NAME).releases?.push({ tagName: 'v9.0.0', createdAt: '2026-11-21T10:00:00Z' });
    delete github.repository(FULL_NAME).files?.['FEUILLE-DE-ROUTE.md'];
    github
      .repository(FULL_NAME)
      .deployments?.push({ environment: 'production', createdAt: '2026-11-21T10:05:00Z', state: 'success' });
    await receive(app, 'release', example('release', 'published'));
    await app.scheduler.drain();

    expect(scanCount(github)).toBe(3);
    expect(app.scanned.map((result) => result.issue?.action)).toEqual(['created', 'unchanged', 'updated']);
    expect(writes(github)).toEqual([
      'POST /repos/{owner}/{repo}/issues',
      'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
    ]);
    expect(healthIssue(github).body).toContain(`- [x] ${step}`);
  });

  it('leaves it closed: the close triggers nothing, the next scan neither reopens it nor opens another', async () => {
    const github = serve();
    const app = await loadTestApp();
    await pushToMain(app);
    const issue = healthIssue(github);
    issue.state = 'closed';
    issue.closedAt = '2026-11-22T12:30:00Z';

    await receive(app, 'issues', healthIssueEvent(github, 'closed', { login: 'camille', type: 'User' }));
    expect(app.scheduler.keys()).toEqual([]);
    await pushToMain(app);

    expect(app.scanned.at(-1)?.issue?.action).toBe('left-closed');
    expect(writes(github)).toEqual(['POST /repos/{owner}/{repo}/issues']);
    expect(
      (github.repository(FULL_NAME).issues ?? []).filter((i) => i.body?.includes(HEALTH_ISSUE_MARKER)),
    ).toHaveLength(1);
  });

  it('never loops on its own writes: the app’s edits of the issue trigger nothing', async () => {
    const github = serve();
    const app = await loadTestApp();
    await pushToMain(app);
    for (const action of ['opened', 'labeled', 'edited', 'closed']) {
      await receive(
        app,
        'issues',
        healthIssueEvent(github, action, { login: 'product-health[bot]', type: 'Bot' }),
      );
    }
    expect(app.scheduler.keys()).toEqual([]);
    expect(scanCount(github)).toBe(1);
  });
});

describe('failures are logged with what to fix, never thrown', () => {
  it('an issue write refused (403) says which permission to grant', async () => {
    const spec = productGitHubSpec();
    spec.faults = { rest: { 'POST /repos/{owner}/{repo}/issues': 403 } };
    serve([spec]);
    const app = await loadTestApp();
    await pushToMain(app);

    expect(app.scanned.map((result) => result.issue?.action)).toEqual(['failed']);
    expect(
      app.lines
        .filter((line) => line.level === 'warn')
        .map((line) => line.message)
        .join('\n'),
    ).toMatch(/Issues: write/);
  });

  it('a repository the installation cannot see is an error line, and the app goes on', async () => {
    serve([]);
    const app = await loadTestApp();
    await receive(app, 'push', example('push', null, 4));
    await expect(app.scheduler.drain()).resolves.toBeUndefined();

    const errors = app.lines.filter((line) => line.level === 'error').map((line) => line.message);
    expect(errors).toEqual([
      expect.stringMatching(/example\/trouve-ta-formation was not found.*Check the name/),
    ]);
    expect(app.scanned).toEqual([]);
  });
});
