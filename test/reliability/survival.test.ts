/**
 * The app survives hostile input as `npm start` runs it: its own process, against the simulated
 * GitHub on loopback. While each hostile case runs, `GET /healthz` is polled every 100 ms — each
 * answer within 1 s — and the process's memory sampled — under 300 MB; then a genuine signed
 * delivery is answered within 10 s. A case is a row of `CASES`: what it does to the app, and
 * optionally what it puts in the simulated GitHub first (a hostile file, configuration…).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  SimulatedGitHub,
  SimulatedRepositorySpec,
} from '../../dev/simulated-github/simulated-github.js';
import { HEALTH_ISSUE_MARKER } from '../../src/issue/issue-marker.js';
import { WEBHOOK_SECRET } from '../app/app-harness.js';
import { aliasBomb } from '../helpers/alias-bomb.js';
import { FULL_NAME, NAME, OWNER, productGitHubSpec } from '../helpers/product-github-spec.js';
import { testPrivateKey } from '../helpers/test-private-key.js';
import { useSimulatedGitHub } from '../simulated-github/simulated-server.js';
import { type AppProcess, startAppProcess } from './app-process.js';
import { pushPayload } from './fault-harness.js';
import { recordFigure } from './record-figure.js';
import { deliveryHeaders, type HttpAnswer, postDelivery, sign, streamDelivery } from './webhook-server.js';

const FILE = 'test/reliability/survival.test.ts';
const MiB = 1024 * 1024;
const HEALTHZ_EVERY_MS = 100;
const HEALTHZ_WITHIN_MS = 1000;
const RSS_LIMIT_MB = 300;

/** What a case can do while the app is watched. */
interface CaseContext {
  app: AppProcess;
  simulated: SimulatedGitHub;
  /** A genuine delivery: signed with the app's secret. */
  deliver(event: string, payload: Record<string, unknown>): Promise<HttpAnswer>;
  /** Whether the product-health issue of `fullName` is written on the simulated GitHub. */
  issueWritten(fullName: string): boolean;
  /** Waits until `condition` holds, `timeoutMs` at most; whether it held. */
  waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean>;
}

/**
 * A row of the table: what is done to the app while it is watched, and the repositories the
 * simulated GitHub serves besides the product's (a hostile CI file, configuration…). A hostile
 * repository's case pushes to it (`deliver('push', pushPayload(OWNER, name))`) and waits for its
 * scan (`waitFor(() => issueWritten(…))`).
 */
interface HostileCase {
  what: string;
  repositories?: () => SimulatedRepositorySpec[];
  act(context: CaseContext): Promise<unknown>;
}

/** Headers of a delivery signed with another secret, its body not yet known. */
const forgedHeaders = () => {
  const headers = deliveryHeaders('push', '', {
    'x-hub-signature-256': sign('another body', 'not-the-secret'),
  });
  delete headers['content-length'];
  return headers;
};

/** A repository of the owner holding the given files, with one commit. */
const hostileRepository = (name: string, files: Record<string, string>): SimulatedRepositorySpec => ({
  owner: OWNER,
  name,
  labels: ['product-health'],
  files: { 'README.md': `# ${name}\n`, ...files },
  commits: [{ date: '2026-11-20T10:00:00Z', message: 'work', paths: Object.keys(files) }],
});

/** Pushes to a hostile repository and waits until its scan wrote its issue: the app went through it. */
const pushAndWaitForScan = async (context: CaseContext, name: string) => {
  await context.deliver('push', pushPayload(OWNER, name));
  return context.waitFor(() => context.issueWritten(`${OWNER}/${name}`), 60_000);
};

const CHAIN = 300;

const CASES: HostileCase[] = [
  {
    what: 'a pushed repository whose CI files are YAML alias bombs',
    repositories: () => [
      hostileRepository('alias-bomb', {
        '.gitlab-ci.yml': `${aliasBomb(10, 9)}\ndeploy:\n  script: *a8\n`,
        '.github/workflows/bomb.yml': `${aliasBomb(10, 9)}\nname: CI\njobs: *a8\n`,
      }),
    ],
    act: (context) => pushAndWaitForScan(context, 'alias-bomb'),
  },
  {
    what: 'a pushed repository whose configured patterns backtrack catastrophically',
    repositories: () => [
      hostileRepository('backtracking-pattern', {
        '.github/product-health.yml':
          'deployments:\n  workflow: "(a+)+$"\n  productionEnvironment: "(x+x+)+y"\n',
        [`.github/workflows/${'a'.repeat(34)}!.yml`]:
          'name: build\non: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps: [{ run: make }]\n',
      }),
    ],
    act: (context) => pushAndWaitForScan(context, 'backtracking-pattern'),
  },
  {
    what: `a pushed repository whose configuration extends a ${CHAIN}-file chain`,
    repositories: () => [
      hostileRepository('endless-extends', { '.github/product-health.yml': '_extends: chain-1\n' }),
      ...Array.from({ length: CHAIN }, (_, index) =>
        hostileRepository(`chain-${index + 1}`, {
          '.github/product-health.yml': `_extends: chain-${index + 2}\nlanguage: fr\n`,
        }),
      ),
    ],
    act: (context) => pushAndWaitForScan(context, 'endless-extends'),
  },
  {
    what: 'a 50 MiB forged delivery, chunked',
    act: ({ app }) => streamDelivery(app.url, { headers: forgedHeaders(), bytes: 50 * MiB, chunked: true }),
  },
  {
    what: 'a 50 MiB forged delivery, announced',
    act: ({ app }) => streamDelivery(app.url, { headers: forgedHeaders(), bytes: 50 * MiB }),
  },
  {
    what: '8 forged deliveries of 20 MiB at once, chunked',
    act: ({ app }) =>
      Promise.all(
        Array.from({ length: 8 }, () =>
          streamDelivery(app.url, { headers: forgedHeaders(), bytes: 20 * MiB, chunked: true }),
        ),
      ),
  },
];

