import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Octokit } from '@octokit/rest';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GitHubSessionDependencies } from '../../src/cli/github-session.js';
import { runCli } from '../../src/cli/run-cli.js';
import type { Comparison } from '../../src/compare/comparison.js';
import { hasOverviewMarker } from '../../src/overview/overview-body.js';
import { generateOrganisation } from '../../src/simulated-github/generate-organisation.js';
import {
  type SimulatedGitHubServer,
  serveSimulatedGitHub,
} from '../../src/simulated-github/serve-simulated-github.js';
import { SimulatedGitHub } from '../../src/simulated-github/simulated-github.js';
import { capturingIo } from '../helpers/run-cli-capture.js';

const NOW = new Date('2026-11-20T10:00:00Z');
const OWNER = 'coachs';
const REPOSITORIES = 200;
/** Plain Octokit, no throttling (the plugin spaces issue creations 3 s apart) and writes unpaced. */
const UNTHROTTLED: GitHubSessionDependencies = {
  createOctokit: ({ token, baseUrl }) => new Octokit({ auth: token, baseUrl, request: { retries: 0 } }),
  writePacer: null,
};
const validateComparison = new Ajv({ allErrors: true, strict: false }).compile(
  JSON.parse(readFileSync('schemas/comparison.schema.json', 'utf8')),
);

