import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAction } from '../../src/action/run-action.js';
import { recordingIo } from './action-harness.js';

const TOKEN = 'ghs_actionApiUrlTokenThatMustNeverLeak';
const runnerTemp = mkdtempSync(join(tmpdir(), 'ph-action-api-url-'));
afterAll(() => rmSync(runnerTemp, { recursive: true, force: true }));

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function runWith(apiUrl: string) {
  const { io, run } = recordingIo(
    { token: TOKEN, 'dry-run': 'true' },
    { GITHUB_API_URL: apiUrl, RUNNER_TEMP: runnerTemp, GITHUB_WORKSPACE: runnerTemp },
    { owner: 'example', repo: 'repo' },
  );
  await runAction(io);
  const { failures, warnings, log, outputs } = run;
  expect(JSON.stringify({ failures, warnings, log, outputs })).not.toContain(TOKEN);
  return run;
}

describe('the Action with an API address that does not work', () => {
  it('fails the step saying what to set when GITHUB_API_URL is not an http(s) address', async () => {
    const run = await runWith('not a url');
    expect(run.failures).toEqual([
      expect.stringMatching(/^product-health: GITHUB_API_URL is not an http\(s\) address .*set it to/),
    ]);
    expect(run.outputs).toEqual({});
  });

  it('fails the step saying the API could not be reached, instead of reporting unknowns', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/api/v3`;
    const run = await runWith(url);
    expect(run.failures).toEqual([
      expect.stringMatching(new RegExp(`^product-health: GitHub's API at ${url} could not be reached`)),
    ]);
  });
});
