import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProbotOctokit } from 'probot';
import { describe, expect, it } from 'vitest';
import { HEALTH_ISSUE_MARKER } from '../../src/issue/issue-marker.js';
import { startFromArguments } from '../../src/simulated-github/main.js';
import type {
  SimulatedGitHub,
  SimulatedRepositorySpec,
} from '../../src/simulated-github/simulated-github.js';
import { GITHUB_NOW, OWNER, productGitHubSpec } from '../helpers/product-github-spec.js';
import { runCliCapture } from '../helpers/run-cli-capture.js';
import { useSimulatedGitHub } from './simulated-server.js';

const simulatedGitHub = useSimulatedGitHub();
const SILENT = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const PRIVATE_KEY = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
}).privateKey;

/** Probot's Octokit, as the app builds it, without retries or throttling (a refusal fails at once). */
function probotOctokit(baseUrl: string, installationId?: number) {
  return new ProbotOctokit({
    auth: { appId: 1, privateKey: PRIVATE_KEY, ...(installationId === undefined ? {} : { installationId }) },
    baseUrl,
    log: SILENT,
    retry: { enabled: false },
    throttle: { enabled: false },
  });
}

const small = (owner: string, name: string, extra: Partial<SimulatedRepositorySpec> = {}) => ({
  owner,
  name,
  files: { 'README.md': `# ${name}\n` },
  ...extra,
});

const routesOf = (simulated: SimulatedGitHub) => simulated.requests.map((request) => request.route);

describe('the GitHub App routes, with Probot’s Octokit', () => {
  it('authenticates as the app (JWT), then as an installation (token), and lists its repositories', async () => {
    const specs = [
      productGitHubSpec(),
      ...['a', 'b', 'c', 'd'].map((name) => small(OWNER, `service-${name}`)),
      small('autre', 'ailleurs'),
    ];
    const clock = new Date('2026-11-22T12:00:00Z');
    const { url, simulated } = await simulatedGitHub.serve(specs, { now: () => clock });

    const app = probotOctokit(url);
    const { data: me } = await app.request('GET /app');
    expect(me).toMatchObject({ id: 1, slug: 'product-health', owner: { login: OWNER } });
    const { data: installations } = await app.request('GET /app/installations', { per_page: 100 });
    expect(installations.map((installation) => [installation.id, installation.account?.login])).toEqual([
      [1, OWNER],
      [2, 'autre'],
    ]);
    const { data: one } = await app.request('GET /app/installations/{installation_id}', {
      installation_id: 2,
    });
    expect(one).toMatchObject({ id: 2, repository_selection: 'all', suspended_at: null });
    const { data: where } = await app.request('GET /repos/{owner}/{repo}/installation', {
      owner: 'autre',
      repo: 'ailleurs',
    });
    expect(where.id).toBe(2);

    const installation = probotOctokit(url, 1);
    const repositories = await installation.paginate('GET /installation/repositories', { per_page: 2 });
    expect(repositories.map((repository) => repository.full_name)).toEqual([
      `${OWNER}/trouve-ta-formation`,
      `${OWNER}/service-a`,
      `${OWNER}/service-b`,
      `${OWNER}/service-c`,
      `${OWNER}/service-d`,
    ]);
    // One token, cached by Probot's auth, then the three pages (`link` headers).
    expect(routesOf(simulated).slice(-4)).toEqual([
      'POST /app/installations/{installation_id}/access_tokens',
      'GET /installation/repositories',
      'GET /installation/repositories',
      'GET /installation/repositories',
    ]);
    const { token, expiresAt } = (await installation.auth({ type: 'installation' })) as {
      token: string;
      expiresAt: string;
    };
    expect(token).toMatch(/^ghs_[A-Za-z0-9]{36}$/);
    expect(expiresAt).toBe('2026-11-22T13:00:00Z');

    // The other installation sees only its account's repositories.
    const other = await probotOctokit(url, 2).request('GET /installation/repositories');
    expect(other.data.repositories.map((repository) => repository.full_name)).toEqual(['autre/ailleurs']);
  });

  it('refuses tokens to a suspended or unknown installation', async () => {
    const { url } = await simulatedGitHub.serve([small(OWNER, 'un'), small('suspendu', 'deux')], {
      installations: [
        { id: 10, account: OWNER, repositories: 'all' },
        { id: 11, account: 'suspendu', repositories: 'all', suspended: true },
      ],
    });
    const { data } = await probotOctokit(url).request('GET /app/installations');
    expect(data.map((installation) => Boolean(installation.suspended_at))).toEqual([false, true]);
    await expect(probotOctokit(url, 11).request('GET /installation/repositories')).rejects.toMatchObject({
      status: 403,
    });
    await expect(probotOctokit(url, 12).request('GET /installation/repositories')).rejects.toMatchObject({
      status: 404,
    });
    await expect(probotOctokit(url, 10).request('GET /installation/repositories')).resolves.toMatchObject({
      data: { total_count: 1 },
    });
  });

  it('runs `product-health sweep` end to end over HTTP, as the app', async () => {
    const specs = [
      productGitHubSpec(),
      small(OWNER, 'ancien', { archived: true }),
      small('autre', 'mon-service'),
    ];
    const { url, simulated } = await simulatedGitHub.serve(specs, { now: () => new Date(GITHUB_NOW) });
    const run = await runCliCapture(['sweep', '--concurrency', '2'], {
      now: GITHUB_NOW,
      cwd: tmpdir(),
      env: { APP_ID: '1', PRIVATE_KEY, GITHUB_API_URL: url },
    });
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toMatch(/^example\/trouve-ta-formation: grade A \(\d+\/100\); issue created /m);
    expect(run.stdout).toMatch(/^autre\/mon-service: grade [A-E] \(\d+\/100\); issue created /m);
    expect(run.stdout).toMatch(
      /^Swept 2 installations, 2 repositories: 2 scanned, 0 failed, 1 archived left out/m,
    );
    for (const fullName of ['example/trouve-ta-formation', 'autre/mon-service']) {
      const marked = simulated
        .repository(fullName)
        .issues?.filter((issue) => issue.body?.includes(HEALTH_ISSUE_MARKER));
      expect(marked).toHaveLength(1);
    }
    const stats = simulated.stats();
    expect(stats.byRoute['POST /app/installations/{installation_id}/access_tokens']).toBe(2);
    expect(stats.byRoute['GET /app/installations']).toBe(1);
    expect(stats.writes).toBe(2);
    expect(stats.byStatus).not.toHaveProperty('403');
  });
});