describe(`compare over a simulated organisation of ${REPOSITORIES} repositories`, () => {
  let github: SimulatedGitHub;
  let server: SimulatedGitHubServer;
  let folder: string;
  const samples = generateOrganisation({ owner: OWNER, repositories: REPOSITORIES, seed: 2026, now: NOW });
  const archived = samples.filter((sample) => sample.spec.archived).length;
  const withoutIssues = samples.filter(
    (sample) => !sample.spec.archived && sample.spec.issuesEnabled === false,
  ).length;

  beforeAll(async () => {
    const specs = samples.map((sample) => sample.spec);
    specs.push({ owner: OWNER, name: '.github', files: { 'profile/README.md': '# Coachs\n' } });
    // Writes go unpaced here (pacing under the secondary limit is tested with the write pacer), so
    // the simulator's secondary limit is lifted too.
    github = new SimulatedGitHub(specs, {
      baseUrl: 'http://127.0.0.1',
      now: () => NOW,
      secondaryRateLimit: false,
    });
    server = await serveSimulatedGitHub(github);
    folder = mkdtempSync(join(tmpdir(), 'compare-'));
  });
  afterAll(async () => {
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const compare = async (output: string, ...extra: string[]) => {
    const { io, out } = capturingIo({
      now: NOW.toISOString(),
      env: { GITHUB_TOKEN: 'compare-token', GITHUB_API_URL: server.url },
    });
    const before = github.stats();
    const code = await runCli(
      [
        'compare',
        '--org',
        OWNER,
        '--format',
        'markdown,csv,json,html',
        '--output',
        join(folder, output),
        '--concurrency',
        '8',
        ...extra,
      ],
      io,
      UNTHROTTLED,
    );
    const after = github.stats();
    const comparison = JSON.parse(
      readFileSync(join(folder, output, 'comparison.json'), 'utf8'),
    ) as Comparison;
    return {
      code,
      out,
      comparison,
      requests: after.requests.total - before.requests.total,
      writes: after.writes - before.writes,
    };
  };

  it('scans every repository once, writes their issues and the four formats', async () => {
    const first = await compare('first', '--write-issues');
    expect(first.code, first.out.stderr).toBe(0);
    expect(validateComparison(first.comparison), JSON.stringify(validateComparison.errors)).toBe(true);
    const compared = REPOSITORIES - archived;
    expect(first.comparison.rows).toHaveLength(compared);
    // Archived repositories and the organisation's `.github` settings repository are left out.
    expect(first.comparison.skipped).toHaveLength(archived + 1);
    expect(first.comparison.skipped).toContainEqual({ repository: `${OWNER}/.github`, reason: 'settings' });
    expect(first.comparison.rows.every((row) => row.origin === 'scanned')).toBe(true);
    // One issue per repository with issues on: created, never duplicated.
    expect(first.writes).toBe(compared - withoutIssues);

    const csv = readFileSync(join(folder, 'first', 'comparison.csv'), 'utf8')
      .trimEnd()
      .split('\n');
    expect(csv).toHaveLength(compared + 1);
    expect(csv[0]).toMatch(/^repository,url,product,topics,score,grade,team_score,team_grade,/);
    const markdown = readFileSync(join(folder, 'first', 'comparison.md'), 'utf8');
    const html = readFileSync(join(folder, 'first', 'comparison.html'), 'utf8');
    for (const row of first.comparison.rows) {
      expect(markdown).toContain(
        row.repository.split('/')[1]?.replace(/[-_.]/g, (c) => (c === '_' ? '\\_' : c)),
      );
      expect(html).toContain(row.repository);
    }
  }, 240_000);

  it('reads the stored state of fresh repositories on the second run instead of scanning them', async () => {
    const first = JSON.parse(readFileSync(join(folder, 'first', 'comparison.json'), 'utf8')) as Comparison;
    const second = await compare('second', '--write-issues');
    expect(second.code, second.out.stderr).toBe(0);
    const rescanned = second.comparison.rows.filter((row) => row.origin === 'scanned');
    // Only repositories without a product-health issue (issues turned off) are scanned again.
    expect(rescanned).toHaveLength(withoutIssues);
    expect(second.comparison.rows.filter((row) => row.origin === 'stored')).toHaveLength(
      first.rows.length - withoutIssues,
    );
    const listing = Math.ceil((REPOSITORIES + 1) / 100);
    const batches = Math.ceil(first.rows.length / 25);
    expect(second.requests).toBeLessThanOrEqual(listing + batches + 4 * withoutIssues);
    expect(second.writes).toBe(0);
    // Same judgement either way.
    const scores = (c: Comparison) =>
      c.rows.map((row) => [row.repository, row.overall, row.pillars, row.signals]);
    expect(scores(second.comparison)).toEqual(scores(first));
    expect(second.out.stderr).toMatch(/read from their product-health issue/);
  }, 120_000);

  it('--rescan scans them all again and --max-age 0 does the same', async () => {
    const again = await compare('third', '--rescan');
    expect(again.comparison.rows.filter((row) => row.origin === 'stored')).toHaveLength(0);
    expect(again.writes).toBe(0);
  }, 240_000);

  it('keeps one overview issue in the organisation’s .github repository, edited only on change', async () => {
    const run = () => compare('overview', '--write-overview');
    const first = await run();
    expect(first.code, first.out.stderr).toBe(0);
    const overview = () =>
      (github.repository(`${OWNER}/.github`).issues ?? []).filter((issue) =>
        hasOverviewMarker(issue.body ?? ''),
      );
    expect(overview()).toHaveLength(1);
    const body = overview()[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(60_000);
    expect(body).not.toMatch(/(^|[^\w`])@[A-Za-z0-9]/);
    expect(first.out.stderr).toMatch(/Overview issue: created/);
    const second = await run();
    expect(second.out.stderr).toMatch(/Overview issue: unchanged/);
    expect(second.writes).toBe(0);
    expect(overview()).toHaveLength(1);
  }, 120_000);

  it('four shards merged give the same comparison as one run', async () => {
    const cli = async (args: string[]) => {
      const { io, out } = capturingIo({
        now: NOW.toISOString(),
        env: { GITHUB_TOKEN: 'compare-token', GITHUB_API_URL: server.url },
        cwd: folder,
      });
      const code = await runCli(args, io, UNTHROTTLED);
      expect(code, out.stderr).toBe(0);
      return out;
    };
    await cli(['compare', '--org', OWNER, '--format', 'json', '--output', 'whole.json']);
    const shards = [1, 2, 3, 4].map((i) => `shard-${i}.json`);
    for (const [i, file] of shards.entries()) {
      await cli(['compare', '--org', OWNER, '--shard', `${i + 1}/4`, '--format', 'json', '--output', file]);
    }
    const parts = shards.map((file) => JSON.parse(readFileSync(join(folder, file), 'utf8')) as Comparison);
    const listed = parts.map((part) => part.rows.length + part.skipped.length);
    expect(Math.max(...listed) - Math.min(...listed)).toBeLessThanOrEqual(1);
    const sizes = parts.map((part) => part.rows.length);

    const merged = await cli(['merge', ...shards, '--format', 'json']);
    const whole = JSON.parse(readFileSync(join(folder, 'whole.json'), 'utf8')) as Comparison;
    const result = JSON.parse(merged.stdout) as Comparison;
    expect(validateComparison(result)).toBe(true);
    const same = ({ cost, scope, ...rest }: Comparison) => rest;
    expect(same(result)).toEqual(same(whole));
    expect(result.rows.length).toBe(sizes.reduce((sum, size) => sum + size, 0));
    expect(result.scope).toMatchObject({ kind: 'owner', owner: OWNER, shards: 4, shard: null });

    const missing = await cli(['merge', ...shards.slice(0, 3), '--format', 'csv']);
    expect(missing.stderr).toMatch(/shard 4\/4 missing/);
  }, 120_000);

  it('compares a list (--repos, --list): an unknown repository is a failed row, the rest is compared', async () => {
    const { io, out } = capturingIo({
      now: NOW.toISOString(),
      env: { GITHUB_TOKEN: 'compare-token', GITHUB_API_URL: server.url },
      cwd: folder,
    });
    const [first, second] = samples
      .filter((sample) => !sample.spec.archived)
      .map((sample) => sample.spec.name);
    const listed = [`${OWNER}/${first}`, `${OWNER}/${second}`, `${OWNER}/does-not-exist`];
    const code = await runCli(['compare', '--repos', listed.join(','), '--format', 'json'], io, UNTHROTTLED);
    expect(code, out.stderr).toBe(0);
    const comparison = JSON.parse(out.stdout) as Comparison;
    expect(comparison.scope).toMatchObject({ kind: 'list', owner: null });
    expect(comparison.rows.map((row) => [row.repository, row.origin])).toEqual([
      [`${OWNER}/does-not-exist`, 'failed'],
      ...[first, second].sort().map((name) => [`${OWNER}/${name}`, 'stored']),
    ]);
    expect(comparison.rows[0]?.problems.join()).toMatch(/not found/);
    expect(out.stderr).toMatch(/does-not-exist: not found/);

    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(folder, 'list.txt'), `# two of the coach's teams\n${listed.slice(0, 2).join('\n')}\n`);
    const fromFile = capturingIo({
      now: NOW.toISOString(),
      env: { GITHUB_TOKEN: 'compare-token', GITHUB_API_URL: server.url },
      cwd: folder,
    });
    expect(await runCli(['compare', '--list', 'list.txt', '--format', 'csv'], fromFile.io, UNTHROTTLED)).toBe(
      0,
    );
    expect(fromFile.out.stdout.trimEnd().split('\n')).toHaveLength(3);
  }, 60_000);

  it('says what to fix when the target is missing, doubled or unreadable, or the token absent', async () => {
    const run = async (
      args: string[],
      env: Record<string, string> = { GITHUB_TOKEN: 't', GITHUB_API_URL: server.url },
    ) => {
      const { io, out } = capturingIo({ now: NOW.toISOString(), env, cwd: folder });
      return { code: await runCli(['compare', ...args], io, UNTHROTTLED), stderr: out.stderr };
    };
    expect(await run([])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/exactly one of --org, --repos or --list/),
    });
    expect(await run(['--org', OWNER, '--repos', 'a/b'])).toMatchObject({ code: 2 });
    expect(await run(['--list', 'missing.txt'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/cannot read 'missing\.txt'/),
    });
    expect(await run(['--org', OWNER, '--shard', '5/4'])).toMatchObject({ code: 2 });
    expect(await run(['--org', OWNER, '--format', 'pdf'])).toMatchObject({ code: 2 });
    expect(await run(['--org', OWNER, '--format', 'json,html'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--output FOLDER/),
    });
    expect(await run(['--org', OWNER], {})).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/GITHUB_TOKEN or GH_TOKEN/),
    });
    expect(await run(['--org', 'nobody-here'])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/no user or organisation "nobody-here"/),
    });
  }, 60_000);
});