const simulatedGitHub = useSimulatedGitHub();
let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'product-health-survival-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

interface Watch {
  polls: number;
  /** Polls not answered 200 within `HEALTHZ_WITHIN_MS`. */
  late: number;
  slowestMs: number;
  peakRssMiB: number | null;
}

/** Polls `/healthz` every 100 ms and samples the process's memory while `run` runs. */
async function watched<T>(app: AppProcess, run: () => Promise<T>): Promise<{ result: T; watch: Watch }> {
  const watch: Watch = { polls: 0, late: 0, slowestMs: 0, peakRssMiB: app.rssMiB() };
  let running = true;
  const poll = async () => {
    while (running) {
      const sent = performance.now();
      let ok = false;
      try {
        const answer = await fetch(`${app.url}/healthz`, { signal: AbortSignal.timeout(HEALTHZ_WITHIN_MS) });
        await answer.arrayBuffer();
        ok = answer.status === 200;
      } catch {
        ok = false;
      }
      const took = performance.now() - sent;
      watch.polls += 1;
      watch.slowestMs = Math.max(watch.slowestMs, took);
      if (!ok || took > HEALTHZ_WITHIN_MS) watch.late += 1;
      const rss = app.rssMiB();
      if (rss !== null) watch.peakRssMiB = Math.max(watch.peakRssMiB ?? 0, rss);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, HEALTHZ_EVERY_MS - took)));
    }
  };
  const polling = poll();
  try {
    const result = await run();
    return { result, watch };
  } finally {
    running = false;
    await polling;
  }
}

describe('the app process under hostile input (npm start, simulated GitHub)', () => {
  for (const hostile of CASES) {
    it(`${hostile.what}: /healthz answers within 1 s throughout, memory stays under 300 MB, a genuine delivery is served`, {
      timeout: 120_000,
    }, async () => {
      const { simulated, url } = await simulatedGitHub.serve([
        productGitHubSpec(),
        ...(hostile.repositories?.() ?? []),
      ]);
      const app = await startAppProcess(
        {
          APP_ID: '1',
          PRIVATE_KEY: testPrivateKey(),
          WEBHOOK_SECRET,
          GITHUB_API_URL: url,
          LOG_FORMAT: 'json',
          LOG_LEVEL: 'warn',
          RESCAN_DELAY_SECONDS: '0',
          PRODUCT_HEALTH_OVERVIEW_DELAY_SECONDS: '0',
          PRODUCT_HEALTH_WRITES_PER_MINUTE: '60000',
        },
        folder,
      );
      const context: CaseContext = {
        app,
        simulated,
        deliver: (event, payload) => postDelivery(app.url, event, JSON.stringify(payload)),
        issueWritten: (fullName) =>
          (simulated.repository(fullName).issues ?? []).some((issue) =>
            issue.body?.includes(HEALTH_ISSUE_MARKER),
          ),
        waitFor: async (condition, timeoutMs) => {
          const deadline = performance.now() + timeoutMs;
          while (!condition() && performance.now() < deadline) {
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
          return condition();
        },
      };
      try {
        const { result, watch } = await watched(app, () => hostile.act(context));
        // A case that waits for a hostile repository's scan resolves to whether it was written.
        if (typeof result === 'boolean') expect(result, app.output()).toBe(true);
        const sent = performance.now();
        const genuine = await context.deliver('push', pushPayload(OWNER, NAME));
        const genuineMs = performance.now() - sent;
        // The genuine push was scanned: the product-health issue is written on the simulated GitHub.
        const written = () => context.issueWritten(FULL_NAME);
        await context.waitFor(written, 30_000);
        const exitCode = await app.stop();

        recordFigure({
          area: 'webhooks',
          tried: `app process (npm start) under ${hostile.what}, /healthz polled every 100 ms`,
          figures: {
            polls: watch.polls,
            late: watch.late,
            slowestHealthzMs: Math.round(watch.slowestMs),
            peakRssMB: Math.round((watch.peakRssMiB ?? 0) * 1.048576),
            genuineMs: Math.round(genuineMs),
            scanned: written() ? 1 : 0,
            exitCode: exitCode ?? -1,
          },
          command: `npx vitest run ${FILE} -t "${hostile.what}"`,
        });

        expect(watch.polls, app.output()).toBeGreaterThan(0);
        expect(watch.late, app.output()).toBe(0);
        if (watch.peakRssMiB !== null) expect(watch.peakRssMiB * 1.048576).toBeLessThan(RSS_LIMIT_MB);
        expect(genuine.status, app.output()).toBe(200);
        expect(genuineMs).toBeLessThan(10_000);
        expect(written(), app.output()).toBe(true);
        expect(exitCode).toBe(0);
      } finally {
        await app.stop();
      }
    });
  }
});
