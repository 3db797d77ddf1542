/**
 * Several app instances on one Redis: three `npm start` processes (real child processes, REDIS_URL
 * set) against a real `redis-server` on a free loopback port and the simulated GitHub. They share
 * one BullMQ queue of rescans (one job id per repository), one write limiter and one periodic
 * refresh. However the events fall on them, every repository is scanned once per burst and gets
 * exactly one product-health issue — never a duplicate created —, their writes together stay
 * under the limit in every rolling window, a process killed mid-scan loses nothing, and the
 * refresh runs once per period whatever the number of processes.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOrganisation } from '../../dev/simulated-github/generate-organisation.js';
import type {
  SimulatedGitHub,
  SimulatedRepositorySpec,
  SimulatedRequest,
} from '../../dev/simulated-github/simulated-github.js';
import { WEBHOOK_SECRET } from '../app/app-harness.js';
import { type RunningRedis, startRedisServer } from '../helpers/redis-server.js';
import { testPrivateKey } from '../helpers/test-private-key.js';
import { useSimulatedGitHub } from '../simulated-github/simulated-server.js';
import { type AppProcess, startAppProcess } from './app-process.js';
import { installationCreatedPayload, markedIssues, pushPayload } from './fault-harness.js';
import { recordFigure } from './record-figure.js';
import { postDelivery } from './webhook-server.js';

const FILE = 'test/reliability/redis-instances.test.ts';
const OWNER = 'beta-gouv-sample';
const CREATE_ISSUE = 'POST /repos/{owner}/{repo}/issues';
const TOKEN_ROUTE = 'POST /app/installations/{installation_id}/access_tokens';
const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);
/**
 * The write limit, time-compressed ×10 so that the test lasts seconds: 300 writes a minute for
 * the app (one every 200 ms, every process together), and the simulator refusing more than 30 in
 * a rolling 6 s — GitHub's limit, scaled. The scans queue their writes faster than that: with a
 * pacer per process instead of the shared one, the simulator refused 18 writes in this test.
 */
const WRITES_PER_MINUTE = 300;
const WINDOW_MS = 6_000;
const WRITES_PER_WINDOW = (WRITES_PER_MINUTE * WINDOW_MS) / 60_000;

const simulatedGitHub = useSimulatedGitHub();
let redis: RunningRedis;
let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'product-health-redis-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/**
 * Three app processes on a fresh redis-server (no job of a case reaches the next), against the
 * simulated GitHub at `apiUrl`; all stopped after `run`.
 */
async function withInstances(
  apiUrl: string,
  env: Record<string, string>,
  run: (apps: AppProcess[]) => Promise<void>,
): Promise<void> {
  redis = await startRedisServer();
  try {
    const apps = await startInstances(3, apiUrl, redis.url, env);
    try {
      await run(apps);
    } finally {
      await Promise.all(apps.map((app) => app.stop()));
    }
  } finally {
    await redis.stop();
  }
}

function organisation(repositories: number, seed: number): SimulatedRepositorySpec[] {
  return generateOrganisation({ owner: OWNER, repositories, seed, now: new Date() }).map(({ spec }) => spec);
}

/** `count` app processes on `redisUrl`, started together. */
function startInstances(
  count: number,
  apiUrl: string,
  redisUrl: string,
  env: Record<string, string> = {},
): Promise<AppProcess[]> {
  return Promise.all(
    Array.from({ length: count }, () =>
      startAppProcess(
        {
          APP_ID: '1',
          PRIVATE_KEY: testPrivateKey(),
          WEBHOOK_SECRET,
          GITHUB_API_URL: apiUrl,
          REDIS_URL: redisUrl,
          LOG_FORMAT: 'json',
          LOG_LEVEL: 'info',
          RESCAN_DELAY_SECONDS: '3',
          RESCAN_MAX_DELAY_SECONDS: '30',
          RESCAN_CONCURRENCY: '4',
          PRODUCT_HEALTH_OVERVIEW_DELAY_SECONDS: '0',
          PRODUCT_HEALTH_WRITES_PER_MINUTE: String(WRITES_PER_MINUTE),
          PRODUCT_HEALTH_REFRESH_CRON: 'off',
          ...env,
        },
        folder,
      ),
    ),
  );
}

