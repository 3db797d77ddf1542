/**
 * The app as `npm start` runs it: the `start` script of package.json (from dist/: `npm run build`
 * first), in a process of its own, on a free port of 127.0.0.1.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

/** A port free on 127.0.0.1 a moment ago. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The `start` script, its `dist/` paths made absolute, run in place of the shell (`exec`). */
export function startCommand(args = ''): string {
  if (!existsSync(join(ROOT, 'dist'))) throw new Error('dist/ is missing: run npm run build first');
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } };
  return `exec ${pkg.scripts.start.replace(/(^|\s)(\.\/)?dist\//g, `$1${ROOT}/dist/`)}${args ? ` ${args}` : ''}`;
}

/** `npm start`'s process, with only `env` (and PATH), on `port` of 127.0.0.1, from `cwd`. */
export function spawnStart(
  env: Record<string, string>,
  options: { cwd: string; port: number; args?: string },
) {
  return spawn(startCommand(options.args), {
    shell: true,
    cwd: options.cwd,
    env: {
      PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
      HOST: '127.0.0.1',
      PORT: String(options.port),
      ...env,
    },
  });
}

export interface AppProcess {
  /** `http://127.0.0.1:PORT`. */
  url: string;
  child: ChildProcess;
  /** What it wrote so far, standard output and error together. */
  output(): string;
  /** Its resident set size, in MiB (Linux: /proc), else null. */
  rssMiB(): number | null;
  /** SIGTERM, then its exit code. */
  stop(): Promise<number | null>;
}

/** Starts the app with `env` and waits until `/healthz` answers (30 s at most). */
export async function startAppProcess(env: Record<string, string>, cwd: string): Promise<AppProcess> {
  const port = await freePort();
  const child = spawnStart(env, { cwd, port });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output = `${output}${chunk}`.slice(-200_000);
  });
  child.stderr?.on('data', (chunk) => {
    output = `${output}${chunk}`.slice(-200_000);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = performance.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited (${child.exitCode}): ${output}`);
    try {
      const answer = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) });
      if (answer.status === 200) break;
    } catch {
      // Not listening yet.
    }
    if (performance.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the app did not answer /healthz within 30 s: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    child,
    output: () => output,
    rssMiB: () => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kilobytes = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]);
        return Number.isFinite(kilobytes) ? kilobytes / 1024 : null;
      } catch {
        return null;
      }
    },
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
      const code = await exited;
      clearTimeout(killer);
      return code;
    },
  };
}
