import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionIo } from '../../src/action/action-io.js';
import { runAction } from '../../src/action/run-action.js';
import { HEALTH_ISSUE_MARKER } from '../../src/issue/issue-marker.js';
import { hasOverviewMarker } from '../../src/overview/overview-body.js';
import { generateOrganisation } from '../../src/simulated-github/generate-organisation.js';
import type { SimulatedRepositorySpec } from '../../src/simulated-github/repository-spec.js';
import {
  type SimulatedGitHubServer,
  serveSimulatedGitHub,
} from '../../src/simulated-github/serve-simulated-github.js';
import { SimulatedGitHub } from '../../src/simulated-github/simulated-github.js';
import { recordingIo } from './action-harness.js';

const NOW = new Date('2026-11-20T10:00:00Z');
const OWNER = 'coachs-action';
const TOKEN = 'ghs_overviewTokenThatMustNeverLeak42';
/** A small organisation: one archived repository (left out), one with issues turned off. */
const SAMPLES = generateOrganisation({
  owner: OWNER,
  repositories: 5,
  seed: 11,
  now: NOW,
  profiles: ['healthy', 'no-documents', 'archived', 'issues-disabled', 'deploys-with-paas'],
});
const WORKFLOW_REPOSITORY = SAMPLES[0]?.spec.name ?? '';
const DOT_GITHUB: SimulatedRepositorySpec = {
  owner: OWNER,
  name: '.github',
  files: { 'profile/README.md': '# Coachs\n' },
};

let github: SimulatedGitHub;
let server: SimulatedGitHubServer | null = null;
let runnerTemp = '';

beforeEach(async () => {
  runnerTemp = await mkdtemp(join(tmpdir(), 'product-health-overview-'));
});
afterEach(async () => {
  await server?.close();
  server = null;
  await rm(runnerTemp, { recursive: true, force: true });
});

/** The organisation served on loopback, with its `.github` repository unless told. */
async function serve(withDotGithub = true): Promise<string> {
  const specs = SAMPLES.map((sample) => structuredClone(sample.spec));
  if (withDotGithub) specs.push(structuredClone(DOT_GITHUB));
  github = new SimulatedGitHub(specs, {
    baseUrl: 'http://127.0.0.1',
    now: () => NOW,
    secondaryRateLimit: false,
  });
  server = await serveSimulatedGitHub(github);
  return server.url;
}

/** The Action run in process for the workflow repository, its clock at NOW. */
async function run(apiUrl: string, inputs: Record<string, string> = {}) {
  const recorded = recordingIo(
    { token: TOKEN, overview: 'true', ...inputs },
    {
      GITHUB_API_URL: apiUrl,
      GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
      RUNNER_TEMP: runnerTemp,
      GITHUB_WORKSPACE: runnerTemp,
    },
    { owner: OWNER, repo: WORKFLOW_REPOSITORY },
  );
  const io: ActionIo = { ...recorded.io, now: () => NOW };
  const before = github.stats().writes;
  await runAction(io);
  return { ...recorded.run, writes: github.stats().writes - before };
}

const overviewIssues = () =>
  (github.repository(`${OWNER}/.github`).issues ?? []).filter((issue) => hasOverviewMarker(issue.body));

