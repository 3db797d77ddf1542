import { describe, expect, it } from 'vitest';
import { HEALTH_ISSUE_MARKER } from '../../src/issue/issue-marker.js';
import { type FakeGitHub, writesOf } from '../helpers/fake-github.js';
import { FULL_NAME, GITHUB_NOW, productGitHubSpec } from '../helpers/product-github-spec.js';
import { runCliCapture } from '../helpers/run-cli-capture.js';
import { useFakeGitHub } from '../helpers/use-fake-github.js';

const TOKEN = 'ghp_cliTokenThatMustNeverLeak42';
const fakeGitHub = useFakeGitHub();

function cli(args: string[], env: Record<string, string | undefined> = { GITHUB_TOKEN: TOKEN }) {
  return runCliCapture(args, { env, now: GITHUB_NOW });
}

function serve(baseUrl?: string): FakeGitHub {
  return fakeGitHub.serve([productGitHubSpec()], { baseUrl });
}

describe('product-health scan OWNER/REPO', () => {
  it('prints the JSON report with its cost, and the cost line on standard error', async () => {
    const github = serve();
    const { code, stdout, stderr } = await cli(['scan', FULL_NAME, '--format', 'json']);

    expect(code, stderr).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.repository).toMatchObject({ name: FULL_NAME, source: 'github' });
    expect(report.cost.requests.total).toBe(github.requests.length);
    expect(report.cost.requests.total).toBeLessThanOrEqual(4);
    expect(stderr).toMatch(
      /GitHub API: \d requests? — \d GraphQL, \d REST reads?, 0 writes; \d+ GraphQL points?/,
    );
    expect(`${stdout}${stderr}`).not.toContain(TOKEN);
  });

  it('--dry-run prints the issue body and sends no write', async () => {
    const github = serve();
    const { code, stdout, stderr } = await cli(['scan', FULL_NAME, '--dry-run', '--lang', 'en']);

    expect(code, stderr).toBe(0);
    expect(stdout).toContain(HEALTH_ISSUE_MARKER);
    expect(stderr).toMatch(/Product-health issue: created — would send 1 write\b/);
    expect(writesOf(github)).toEqual([]);
  });

  it('--write-issue creates the issue, and a second run changes nothing', async () => {
    const github = serve();
    const first = await cli(['scan', FULL_NAME, '--write-issue']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(
      /Product-health issue: created https:\/\/github\.com\/example\/trouve-ta-formation\/issues\/\d+/,
    );

    const second = await cli(['scan', FULL_NAME, '--write-issue']);
    expect(second.stderr).toMatch(/Product-health issue: unchanged/);
    expect(second.stderr).toMatch(/0 writes/);
    const issues = (github.repository(FULL_NAME).issues ?? []).filter((i) =>
      i.body?.includes(HEALTH_ISSUE_MARKER),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]?.body).not.toContain(TOKEN);
  });

  it('reaches GitHub Enterprise Server through GITHUB_API_URL and GITHUB_GRAPHQL_URL', async () => {
    const github = serve('https://ghe.example.gouv.fr/api/v3');
    const { code, stderr } = await cli(['scan', FULL_NAME, '--format', 'json'], {
      GH_TOKEN: TOKEN,
      GITHUB_API_URL: 'https://ghe.example.gouv.fr/api/v3',
      GITHUB_GRAPHQL_URL: 'https://ghe.example.gouv.fr/api/graphql',
    });
    expect(code, stderr).toBe(0);
    expect(github.requests.map((request) => request.path)).toContain('/api/graphql');
  });

  it('asks for a token when none is set (exit 2)', async () => {
    const { code, stderr } = await cli(['scan', FULL_NAME], {});
    expect(code).toBe(2);
    expect(stderr).toMatch(/set GITHUB_TOKEN or GH_TOKEN/);
  });

  it('says so when the repository does not exist (exit 1), without the token', async () => {
    serve();
    const { code, stderr } = await cli(['scan', 'example/absent']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/example\/absent was not found, or the token cannot see it/);
    expect(stderr).not.toContain(TOKEN);
  });

  it('refuses --write-issue on a local folder (exit 2)', async () => {
    const { code, stderr } = await runCliCapture(['scan', '.', '--write-issue'], {
      cwd: process.cwd(),
      now: GITHUB_NOW,
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/need a GitHub repository/);
  });
});
