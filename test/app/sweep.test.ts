import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appEndpoints, readAppCredentials } from '../../src/app/app-credentials.js';
import { sweepCommand } from '../../src/cli/sweep-command.js';
import { HEALTH_ISSUE_MARKER } from '../../src/issue/issue-marker.js';
import { mapWithConcurrency } from '../../src/util/map-with-concurrency.js';
import type { FakeGitHub, FakeRepositorySpec } from '../helpers/fake-github.js';
import { FULL_NAME, GITHUB_NOW, OWNER, productGitHubSpec } from '../helpers/product-github-spec.js';
import { capturingIo, runCliCapture } from '../helpers/run-cli-capture.js';
import { useFakeGitHub } from '../helpers/use-fake-github.js';
import { ARCHIVED_NAME, interceptAppRoutes, TestOctokit, testPrivateKey, writes } from './app-harness.js';

const fakeGitHub = useFakeGitHub();

const SECOND: FakeRepositorySpec = {
  owner: 'autre',
  name: 'mon-service',
  files: { 'README.md': '# Mon service\n\nUn service public.\n' },
  commits: [
    { date: '2026-11-01T00:00:00Z', authorName: 'Inès', authorEmail: 'ines@beta.gouv.fr', login: 'ines' },
  ],
};

/** Installation 11 (example: the product and an archived repository), 12 (autre: one fine, one gone), 13 suspended. */
function serveInstallations() {
  const routes = interceptAppRoutes(
    {
      11: [
        { id: 1, owner: OWNER, name: 'trouve-ta-formation' },
        { id: 2, owner: OWNER, name: ARCHIVED_NAME, archived: true },
      ],
      12: [
        { id: 3, owner: 'autre', name: 'mon-service' },
        { id: 4, owner: 'autre', name: 'disparu' },
      ],
    },
    [
      { id: 11, account: OWNER },
      { id: 12, account: 'autre' },
      { id: 13, account: 'suspendu', suspended: true },
    ],
  );
  return { routes, github: fakeGitHub.serve([productGitHubSpec(), SECOND]) };
}

/** Output kept, at `GITHUB_NOW`, in a folder that exists. */
const sweepIo = (env: Record<string, string | undefined>) => ({ env, now: GITHUB_NOW, cwd: tmpdir() });

/** Runs `product-health sweep …` as `runCli` does, with Probot's Octokit minus retries and throttling. */
async function sweep(
  args: string[],
  env: Record<string, string | undefined> = { APP_ID: '1', PRIVATE_KEY: testPrivateKey() },
) {
  const { io, out } = capturingIo(sweepIo(env));
  const command = sweepCommand(io, { Octokit: TestOctokit }).exitOverride();
  const error = await command.parseAsync(args, { from: 'user' }).then(
    () => null,
    (thrown: unknown) => thrown as Error,
  );
  return { ...out, error };
}

function healthIssueCount(github: FakeGitHub, fullName: string): number {
  return (github.repository(fullName).issues ?? []).filter((issue) =>
    issue.body?.includes(HEALTH_ISSUE_MARKER),
  ).length;
}

