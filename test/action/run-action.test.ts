import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAction } from '../../src/action/run-action.js';
import { FakeGitHub, type FakeRepositorySpec } from '../helpers/fake-github.js';
import { type FakeGitHubServer, serveFakeGitHub } from '../helpers/fake-github-server.js';
import { GITHUB_NOW, NAME, OWNER, productGitHubSpec } from '../helpers/product-github-spec.js';
import { recordingIo } from './action-harness.js';

const TOKEN = 'ghs_actionTokenThatMustNeverLeak42';
let server: FakeGitHubServer | null = null;
let fake: FakeGitHub | null = null;
let runnerTemp = '';

beforeEach(async () => {
  runnerTemp = await mkdtemp(join(tmpdir(), 'product-health-run-action-'));
});
afterEach(async () => {
  await server?.close();
  server = null;
  fake = null;
  await rm(runnerTemp, { recursive: true, force: true });
});

async function serve(spec: FakeRepositorySpec): Promise<string> {
  fake = new FakeGitHub([spec], { baseUrl: 'http://127.0.0.1', now: () => new Date(GITHUB_NOW) });
  server = await serveFakeGitHub(fake);
  return server.url;
}

function io(apiUrl: string, inputs: Record<string, string> = {}, repo = NAME) {
  return recordingIo(
    { token: TOKEN, ...inputs },
    {
      GITHUB_API_URL: apiUrl,
      GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
      RUNNER_TEMP: runnerTemp,
      GITHUB_WORKSPACE: runnerTemp,
    },
    { owner: OWNER, repo },
  );
}

const writes = () =>
  (fake?.requests ?? []).filter((request) => request.kind === 'rest' && request.method !== 'GET');

describe('runAction (in process, through its seam)', () => {
  it('warns once per unreadable part and still reports; a dry run sends no write', async () => {
    const spec = productGitHubSpec();
    spec.faults = { graphql: { 'withDeployments.deployments': 'FORBIDDEN' } };
    const { io: actionIo, run } = io(await serve(spec), { 'dry-run': 'true' });
    await runAction(actionIo);

    expect(run.failures).toEqual([]);
    expect(run.secrets).toEqual([TOKEN]);
    expect(run.warnings).toEqual([
      expect.stringMatching(/^Partial data: deployments could not be read \(no-permission\)/),
    ]);
    expect(run.outputs).toMatchObject({ grade: expect.stringMatching(/^[A-E]$/), 'issue-number': '' });
    expect(run.outputs['report-path']).toBe(join(runnerTemp, 'product-health-report.json'));
    expect(writes()).toEqual([]);
    expect(run.log).toContain('[group] The product-health issue this run would write');
    expect(run.log.some((line) => /Product-health issue: created — would send 1 write/.test(line))).toBe(
      true,
    );
    expect(run.summary()).toContain('<table>');
    const { secrets: _masked, ...reported } = run;
    expect(JSON.stringify({ ...reported, summary: run.summary() })).not.toContain(TOKEN.slice(4));
  });

  it('reads a config-path other than the default from the checkout', async () => {
    const { io: actionIo, run } = io(await serve(productGitHubSpec()), {
      'config-path': 'ops/product-health.yml',
      'dry-run': 'true',
    });
    await mkdir(join(runnerTemp, 'ops'));
    await writeFile(join(runnerTemp, 'ops/product-health.yml'), 'language: en\nwindowDays: 60\n');
    await runAction(actionIo);

    expect(run.failures).toEqual([]);
    const report = JSON.parse(await readFile(run.outputs['report-path'] ?? '', 'utf8'));
    expect(report).toMatchObject({ language: 'en', window: { days: 60 } });
    expect(fake?.requests.some((request) => request.path.includes('/contents/'))).toBe(false);
  });

  it('lets the inputs override the configuration', async () => {
    const { io: actionIo, run } = io(await serve(productGitHubSpec()), {
      language: 'en',
      'window-days': '30',
      'dry-run': 'true',
    });
    await runAction(actionIo);
    const report = JSON.parse(await readFile(run.outputs['report-path'] ?? '', 'utf8'));
    expect(report).toMatchObject({ language: 'en', window: { days: 30 } });
  });

  it('fails the step on a bad input, before asking GitHub anything', async () => {
    const { io: actionIo, run } = io(await serve(productGitHubSpec()), { 'window-days': '1000' });
    await runAction(actionIo);
    expect(run.failures).toEqual([expect.stringMatching(/^product-health: input 'window-days' is '1000'/)]);
    expect(fake?.requests).toEqual([]);
    expect(run.outputs).toEqual({});
  });

  it('fails the step with a clear message when the repository cannot be seen', async () => {
    const { io: actionIo, run } = io(await serve(productGitHubSpec()), {}, 'absent');
    await runAction(actionIo);
    expect(run.failures).toEqual([
      expect.stringMatching(
        /^product-health: GitHub repository example\/absent was not found, or the token cannot see it/,
      ),
    ]);
    expect(run.failures.join()).not.toContain(TOKEN);
  });

  it('fails the step when it cannot tell which repository to scan', async () => {
    const { io: actionIo, run } = recordingIo({ token: TOKEN }, {}, null);
    await runAction(actionIo);
    expect(run.failures).toEqual([
      expect.stringMatching(/cannot tell which repository to scan: GITHUB_REPOSITORY/),
    ]);
  });
});
