import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-io.js';
import { runCli } from '../../src/cli/run-cli.js';
import { HEALTH_ISSUE_MARKER } from '../../src/issue/issue-marker.js';
import { PILLAR_IDS } from '../../src/model/ids.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { type FakeGitHubServer, serveFakeGitHub } from '../helpers/fake-github-server.js';
import { FULL_NAME, productGitHubSpec } from '../helpers/product-github-spec.js';
import { type BundledRun, cleanUp, runBundledAction } from './action-harness.js';

const TOKEN = 'ghs_bundledActionTokenThatMustNeverLeak42';
const servers: FakeGitHubServer[] = [];
const runs: BundledRun[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
  await Promise.all(runs.splice(0).map((run) => cleanUp(run)));
});

/**
 * The product repository on a fake GitHub served on loopback, dated from `now` — the real clock by
 * default, as the Action's is.
 */
async function github(now = new Date().toISOString()): Promise<{ fake: FakeGitHub; url: string }> {
  const fake = new FakeGitHub([productGitHubSpec({ now })], {
    baseUrl: 'http://127.0.0.1',
    now: () => new Date(),
  });
  const server = await serveFakeGitHub(fake);
  servers.push(server);
  return { fake, url: server.url };
}

async function action(options: Parameters<typeof runBundledAction>[0]): Promise<BundledRun> {
  const run = await runBundledAction(options);
  runs.push(run);
  return run;
}

const writes = (fake: FakeGitHub) =>
  fake.requests.filter((request) => request.kind === 'rest' && request.method !== 'GET');
const healthIssues = (fake: FakeGitHub) =>
  (fake.repository(FULL_NAME).issues ?? []).filter((issue) => issue.body?.includes(HEALTH_ISSUE_MARKER));

/** Standard output without the `::add-mask::` command, which the runner consumes and never shows. */
const shown = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');

describe('the bundled Action, run by Node 24 as the runner runs it', () => {
  it('writes its outputs, the job summary and the product-health issue; a second run writes nothing', async () => {
    const { fake, url } = await github();
    const first = await action({ apiUrl: url, repository: FULL_NAME, token: TOKEN });

    expect(first.code, `${first.stdout}\n${first.stderr}`).toBe(0);
    expect(first.stdout).not.toContain('::error::');
    expect(first.outputs).toEqual({
      score: expect.stringMatching(/^\d{1,3}$/),
      grade: expect.stringMatching(/^[A-E]$/),
      'issue-number': expect.stringMatching(/^\d+$/),
      'report-path': `${first.runnerTemp}/temp/product-health-report.json`,
    });
    const report = JSON.parse(await readFile(first.outputs['report-path'] ?? '', 'utf8'));
    expect(report).toMatchObject({
      repository: { name: FULL_NAME, source: 'github' },
      score: Number(first.outputs.score),
      grade: first.outputs.grade,
    });

    expect(first.summary).toContain(`<h2>Santé produit — ${FULL_NAME}</h2>`);
    expect(first.summary).toContain('<table><tr><th>Pilier</th><th>Note</th>');
    expect(first.summary.match(/<tr><td>/g)).toHaveLength(PILLAR_IDS.length);
    expect(first.summary).toContain(`#${first.outputs['issue-number']}</a>\u00a0: créé.`);

    const issues = healthIssues(fake);
    expect(issues).toHaveLength(1);
    expect(String(issues[0]?.number)).toBe(first.outputs['issue-number']);
    expect(writes(fake)).toHaveLength(1);

    // The token is masked (the runner consumes `::add-mask::`) and written nowhere else.
    expect(first.stdout).toContain(`::add-mask::${TOKEN}`);
    for (const text of [shown(first.stdout), first.stderr, first.outputsText, first.summary]) {
      expect(text).not.toContain(TOKEN);
    }
    expect(issues[0]?.body).not.toContain(TOKEN);

    const second = await action({ apiUrl: url, repository: FULL_NAME, token: TOKEN });
    expect(second.code, second.stderr).toBe(0);
    expect(second.outputs['issue-number']).toBe(first.outputs['issue-number']);
    expect(second.stdout).toMatch(/Product-health issue: unchanged/);
    expect(second.stdout).toMatch(/\b0 writes\b/);
    expect(writes(fake)).toHaveLength(1);
    expect(healthIssues(fake)).toHaveLength(1);
  });

  it('fails the step with ::error:: and a clear message when the repository cannot be seen', async () => {
    const { fake, url } = await github();
    const run = await action({ apiUrl: url, repository: 'example/absent', token: TOKEN });

    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^::error::product-health: GitHub repository example\/absent was not found, or the token cannot see it/m,
    );
    expect(run.outputs).toEqual({});
    expect(writes(fake)).toEqual([]);
    expect(`${shown(run.stdout)}${run.stderr}`).not.toContain(TOKEN);
  });

  it('gives the same JSON report as the command line for the same repository state', async () => {
    const state = new Date().toISOString();
    const forAction = await github(state);
    const run = await action({ apiUrl: forAction.url, repository: FULL_NAME, token: TOKEN });
    expect(run.code, run.stdout).toBe(0);
    const fromAction = JSON.parse(await readFile(run.outputs['report-path'] ?? '', 'utf8'));

    // The same state on a fresh fake, scanned by the command line at the instant the Action used.
    const forCli = await github(state);
    let stdout = '';
    let stderr = '';
    const io: CliIo = {
      cwd: run.runnerTemp,
      stdout: (text) => {
        stdout += text;
      },
      stderr: (text) => {
        stderr += text;
      },
      now: () => new Date(),
      env: {
        GITHUB_TOKEN: TOKEN,
        GITHUB_API_URL: forCli.url,
        GITHUB_GRAPHQL_URL: `${forCli.url}/graphql`,
      },
    };
    const code = await runCli(['scan', FULL_NAME, '--format', 'json', '--now', fromAction.generatedAt], io);
    expect(code, stderr).toBe(0);
    const fromCli = JSON.parse(stdout);

    const comparable = ({ cost: _cost, generatedAt: _at, tool: _tool, ...rest }: Record<string, unknown>) =>
      rest;
    expect(fromCli.generatedAt).toBe(fromAction.generatedAt);
    expect(comparable(fromAction)).toEqual(comparable(fromCli));
  });
});