describe('the Action with overview: true', () => {
  it('keeps one overview issue in the owner’s .github, unchanged on a second run, and writes the dashboard', async () => {
    const apiUrl = await serve();
    const first = await run(apiUrl);

    expect(first.failures).toEqual([]);
    expect(first.warnings.filter((warning) => warning.startsWith('Overview:'))).toEqual([]);
    const issues = overviewIssues();
    expect(issues).toHaveLength(1);
    const overview = issues[0];
    expect(first.outputs['overview-issue-number']).toBe(String(overview?.number));
    // The workflow repository's own issue, then the overview: nothing else is written.
    expect(first.writes).toBe(2);
    expect(
      (github.repository(`${OWNER}/${WORKFLOW_REPOSITORY}`).issues ?? []).filter((issue) =>
        issue.body?.includes(HEALTH_ISSUE_MARKER),
      ),
    ).toHaveLength(1);
    for (const sample of SAMPLES.slice(1)) {
      expect(github.repository(`${OWNER}/${sample.spec.name}`).issues ?? []).not.toContainEqual(
        expect.objectContaining({ body: expect.stringContaining(HEALTH_ISSUE_MARKER) }),
      );
    }
    expect(first.log).toContainEqual(expect.stringMatching(/^Overview issue: created /));
    expect(first.summary()).toContain(`#${overview?.number}</a>\u00a0: créé.`);
    expect(first.summary()).toContain('Ticket de synthèse de l’organisation');

    expect(first.outputs['dashboard-path']).toBe(join(runnerTemp, 'product-health-dashboard.html'));
    const html = await readFile(first.outputs['dashboard-path'] ?? '', 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    // The `.github` settings repository holds the overview; it is not a product and is left out.
    const compared = SAMPLES.filter((sample) => !sample.spec.archived).map((sample) => sample.spec);
    for (const spec of compared) {
      expect(html).toContain(`${OWNER}/${spec.name}`);
      expect((overview?.body ?? '').replaceAll('\\', '')).toContain(spec.name);
    }
    const archived = SAMPLES.find((sample) => sample.spec.archived)?.spec.name ?? '';
    expect(archived).not.toBe('');
    expect(html).not.toContain(archived);
    expect(first.log).toContainEqual(
      expect.stringMatching(/^Organisation overview of coachs-action: 4 repositories compared .* 2 left out/),
    );

    const second = await run(apiUrl);
    expect(second.failures).toEqual([]);
    expect(second.writes).toBe(0);
    expect(overviewIssues()).toHaveLength(1);
    expect(overviewIssues()[0]?.body).toBe(overview?.body);
    expect(second.outputs['overview-issue-number']).toBe(first.outputs['overview-issue-number']);
    expect(second.log).toContainEqual(expect.stringMatching(/^Overview issue: unchanged /));

    const { secrets: _masked, ...reported } = second;
    expect(JSON.stringify({ ...reported, summary: second.summary() })).not.toContain(TOKEN.slice(4));
  }, 60_000);

  it('writes nothing to GitHub in a dry run, and shows the overview it would write', async () => {
    const apiUrl = await serve();
    const dry = await run(apiUrl, { 'dry-run': 'true' });

    expect(dry.failures).toEqual([]);
    expect(dry.writes).toBe(0);
    expect(overviewIssues()).toEqual([]);
    expect(dry.outputs['overview-issue-number']).toBe('');
    expect(dry.log).toContainEqual(expect.stringMatching(/^Overview issue: created .*would send 1 write/));
    expect(dry.log).toContain('[group] The organisation overview issue this run would write');
    expect(await readFile(dry.outputs['dashboard-path'] ?? '', 'utf8')).toContain(
      `${OWNER}/${WORKFLOW_REPOSITORY}`,
    );
  }, 60_000);

  it('keeps the overview in the repository named by overview-repository', async () => {
    const apiUrl = await serve();
    const other = SAMPLES[1]?.spec.name ?? '';
    const named = await run(apiUrl, { 'overview-repository': `${OWNER}/${other}` });

    expect(named.failures).toEqual([]);
    expect(overviewIssues()).toEqual([]);
    const kept = (github.repository(`${OWNER}/${other}`).issues ?? []).filter((issue) =>
      hasOverviewMarker(issue.body),
    );
    expect(kept).toHaveLength(1);
    expect(named.outputs['overview-issue-number']).toBe(String(kept[0]?.number));
  }, 60_000);

  it('fails the step when the owner has no .github repository, saying to create it or set overview-repository', async () => {
    const apiUrl = await serve(false);
    const missing = await run(apiUrl);

    expect(missing.failures).toHaveLength(1);
    expect(missing.failures[0]).toMatch(
      /^product-health: the organisation overview issue could not be kept in coachs-action\/\.github: /,
    );
    expect(missing.failures[0]).toMatch(/create it/);
    expect(missing.failures[0]).toContain("set the input 'overview-repository'");
    expect(missing.failures[0]).not.toContain(TOKEN);
    // The scan of the workflow repository was reported before; only its issue was written.
    expect(missing.outputs['report-path']).toBe(join(runnerTemp, 'product-health-report.json'));
    expect(missing.outputs['overview-issue-number']).toBe('');
    expect(missing.writes).toBe(1);
  }, 60_000);

  it('leaves the overview alone when overview is not true', async () => {
    const apiUrl = await serve();
    const off = await run(apiUrl, { overview: 'false' });

    expect(off.failures).toEqual([]);
    expect(overviewIssues()).toEqual([]);
    expect(off.outputs).not.toHaveProperty('overview-issue-number');
    expect(off.outputs).not.toHaveProperty('dashboard-path');
    expect(off.writes).toBe(1);
  }, 60_000);
});
