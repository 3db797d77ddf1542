import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { runDemo } from '../../src/demo/run-demo.js';
import { HEALTH_ISSUE_MARKER } from '../../src/issue/issue-marker.js';
import { readIssueState } from '../../src/issue/issue-state.js';
import { generateOrganisation } from '../../src/simulated-github/generate-organisation.js';
import { serveSimulatedGitHub } from '../../src/simulated-github/serve-simulated-github.js';
import { SimulatedGitHub } from '../../src/simulated-github/simulated-github.js';

const NOW = new Date('2026-11-22T12:00:00Z');

describe('end to end against the simulated GitHub on loopback', () => {
  it('the app, through its HTTP server, scans a whole organisation after one signed installation webhook', async () => {
    const result = await runDemo({
      owner: 'e2e-produits',
      repositories: 8,
      seed: 7,
      now: NOW,
      timeoutMs: 60_000,
    });

    expect(result.failures).toEqual([]);
    for (const { sample, scanned, issue } of result.repositories) {
      if (sample.spec.archived) {
        expect(scanned, sample.spec.name).toBeNull();
        expect(issue, sample.spec.name).toBeNull();
        continue;
      }
      if (sample.spec.issuesEnabled === false) {
        expect(scanned?.issue?.action, sample.spec.name).toBe('skipped');
        continue;
      }
      expect(scanned?.issue?.action, sample.spec.name).toBe('created');
      expect(issue?.body).toContain(HEALTH_ISSUE_MARKER);
      // Short enough to be read to the end.
      expect(issue?.body.length, sample.spec.name).toBeLessThan(6_000);
      expect(readIssueState(issue?.body ?? null)?.score).toBe(scanned?.report.score);
    }

    // The coach's comparison afterwards reads what the app kept: the same scores, no rescan but of
    // the repositories that keep no issue.
    const rows = new Map(result.comparison.rows.map((row) => [row.repository, row]));
    for (const { sample, scanned } of result.repositories) {
      const row = rows.get(`${sample.spec.owner}/${sample.spec.name}`);
      if (sample.spec.archived) {
        expect(row, sample.spec.name).toBeUndefined();
        continue;
      }
      expect(row?.overall.score, sample.spec.name).toBe(scanned?.report.score);
      expect(row?.origin, sample.spec.name).toBe(sample.spec.issuesEnabled === false ? 'scanned' : 'stored');
    }
    expect(result.comparison.cost.requests.restWrites).toBe(0);
  }, 90_000);

  it('the command line over HTTP gives the same report as the app and writes nothing more', async () => {
    const samples = generateOrganisation({ owner: 'e2e-cli', repositories: 3, seed: 11, now: NOW });
    const github = new SimulatedGitHub(
      samples.map((sample) => sample.spec),
      { baseUrl: 'http://127.0.0.1', now: () => NOW },
    );
    const server = await serveSimulatedGitHub(github);
    try {
      const target = samples.find((sample) => !sample.spec.archived && sample.spec.issuesEnabled !== false);
      if (!target) throw new Error('no scannable sample');
      const name = `${target.spec.owner}/${target.spec.name}`;
      let stdout = '';
      let stderr = '';
      const io = {
        cwd: '/nonexistent-folder-for-e2e',
        stdout: (text: string) => {
          stdout += text;
        },
        stderr: (text: string) => {
          stderr += text;
        },
        now: () => NOW,
        env: { GITHUB_TOKEN: 'e2e-token', GITHUB_API_URL: server.url },
      };
      expect(await runCli(['scan', name, '--write-issue', '--format', 'json'], io), stderr).toBe(0);
      const first = JSON.parse(stdout);
      expect(first.repository.name).toBe(name);
      expect(first.cost.requests.total - first.cost.requests.restWrites).toBeLessThanOrEqual(4);

      stdout = '';
      expect(await runCli(['scan', name, '--write-issue', '--format', 'json'], io), stderr).toBe(0);
      const second = JSON.parse(stdout);
      expect(second.cost.requests.restWrites).toBe(0);
      const strip = ({ cost, generatedAt, tool, trends, ...rest }: Record<string, unknown>) => rest;
      expect(strip(second)).toEqual(strip(first));
    } finally {
      await server.close();
    }
  }, 60_000);
});