describe('product-health sweep', () => {
  it('visits every installation and repository as the app, then fails (exit 1) for the one it could not scan', async () => {
    const { routes, github } = serveInstallations();

    const { stdout, stderr, error } = await sweep(['--concurrency', '2']);

    expect(routes.appAuthorizations).toEqual([expect.stringMatching(/^bearer ey/i)]);
    expect([...new Set(routes.tokenRequests)].sort()).toEqual([11, 12]);
    expect(stdout).toMatch(
      /^example\/trouve-ta-formation: grade A \(\d+\/100\); issue created https:\/\/github\.com\/example\/trouve-ta-formation\/issues\/\d+, 1 write$/m,
    );
    expect(stdout).toMatch(/^autre\/mon-service: grade [A-E] \(\d+\/100\); issue created /m);
    expect(stdout).toMatch(
      /^autre\/disparu: failed — GitHub repository autre\/disparu was not found, or the token cannot see it/m,
    );
    expect(stdout).toMatch(/^installation 13 \(suspendu\): suspended, skipped$/m);
    expect(stdout).toMatch(
      /^Swept 3 installations, 3 repositories: 2 scanned, 1 failed, 1 archived left out; \d+ GitHub API requests? for the scans$/m,
    );
    expect(stdout).not.toContain(ARCHIVED_NAME);
    expect(error?.message).toMatch(/1 repository or installation could not be swept/);
    expect(healthIssueCount(github, FULL_NAME)).toBe(1);
    expect(healthIssueCount(github, 'autre/mon-service')).toBe(1);
    expect(`${stdout}${stderr}`).not.toContain('ghs_installation');
  });

  it('--dry-run writes nothing, and a second sweep changes nothing', async () => {
    const { github } = serveInstallations();

    const dry = await sweep(['--dry-run']);
    expect(dry.stdout).toMatch(
      /example\/trouve-ta-formation: grade A .*issue created, 1 write not sent \(dry run\)/,
    );
    expect(dry.stdout).toMatch(/\(dry run: nothing written\)/);
    expect(writes(github)).toEqual([]);

    await sweep([]);
    const written = writes(github).length;
    const again = await sweep([]);
    expect(again.stdout).toMatch(/example\/trouve-ta-formation: grade A \(\d+\/100\); issue unchanged/);
    expect(writes(github)).toHaveLength(written);
  });

  it('says what to set when the app’s credentials are missing (exit 2)', async () => {
    const run = (env: Record<string, string | undefined>) => runCliCapture(['sweep'], sweepIo(env));
    const noId = await run({ PRIVATE_KEY: testPrivateKey() });
    expect(noId.code).toBe(2);
    expect(noId.stderr).toMatch(/APP_ID is not set: set it to the "App ID"/);

    const noKey = await run({ APP_ID: '12345' });
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toMatch(/set PRIVATE_KEY .* or PRIVATE_KEY_PATH/);

    const badKey = await run({ APP_ID: '12345', PRIVATE_KEY: 'not a key' });
    expect(badKey.code).toBe(2);
    expect(badKey.stderr).toMatch(/PRIVATE_KEY is not a PEM private key/);

    const badPath = await run({ APP_ID: '12345', PRIVATE_KEY_PATH: 'absent.pem' });
    expect(badPath.code).toBe(2);
    expect(badPath.stderr).toMatch(/cannot read PRIVATE_KEY_PATH="absent.pem"/);
  });
});

describe('the app’s credentials and endpoints, as Probot reads them', () => {
  it('reads the key from PRIVATE_KEY (escaped or base64) or from PRIVATE_KEY_PATH', async () => {
    const pem = testPrivateKey();
    const escaped = pem.replace(/\n/g, '\\n');
    const base64 = Buffer.from(pem).toString('base64');
    const folder = await mkdtemp(join(tmpdir(), 'product-health-key-'));
    await writeFile(join(folder, 'app.pem'), pem);

    for (const env of [
      { APP_ID: '7', PRIVATE_KEY: pem },
      { APP_ID: '7', PRIVATE_KEY: escaped },
      { APP_ID: '7', PRIVATE_KEY: base64 },
      { APP_ID: '7', PRIVATE_KEY_PATH: 'app.pem' },
    ]) {
      const read = await readAppCredentials(env, folder);
      expect(read).toEqual({
        credentials: { appId: 7, privateKey: expect.stringContaining('-----BEGIN PRIVATE KEY-----') },
      });
    }
  });

  it('honours GHE_HOST as Probot does, else GITHUB_API_URL', () => {
    expect(appEndpoints({})).toEqual({ baseUrl: 'https://api.github.com', graphqlUrl: null });
    expect(appEndpoints({ GHE_HOST: 'github.example.gouv.fr' })).toEqual({
      baseUrl: 'https://github.example.gouv.fr/api/v3',
      graphqlUrl: null,
    });
    expect(
      appEndpoints({
        GITHUB_API_URL: 'https://ghe.example.gouv.fr/api/v3',
        GITHUB_GRAPHQL_URL: 'https://ghe.example.gouv.fr/api/graphql',
      }),
    ).toEqual({
      baseUrl: 'https://ghe.example.gouv.fr/api/v3',
      graphqlUrl: 'https://ghe.example.gouv.fr/api/graphql',
    });
  });

  it('maps with bounded concurrency, in order', async () => {
    let running = 0;
    let most = 0;
    const results = await mapWithConcurrency([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5 * (8 - item)));
      running -= 1;
      return item * 10;
    });
    expect(results).toEqual([10, 20, 30, 40, 50, 60, 70]);
    expect(most).toBe(3);
  });
});