describe('the standalone entry (dist/simulated-github/main.js)', () => {
  it('serves a spec file on loopback, its links on its own port, and the CLI scans through it', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'simulated-github-'));
    try {
      const file = join(folder, 'specs.json');
      await writeFile(
        file,
        JSON.stringify({ repositories: [productGitHubSpec()], options: { coreRateLimit: { limit: 100 } } }),
      );
      const { simulated, server } = await startFromArguments(
        ['--specs', 'specs.json', '--latency-ms', '1-5'],
        folder,
      );
      try {
        expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        const scan = await runCliCapture(
          ['scan', `${OWNER}/trouve-ta-formation`, '--format', 'json', '--write-issue'],
          {
            now: GITHUB_NOW,
            env: { GITHUB_API_URL: server.url, GITHUB_TOKEN: 'x' },
          },
        );
        expect(scan.code, scan.stderr).toBe(0);
        expect(JSON.parse(scan.stdout).repository.url).toBe(`${server.url}/${OWNER}/trouve-ta-formation`);
        const issue = simulated.repository(`${OWNER}/trouve-ta-formation`).issues?.at(-1);
        expect(issue?.body).toContain(HEALTH_ISSUE_MARKER);
        const answer = await fetch(
          `${server.url}/repos/${OWNER}/trouve-ta-formation/issues/${issue?.number}`,
        );
        expect(answer.headers.get('x-ratelimit-limit')).toBe('100');
        expect(((await answer.json()) as { html_url: string }).html_url).toBe(
          `${server.url}/${OWNER}/trouve-ta-formation/issues/${issue?.number}`,
        );
        expect(simulated.requests.every((request) => (request.latencyMs ?? 0) >= 1)).toBe(true);
      } finally {
        await server.close();
      }
      await expect(startFromArguments(['--port', 'x', '--specs', 'specs.json'], folder)).rejects.toThrow(
        /--port/,
      );
      await expect(startFromArguments([], folder)).rejects.toThrow(/--specs/);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
