import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAction } from '../../src/action/run-action.js';
import { HEALTH_ISSUE_MARKER } from '../../src/issue/issue-marker.js';
import { webhookExamples } from '../app/app-harness.js';
import { DRAFT_CONFIG, DRAFT_README, DRAFT_RECORD, DRAFT_RECORD_ID } from '../helpers/draft-fixtures.js';
import { FakeGitHub, type FakeIssue, type FakeRepositorySpec } from '../helpers/fake-github.js';
import { type FakeGitHubServer, serveFakeGitHub } from '../helpers/fake-github-server.js';
import { FULL_NAME, GITHUB_NOW, NAME, OWNER, productGitHubSpec } from '../helpers/product-github-spec.js';
import { recordingIo } from './action-harness.js';

const TOKEN = 'ghs_actionTokenForTicks';
let server: FakeGitHubServer | null = null;
let fake: FakeGitHub | null = null;
let workspace = '';

beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'product-health-action-ticks-'));
});
afterEach(async () => {
  await server?.close();
  server = null;
  fake = null;
  await rm(workspace, { recursive: true, force: true });
});

async function serve(spec: FakeRepositorySpec): Promise<string> {
  fake = new FakeGitHub([spec], { baseUrl: 'http://127.0.0.1', now: () => new Date(GITHUB_NOW) });
  server = await serveFakeGitHub(fake);
  return server.url;
}

function draftSpec(): FakeRepositorySpec {
  const spec = productGitHubSpec();
  const files = { ...(spec.files as Record<string, string>) };
  delete files['docs/produit/vision.md'];
  delete files['FEUILLE-DE-ROUTE.md'];
  files['README.md'] = DRAFT_README;
  return { ...spec, files, betagouvRecord: { id: DRAFT_RECORD_ID, text: DRAFT_RECORD } };
}

/** One run of the Action, as a workflow started by `event` would run it. */
async function run(apiUrl: string, event: { name: string; payload: unknown } | null) {
  const recorded = recordingIo(
    { token: TOKEN },
    {
      GITHUB_API_URL: apiUrl,
      GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
      RUNNER_TEMP: workspace,
      GITHUB_WORKSPACE: workspace,
    },
    { owner: OWNER, repo: NAME },
  );
  await runAction({ ...recorded.io, event: () => event });
  expect(recorded.run.failures).toEqual([]);
  return recorded.run;
}

function healthIssue(): FakeIssue {
  const found = (fake?.repository(FULL_NAME).issues ?? []).find((issue) =>
    issue.body?.includes(HEALTH_ISSUE_MARKER),
  );
  if (!found) throw new Error('no product-health issue');
  return found;
}

/** A person ticks `key` in the issue; the `issues.edited` event GitHub sends (webhooks-examples' payload). */
function tick(key: string, sender = { login: 'camille', type: 'User' }): { name: string; payload: unknown } {
  const issue = healthIssue();
  const before = issue.body ?? '';
  issue.body = before.replace(
    new RegExp(`^- \\[ \\](.*<!--\\s*product-health:step:${key}\\s*-->)$`, 'm'),
    '- [x]$1',
  );
  const example = webhookExamples('issues').find((payload) => payload.action === 'edited') ?? {};
  return {
    name: 'issues',
    payload: {
      ...example,
      changes: { body: { from: before } },
      sender: { ...(example.sender as object), ...sender },
      issue: { ...(example.issue as object), number: issue.number, body: issue.body },
    },
  };
}

const restWrites = (from = 0) =>
  (fake?.requests ?? [])
    .slice(from)
    .filter((request) => request.kind === 'rest' && request.method !== 'GET')
    .map((request) => request.route);

describe('the Action on `issues: types: [edited]`', () => {
  it('a person ticks "rescan now": the repository is rescanned and the box unticked', async () => {
    const apiUrl = await serve(draftSpec());
    await run(apiUrl, { name: 'schedule', payload: {} });
    const before = fake?.requests.length ?? 0;

    await run(apiUrl, tick('rescan'));

    expect(restWrites(before)).toEqual(['PATCH /repos/{owner}/{repo}/issues/{issue_number}']);
    expect(healthIssue().body).toMatch(/^- \[ \] .*<!-- product-health:step:rescan -->$/m);
  });

  it('an edit that ticks nothing, or a bot’s tick: no scan, no request at all', async () => {
    const apiUrl = await serve(draftSpec());
    await run(apiUrl, { name: 'schedule', payload: {} });
    const before = fake?.requests.length ?? 0;

    const example = webhookExamples('issues').find((payload) => payload.action === 'edited') ?? {};
    const quiet = await run(apiUrl, { name: 'issues', payload: example });
    await run(apiUrl, tick('rescan', { login: 'github-actions[bot]', type: 'Bot' }));

    expect(fake?.requests.length).toBe(before);
    expect(quiet.log).toContain(
      'An issue was edited, but no box of the product-health issue was ticked by a person: nothing to do.',
    );
  });

  it('a person ticks the vision step with coaching.pullRequests: one pull request', async () => {
    const spec = draftSpec();
    // The configuration, read through the API as the Action does by default.
    spec.files = { ...spec.files, '.github/product-health.yml': DRAFT_CONFIG };
    const apiUrl = await serve(spec);
    await run(apiUrl, { name: 'schedule', payload: {} });
    const before = fake?.requests.length ?? 0;

    const ticked = await run(apiUrl, tick('vision'));

    expect(restWrites(before)).toEqual([
      'POST /repos/{owner}/{repo}/git/refs',
      'PUT /repos/{owner}/{repo}/contents/{path}',
      'POST /repos/{owner}/{repo}/pulls',
    ]);
    expect(fake?.repository(FULL_NAME).pullRequests?.[0]).toMatchObject({ head: 'product-health/vision' });
    expect(ticked.log.some((line) => /vision starter: pull request #\d+ opened/.test(line))).toBe(true);
  });
});
