/**
 * A production install as an operator makes it: the files of a fresh clone, `npm ci --omit=dev`
 * (from npm's local cache when it has the packages), then the app from `npm start` and from the
 * Procfile's command on PORT, and the command line through `npx product-health`. Slow (an install):
 * not in `npm run test:fast`.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPrivateKey } from '../helpers/test-private-key.js';
import { freePort, ROOT } from '../reliability/app-process.js';

const NODE_MODULES_LIMIT_MB = 120;

let folder = '';

/** The files a clone of the work tree would hold: tracked or new, not ignored. */
function cloneFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((path) => path !== '' && existsSync(join(ROOT, path)));
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'product-health-install-'));
  for (const path of cloneFiles()) {
    await mkdir(dirname(join(folder, path)), { recursive: true });
    await copyFile(join(ROOT, path), join(folder, path));
  }
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=ci', '-c', 'user.email=ci@example.org', ...args], { cwd: folder });
  git('init', '--quiet');
  git('add', '--all');
  git('commit', '--quiet', '--message', 'clone');
  execFileSync('npm', ['ci', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund'], {
    cwd: folder,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'pipe',
  });
}, 300_000);

afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

const appEnv = () => ({
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? folder,
  NODE_ENV: 'production',
  APP_ID: '12345',
  PRIVATE_KEY: testPrivateKey(),
  WEBHOOK_SECRET: 'a-webhook-secret',
});

/** Runs `command` in the install (its own process group), waits for /healthz on PORT, stops it. */
async function serve(command: string) {
  const port = await freePort();
  const child: ChildProcess = spawn(command, {
    shell: true,
    cwd: folder,
    detached: true,
    env: { ...appEnv(), PORT: String(port) },
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    const deadline = performance.now() + 30_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${command} exited (${child.exitCode}): ${stderr}`);
      try {
        const answer = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(1000) });
        if (answer.status === 200) return { health: await answer.json(), stdout: () => stdout };
      } catch {
        // Not listening yet.
      }
      if (performance.now() > deadline) throw new Error(`${command}: no /healthz within 30 s: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    await exited;
  }
}

describe('a production install (npm ci --omit=dev in a fresh clone)', () => {
  it(`holds runtime packages only, under ${NODE_MODULES_LIMIT_MB} MB`, () => {
    for (const tool of ['typescript', 'vitest', '@octokit/openapi', '@octokit/graphql-schema', 'graphql']) {
      expect(existsSync(join(folder, 'node_modules', tool)), tool).toBe(false);
    }
    const megabytes = Number(
      execFileSync('du', ['-sm', 'node_modules'], { cwd: folder, encoding: 'utf8' }).split('\t')[0],
    );
    expect(megabytes).toBeGreaterThan(0);
    expect(megabytes).toBeLessThan(NODE_MODULES_LIMIT_MB);
  });

  it('npm start serves /healthz', async () => {
    const pkg = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8')) as { version: string };
    const { health } = await serve('npm start');
    expect(health).toEqual({ status: 'ok', version: pkg.version });
  });

  it("the Procfile's web command starts the app on PORT, logging JSON lines", async () => {
    const procfile = await readFile(join(folder, 'Procfile'), 'utf8');
    const web = /^web:\s*(.+)$/m.exec(procfile)?.[1];
    expect(web).toBeTruthy();
    const { health, stdout } = await serve(`exec ${web}`);
    expect(health).toMatchObject({ status: 'ok' });
    const lines = stdout().trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(JSON.parse(line)).toHaveProperty('msg');
  });

  it('npx product-health scans the clone and prints its version', () => {
    const run = (...args: string[]) =>
      execFileSync('npx', ['--offline', 'product-health', ...args], {
        cwd: folder,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? folder },
      });
    expect(run('--version').trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const report = JSON.parse(run('scan', '.', '--format', 'json')) as { grade: string | null };
    expect(report).toHaveProperty('grade');
    expect(run('scan', '.')).toMatch(/^Product health — /);
  });
});
