/**
 * `npm start` as an operator runs it (the `start` script of package.json, from dist/: `npm run
 * build` first), with a wrong key, a missing key file, no webhook secret: it refuses to start,
 * says what to set — one line a problem — and exits 1; Probot's setup pages (`POST /probot/import`,
 * which writes credentials into .env) are never served. With valid settings it serves the app, and
 * still no setup page.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPrivateKey } from '../helpers/test-private-key.js';
import { freePort, spawnStart } from './app-process.js';
import { recordFigure } from './record-figure.js';

const FILE = 'test/reliability/app-start.test.ts';

let folder = '';
beforeAll(async () => {
  // No .env, no key file: only what each case sets.
  folder = await mkdtemp(join(tmpdir(), 'product-health-start-'));
  await writeFile(join(folder, 'app.pem'), testPrivateKey());
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

interface Started {
  code: number | null;
  stderr: string;
  stdout: string;
  /** What `POST /probot/import` got while the process ran: HTTP statuses (404s included). */
  importAnswers: number[];
  healthz: number[];
}

/**
 * Runs the `start` script (its `dist/` paths made absolute) in a folder of its own, with only
 * `env` (and PATH), on a free port; probes `/probot/import` and `/healthz` every 100 ms while it
 * runs; stops it (SIGTERM) after `runMs` if it is still running, or 1 s after `/healthz` first
 * answered when `untilHealthy`.
 */
async function npmStart(
  env: Record<string, string>,
  options: { args?: string; runMs?: number; untilHealthy?: boolean } = {},
) {
  const port = await freePort();
  const child = spawnStart(env, { cwd: folder, port, args: options.args });
  const result: Started = { code: null, stderr: '', stdout: '', importAnswers: [], healthz: [] };
  child.stdout.on('data', (chunk) => {
    result.stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    result.stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let running = true;
  void exited.then(() => {
    running = false;
  });
  const probe = async (path: string, method: string) => {
    try {
      const answer = await fetch(`http://127.0.0.1:${port}${path}`, {
        method,
        ...(method === 'POST'
          ? {
              body: JSON.stringify({ appId: 999, pem: 'x', webhook_secret: 'x' }),
              headers: { 'content-type': 'application/json' },
            }
          : {}),
        signal: AbortSignal.timeout(1000),
      });
      await answer.arrayBuffer();
      return answer.status;
    } catch {
      return null;
    }
  };
  let deadline = performance.now() + (options.runMs ?? 30_000);
  while (running && performance.now() < deadline) {
    const imported = await probe('/probot/import', 'POST');
    if (imported !== null) result.importAnswers.push(imported);
    const health = await probe('/healthz', 'GET');
    if (health !== null) result.healthz.push(health);
    if (options.untilHealthy && health === 200 && result.healthz.length === 1) {
      deadline = Math.min(deadline, performance.now() + 1000);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (running) child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
  result.code = await exited;
  clearTimeout(killer);
  return result;
}

const KEY = { APP_ID: '123456', PRIVATE_KEY_PATH: 'app.pem' };
const SECRET = { WEBHOOK_SECRET: 'a-webhook-secret-for-the-test' };

describe('npm start refuses to run without valid credentials', { timeout: 60_000 }, () => {
  const cases: Array<{ what: string; env: Record<string, string>; says: RegExp[] }> = [
    {
      what: 'PRIVATE_KEY is not a key',
      env: { APP_ID: '123456', PRIVATE_KEY: 'not-a-key', ...SECRET },
      says: [/^product-health: PRIVATE_KEY is not a PEM private key/m],
    },
    {
      what: 'PRIVATE_KEY_PATH names no file',
      env: { APP_ID: '123456', PRIVATE_KEY_PATH: 'missing.pem', ...SECRET },
      says: [/^product-health: cannot read PRIVATE_KEY_PATH="missing\.pem"/m],
    },
    {
      what: 'no WEBHOOK_SECRET',
      env: { ...KEY },
      says: [/^product-health: WEBHOOK_SECRET is not set: set it to/m],
    },
    {
      what: 'nothing set',
      env: {},
      says: [
        /^product-health: APP_ID is not set/m,
        /^product-health: no private key: set PRIVATE_KEY/m,
        /^product-health: WEBHOOK_SECRET is not set/m,
      ],
    },
  ];
  const outcomes: Array<{ what: string; started: Started }> = [];

  afterAll(() => {
    recordFigure({
      area: 'secrets',
      tried: 'npm start with a wrong key, a missing key file, no webhook secret, nothing set',
      figures: {
        cases: outcomes.length,
        refused: outcomes.filter(({ started }) => started.code === 1).length,
        setupPagesServed: outcomes.filter(({ started }) =>
          started.importAnswers.some((status) => status !== 404),
        ).length,
        listened: outcomes.filter(({ started }) => started.healthz.length + started.importAnswers.length > 0)
          .length,
      },
      command: `npx vitest run ${FILE}`,
    });
  });

  for (const { what, env, says } of cases) {
    it(`${what}: one line a problem saying what to set, exit code 1, nothing served`, async () => {
      const started = await npmStart(env);
      outcomes.push({ what, started });

      expect(started.code, started.stderr).toBe(1);
      for (const line of says) expect(started.stderr).toMatch(line);
      expect(started.stderr.split('\n').filter((line) => line.startsWith('product-health: ')).length).toBe(
        says.length + 1,
      );
      expect(started.stderr).toMatch(/npm run setup/);
      expect(started.importAnswers).toEqual([]);
      expect(started.healthz).toEqual([]);
      expect(started.stdout).not.toMatch(/Welcome to Probot|probot\/import/);
    });
  }
});

describe('npm start with valid settings', { timeout: 60_000 }, () => {
  it('serves /healthz and never the setup pages; SIGTERM stops it (exit 0)', async () => {
    const started = await npmStart(
      { ...KEY, ...SECRET, LOG_FORMAT: 'json' },
      { runMs: 30_000, untilHealthy: true },
    );

    expect(started.healthz).toContain(200);
    expect(started.importAnswers.length).toBeGreaterThan(0);
    expect(started.importAnswers.every((status) => status === 404)).toBe(true);
    expect(started.code, started.stderr).toBe(0);
    expect(started.stdout).not.toContain(SECRET.WEBHOOK_SECRET);
  });

  it('--development starts without WEBHOOK_SECRET, saying that the public default is used', async () => {
    const started = await npmStart(
      { ...KEY, LOG_FORMAT: 'json' },
      { args: '--development', runMs: 30_000, untilHealthy: true },
    );

    expect(started.healthz).toContain(200);
    expect(started.stdout).toMatch(
      /WEBHOOK_SECRET is not set: deliveries are checked against Probot's public default/,
    );
    expect(started.importAnswers.every((status) => status === 404)).toBe(true);
  });
});
