import { createServer } from 'node:net';
import { Octokit } from '@octokit/rest';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { capturingIo, runCliCapture } from '../helpers/run-cli-capture.js';
import { testPrivateKey } from '../helpers/test-private-key.js';

const TOKEN = 'ghp_apiUrlTokenThatMustNeverLeak42';
const NOW = '2026-11-22T12:00:00Z';

/** A loopback port nothing listens on: connections to it are refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function expectFailure(run: { code: number; stdout: string; stderr: string }, message: RegExp) {
  expect(run.code, run.stderr).toBe(1);
  expect(run.stderr).toMatch(message);
  expect(`${run.stdout}${run.stderr}`).not.toContain(TOKEN);
}

describe('an API address that cannot be one', () => {
  for (const url of ['not a url', 'ftp://x', 'http://']) {
    it(`scan OWNER/REPO fails with what to set when GITHUB_API_URL is ${JSON.stringify(url)}`, async () => {
      const run = await runCliCapture(['scan', 'example/repo'], {
        now: NOW,
        env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: url },
      });
      expectFailure(
        run,
        /GITHUB_API_URL is not an http\(s\) address .*set it to GitHub's REST API: https:\/\/api\.github\.com/,
      );
      expect(run.stdout).toBe('');
    });
  }

  it('scan OWNER/REPO fails when GITHUB_GRAPHQL_URL is not an address', async () => {
    const run = await runCliCapture(['scan', 'example/repo'], {
      now: NOW,
      env: { GH_TOKEN: TOKEN, GITHUB_GRAPHQL_URL: 'graphql please' },
    });
    expectFailure(run, /GITHUB_GRAPHQL_URL is not an http\(s\) address .*GitHub's GraphQL API/);
  });

  it('compare fails the same way, before reading anything', async () => {
    const run = await runCliCapture(['compare', '--repos', 'example/a,example/b', '--no-progress'], {
      now: NOW,
      env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: 'ftp://x' },
    });
    expectFailure(run, /GITHUB_API_URL is not an http\(s\) address/);
    expect(run.stdout).toBe('');
  });

  it('sweep fails the same way, for GITHUB_API_URL and for GHE_HOST', async () => {
    const app = { APP_ID: '1', PRIVATE_KEY: testPrivateKey() };
    const api = await runCliCapture(['sweep'], { now: NOW, env: { ...app, GITHUB_API_URL: 'http://' } });
    expectFailure(api, /GITHUB_API_URL is not an http\(s\) address/);
    const host = await runCliCapture(['sweep'], { now: NOW, env: { ...app, GHE_HOST: 'not a host' } });
    expectFailure(host, /GHE_HOST is not an http\(s\) address .*host name of your GitHub Enterprise Server/);
  });
});

describe('an API address nothing answers at', () => {
  it('scan OWNER/REPO fails saying the API could not be reached, instead of a report of unknowns', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/api/v3`;
    const run = await runCliCapture(['scan', 'example/repo', '--format', 'json'], {
      now: NOW,
      env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: url },
    });
    expectFailure(
      run,
      new RegExp(`GitHub's API at ${url} could not be reached \\(.*ECONNREFUSED.*\\): check GITHUB_API_URL`),
    );
    expect(run.stdout).toBe('');
  });

  it('compare fails too, without waiting through every repository', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/api/v3`;
    const { io, out } = capturingIo({ now: NOW, env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: url } });
    const code = await runCli(['compare', '--repos', 'example/a,example/b,example/c', '--no-progress'], io, {
      createOctokit: ({ token, baseUrl }) => new Octokit({ auth: token, baseUrl, request: { retries: 0 } }),
    });
    expectFailure({ code, ...out }, /GitHub's API at .* could not be reached/);
    expect(out.stdout).toBe('');
  });

  it('compare --org fails saying so too, when listing the organisation gets no answer', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/api/v3`;
    const { io, out } = capturingIo({ now: NOW, env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: url } });
    const code = await runCli(['compare', '--org', 'example', '--no-progress'], io, {
      createOctokit: ({ token, baseUrl }) => new Octokit({ auth: token, baseUrl, request: { retries: 0 } }),
    });
    expectFailure({ code, ...out }, /GitHub's API at .* could not be reached/);
  });
});