/** Sends the deliveries, `parallel` at a time, each to the process its index picks. */
async function deliverAll(
  apps: AppProcess[],
  deliveries: Array<{ to: number; event: string; payload: unknown }>,
  parallel = 12,
): Promise<number[]> {
  const statuses: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < deliveries.length) {
        const delivery = deliveries[next++];
        if (!delivery) break;
        const app = apps[delivery.to % apps.length] as AppProcess;
        const answer = await postDelivery(app.url, delivery.event, JSON.stringify(delivery.payload));
        statuses.push(answer.status);
      }
    }),
  );
  return statuses;
}

interface QueueCounts {
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
}

async function queueOf(app: AppProcess): Promise<QueueCounts> {
  const answer = await fetch(`${app.url}/healthz`, { signal: AbortSignal.timeout(5000) });
  const body = (await answer.json()) as { queue?: QueueCounts };
  if (!body.queue) throw new Error(`no queue in /healthz: ${JSON.stringify(body)}`);
  return body.queue;
}

/** Until `done()` holds and the shared queue is empty twice in a row 500 ms apart (`timeoutMs` at most). */
async function settle(app: AppProcess, done: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  let quiet = 0;
  while (performance.now() < deadline) {
    const queue = await queueOf(app).catch(() => null);
    const empty = queue !== null && queue.waiting + queue.active + queue.delayed === 0;
    quiet = empty && done() ? quiet + 1 : 0;
    if (quiet >= 2) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

/** The `rescan started` lines of every process, by repository (lowercase). */
function scansStarted(apps: AppProcess[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const app of apps) {
    for (const match of app.output().matchAll(/product-health: ([^\s"]+): rescan started/g)) {
      const name = (match[1] as string).toLowerCase();
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return counts;
}

/** Content-creating requests the simulator applied (installation tokens create no content). */
function contentWrites(github: SimulatedGitHub): SimulatedRequest[] {
  return github.requests.filter(
    (request) =>
      request.kind === 'rest' &&
      WRITE_METHODS.has(request.method) &&
      request.route !== TOKEN_ROUTE &&
      request.status < 300,
  );
}

/** The most requests received within any rolling `windowMs`. */
function busiestWindow(requests: SimulatedRequest[], windowMs: number): number {
  const times = requests.map((request) => request.receivedAt ?? 0).sort((a, b) => a - b);
  let most = 0;
  let start = 0;
  for (let end = 0; end < times.length; end++) {
    while ((times[end] as number) - (times[start] as number) >= windowMs) start += 1;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

function issueCreations(github: SimulatedGitHub): Map<string, number> {
  const counts = new Map<string, number>();
  for (const request of github.requests) {
    if (request.route !== CREATE_ISSUE || request.status >= 300) continue;
    const name = /^\/repos\/([^/]+\/[^/]+)\/issues/.exec(request.path)?.[1]?.toLowerCase() ?? '?';
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

const scannable = (specs: SimulatedRepositorySpec[]) => specs.filter((spec) => !spec.archived);
const withIssues = (specs: SimulatedRepositorySpec[]) =>
  scannable(specs).filter((spec) => spec.issuesEnabled !== false);
const nameOf = (spec: SimulatedRepositorySpec) => `${spec.owner}/${spec.name}`.toLowerCase();

describe('three app processes on one Redis (npm start, redis-server, simulated GitHub)', () => {
  it('the same installation webhook and 20 events per repository for 100 repositories: one scan per repository, 0 duplicate issues created, writes under the shared limit', {
    timeout: 120_000,
  }, async () => {
    const specs = organisation(100, 2026);
    const { simulated, url } = await simulatedGitHub.serve(specs, {
      latencyMs: { min: 5, max: 20 },
      seed: 17,
      secondaryRateLimit: { writes: WRITES_PER_WINDOW, windowMs: WINDOW_MS },
    });
    await withInstances(url, {}, async (apps) => {
      const names = specs.map((spec) => spec.name);
      const installed = installationCreatedPayload(OWNER, names);
      const pushes = scannable(specs).flatMap((spec, repository) =>
        Array.from({ length: 20 }, (_, index) => ({
          to: repository + index,
          event: 'push',
          payload: pushPayload(OWNER, spec.name),
          order: index * 1000 + repository,
        })),
      );
      pushes.sort((a, b) => a.order - b.order);
      const sent = performance.now();
      const statuses = await deliverAll(apps, [
        ...apps.map((_, to) => ({ to, event: 'installation', payload: installed })),
        ...pushes,
      ]);
      const burstMs = performance.now() - sent;
      const expected = scannable(specs).map(nameOf);
      const settled = await settle(
        apps[0] as AppProcess,
        () => expected.every((name) => scansStarted(apps).has(name)),
        90_000,
      );
      const wallMs = performance.now() - sent;
      const scans = scansStarted(apps);
      const creations = issueCreations(simulated);
      const writes = contentWrites(simulated);
      const busiest = busiestWindow(writes, WINDOW_MS);
      const output = apps.map((app) => app.output().slice(-3000)).join('\n---\n');

      recordFigure({
        area: 'races',
        tried:
          '3 app processes on one Redis: the same installation webhook and 20 pushes per repository, 100 repositories',
        figures: {
          deliveries: statuses.length,
          burstMs: Math.round(burstMs),
          wallMs: Math.round(wallMs),
          scans: [...scans.values()].reduce((sum, n) => sum + n, 0),
          repositoriesScanned: scans.size,
          issuesCreated: [...creations.values()].reduce((sum, n) => sum + n, 0),
          duplicateCreations: [...creations.values()].filter((n) => n > 1).length,
          writes: writes.length,
          busiestWindowWrites: busiest,
          secondaryRefusals: simulated.stats().refusals.secondary,
        },
        command: `npx vitest run ${FILE}`,
      });

      expect(statuses.every((status) => status === 200)).toBe(true);
      expect(settled, output).toBe(true);
      // One scan per repository for the whole burst, on whichever process took it.
      expect(
        [...scans.entries()].filter(([, n]) => n !== 1),
        output,
      ).toEqual([]);
      expect(new Set(scans.keys())).toEqual(new Set(expected));
      expect(apps.filter((app) => /rescan started/.test(app.output())).length).toBeGreaterThan(1);
      // Never two issues created for one repository; exactly one kept where issues are on.
      expect([...creations.entries()].filter(([, n]) => n > 1)).toEqual([]);
      for (const spec of withIssues(specs)) {
        expect(markedIssues(simulated, `${spec.owner}/${spec.name}`), nameOf(spec)).toHaveLength(1);
      }
      expect(creations.size).toBe(withIssues(specs).length);
      // The writes of the three processes together, in every rolling window.
      expect(busiest).toBeLessThanOrEqual(WRITES_PER_WINDOW);
      expect(simulated.stats().refusals.secondary).toBe(0);
    });
  });

  it('one process killed (SIGKILL) mid-scan: its jobs complete on the others, no issue lost or doubled', {
    timeout: 90_000,
  }, async () => {
    const specs = organisation(30, 4242);
    const { simulated, url } = await simulatedGitHub.serve(specs, {
      latencyMs: { min: 60, max: 120 },
      seed: 42,
    });
    // A lock of 2 s: a stopped instance's jobs are taken over within about 4 s.
    const env = { RESCAN_DELAY_SECONDS: '0', PRODUCT_HEALTH_QUEUE_LOCK_SECONDS: '2' };
    await withInstances(url, env, async (apps) => {
      const [victim, ...others] = apps as [AppProcess, ...AppProcess[]];
      const installed = installationCreatedPayload(
        OWNER,
        specs.map((spec) => spec.name),
      );
      await deliverAll([victim], [{ to: 0, event: 'installation', payload: installed }]);
      // Killed as soon as it has scans going on, before any of them is done.
      const deadline = performance.now() + 30_000;
      while (!/rescan started/.test(victim.output()) && performance.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const startedOnVictim = scansStarted([victim]);
      victim.child.kill('SIGKILL');
      const killedMidScan = [...startedOnVictim.keys()].filter(
        (name) => !new RegExp(`${name}: (grade|no grade)`, 'i').test(victim.output()),
      );
      const expected = withIssues(specs);
      const settled = await settle(
        others[0] as AppProcess,
        () => expected.every((spec) => markedIssues(simulated, `${spec.owner}/${spec.name}`).length > 0),
        60_000,
      );
      const output = apps.map((app) => app.output().slice(-3000)).join('\n---\n');
      const takenOver = killedMidScan.filter((name) => scansStarted(others).has(name));
      const creations = issueCreations(simulated);
      const queue = await queueOf(others[0] as AppProcess);

      recordFigure({
        area: 'races',
        tried: '3 app processes on one Redis, one killed (SIGKILL) mid-scan, 30 repositories',
        figures: {
          killedMidScan: killedMidScan.length,
          takenOver: takenOver.length,
          issuesCreated: [...creations.values()].reduce((sum, n) => sum + n, 0),
          duplicateCreations: [...creations.values()].filter((n) => n > 1).length,
          lost: expected.filter((spec) => markedIssues(simulated, `${spec.owner}/${spec.name}`).length === 0)
            .length,
          failedJobs: queue.failed,
        },
        command: `npx vitest run ${FILE} -t "SIGKILL"`,
      });

      expect(settled, output).toBe(true);
      expect(killedMidScan.length, output).toBeGreaterThan(0);
      expect(takenOver, output).toEqual(killedMidScan);
      for (const spec of expected) {
        expect(markedIssues(simulated, `${spec.owner}/${spec.name}`), nameOf(spec)).toHaveLength(1);
      }
      expect([...creations.entries()].filter(([, n]) => n > 1)).toEqual([]);
      expect(queue.failed).toBe(0);
    });
  });

  it('the repeatable refresh runs once per period, whatever the number of processes', {
    timeout: 60_000,
  }, async () => {
    const specs = organisation(4, 7);
    const { simulated, url } = await simulatedGitHub.serve(specs);
    const PERIOD_MS = 2000;
    await withInstances(url, { PRODUCT_HEALTH_REFRESH_CRON: '*/2 * * * * *' }, async (apps) => {
      const from = Date.now();
      await new Promise((resolve) => setTimeout(resolve, 4.5 * PERIOD_MS));
      const to = Date.now();
      const listings = simulated.requests
        .filter((request) => request.route === 'GET /app/installations')
        .map((request) => request.receivedAt ?? 0)
        .filter((at) => at >= from && at <= to);
      const periods = new Set(listings.map((at) => Math.floor(at / PERIOD_MS)));
      const refreshLines = apps.map((app) => (app.output().match(/product-health: refresh: /g) ?? []).length);

      recordFigure({
        area: 'races',
        tried: '3 app processes on one Redis, a refresh every 2 s, watched 9 s',
        figures: { listings: listings.length, periods: periods.size },
        command: `npx vitest run ${FILE} -t "refresh"`,
      });

      // One listing of the installations per period: never one per process.
      expect(listings.length, apps.map((app) => app.output().slice(-2000)).join('\n')).toBeGreaterThanOrEqual(
        4,
      );
      expect(listings.length).toBeLessThanOrEqual(5);
      expect(periods.size).toBe(listings.length);
      expect(refreshLines.reduce((sum, n) => sum + n, 0)).toBeGreaterThanOrEqual(listings.length);
    });
  });
});
