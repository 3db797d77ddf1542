import { Octokit } from '@octokit/rest';
import { describe, expect, it } from 'vitest';
import { appSettingsFromEnv } from '../../src/app/app-settings.js';
import {
  createOverviewRefresher,
  describeOverviewFailure,
  type OverviewJob,
  OverviewScheduler,
  type OverviewTimers,
  overviewSchedulerFromSettings,
} from '../../src/app/overview-scheduler.js';
import type { OctokitLike } from '../../src/github/github-client.js';
import { hasOverviewMarker } from '../../src/overview/overview-body.js';
import { type FakeGitHub, type FakeRepositorySpec, SILENT_LOG } from '../helpers/fake-github.js';
import { FULL_NAME, GITHUB_NOW, OWNER, productGitHubSpec } from '../helpers/product-github-spec.js';
import { useFakeGitHub } from '../helpers/use-fake-github.js';
import {
  deliveryId,
  INSTALLATION_ID,
  interceptAppRoutes,
  loadTestApp,
  recordingLogger,
  rehomed,
  webhookExamples,
  writes,
} from './app-harness.js';

const fakeGitHub = useFakeGitHub();
const DELAY = 600_000;
const DOT_GITHUB: FakeRepositorySpec = {
  owner: OWNER,
  name: '.github',
  files: { 'profile/README.md': '# Example\n' },
};

/** Lets the promises started by a timer run to their end (no time passes on the manual clock). */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A clock and timers that move only when told: no real waiting. */
function manualClock() {
  let now = 0;
  let nextId = 1;
  const pending = new Map<number, { at: number; callback: () => void }>();
  const timers: OverviewTimers = {
    set: (callback, ms) => {
      const id = nextId++;
      pending.set(id, { at: now + ms, callback });
      return id;
    },
    clear: (handle) => {
      pending.delete(handle as number);
    },
  };
  /** Moves the clock forward by `ms`, firing the timers due on the way, in order. */
  const advance = async (ms: number) => {
    const end = now + ms;
    for (;;) {
      const [due] = [...pending.entries()]
        .filter(([, timer]) => timer.at <= end)
        .sort((a, b) => a[1].at - b[1].at);
      if (!due) break;
      pending.delete(due[0]);
      now = due[1].at;
      due[1].callback();
      await settle();
    }
    now = end;
    await settle();
  };
  return { timers, now: () => now, advance };
}

/** Jobs that record when they ran; `hold` makes the next ones wait until `release`. */
function recordedJobs(clock: { now: () => number }) {
  const runs: Array<{ label: string; at: number }> = [];
  const waiting: Array<() => void> = [];
  let hold = false;
  const job =
    (label: string): OverviewJob =>
    () => {
      runs.push({ label, at: clock.now() });
      return hold ? new Promise<void>((resolve) => waiting.push(resolve)) : Promise.resolve();
    };
  return {
    runs,
    job,
    hold: () => {
      hold = true;
    },
    release: async () => {
      hold = false;
      for (const resolve of waiting.splice(0)) resolve();
      await settle();
    },
  };
}

function scheduler(clock: ReturnType<typeof manualClock>, errors: unknown[] = []) {
  return new OverviewScheduler({
    delayMs: DELAY,
    timers: clock.timers,
    now: clock.now,
    onError: (key, error) => errors.push([key, error]),
  });
}

describe('OverviewScheduler', () => {
  it('coalesces the requests of an installation while its scans go on, and refreshes once they settle', async () => {
    const clock = manualClock();
    const overview = scheduler(clock);
    const { runs, job } = recordedJobs(clock);

    expect(overview.request('installation:1', job('first'))).toBe('scheduled');
    await clock.advance(300_000);
    expect(overview.request('installation:1', job('second'))).toBe('coalesced');
    await clock.advance(DELAY - 1);
    expect(runs).toEqual([]);
    await clock.advance(1);
    expect(runs).toEqual([{ label: 'second', at: 300_000 + DELAY }]);
    expect(overview.keys()).toEqual([]);
  });

  it('refreshes an installation at most once per delay under a steady stream of scans, without starving it', async () => {
    const clock = manualClock();
    const overview = scheduler(clock);
    const { runs, job } = recordedJobs(clock);

    for (let minute = 0; minute < 120; minute++) {
      overview.request('installation:1', job(`scan-${minute}`));
      await clock.advance(60_000);
    }
    await clock.advance(10 * DELAY);

    expect(runs.length).toBeGreaterThanOrEqual(4);
    for (const [index, run] of runs.entries()) {
      if (index > 0) expect(run.at - (runs[index - 1]?.at ?? 0)).toBeGreaterThanOrEqual(DELAY);
    }
    expect(overview.keys()).toEqual([]);
  });

  it('follows a refresh with exactly one more when scans end during it, a full delay later', async () => {
    const clock = manualClock();
    const overview = scheduler(clock);
    const { runs, job, hold, release } = recordedJobs(clock);

    overview.request('installation:1', job('first'));
    hold();
    await clock.advance(DELAY);
    expect(runs.map((run) => run.label)).toEqual(['first']);
    for (let index = 0; index < 5; index++) {
      expect(overview.request('installation:1', job(`during-${index}`))).toBe('after-current');
    }
    await clock.advance(DELAY);
    expect(runs.map((run) => run.label)).toEqual(['first']);
    await release();
    const ended = clock.now();
    await clock.advance(DELAY - 1);
    expect(runs.map((run) => run.label)).toEqual(['first']);
    await clock.advance(1);
    expect(runs).toEqual([
      { label: 'first', at: DELAY },
      { label: 'during-4', at: ended + DELAY },
    ]);
    await clock.advance(10 * DELAY);
    expect(runs).toHaveLength(2);
  });

  it('keeps installations apart, refreshes them one at a time, and drops a cancelled one', async () => {
    const clock = manualClock();
    const overview = scheduler(clock);
    const { runs, job, hold, release } = recordedJobs(clock);

    overview.request('installation:1', job('one'));
    overview.request('installation:2', job('two'));
    overview.request('installation:3', job('three'));
    expect(overview.cancel('installation:3')).toBe(true);
    hold();
    await clock.advance(DELAY);
    expect(runs.map((run) => run.label)).toEqual(['one']);
    await release();
    expect(runs.map((run) => run.label)).toEqual(['one', 'two']);
    await clock.advance(10 * DELAY);
    expect(runs.map((run) => run.label)).toEqual(['one', 'two']);
  });

  it('catches a failed refresh: onError gets it once, and the next request refreshes again', async () => {
    const clock = manualClock();
    const errors: unknown[] = [];
    const overview = scheduler(clock, errors);
    const failure = new Error('GitHub is down');
    overview.request('installation:1', () => Promise.reject(failure));
    await clock.advance(DELAY);
    expect(errors).toEqual([['installation:1', failure]]);
    expect(overview.keys()).toEqual([]);

    const { runs, job } = recordedJobs(clock);
    overview.request('installation:1', job('again'));
    await clock.advance(DELAY);
    expect(runs.map((run) => run.label)).toEqual(['again']);
  });

  it('survives an onError that throws', async () => {
    const clock = manualClock();
    const overview = new OverviewScheduler({
      delayMs: DELAY,
      timers: clock.timers,
      now: clock.now,
      onError: () => {
        throw new Error('the logger broke');
      },
    });
    overview.request('installation:1', async () => {
      throw new Error('refresh failed');
    });
    await clock.advance(DELAY);
    const { runs, job } = recordedJobs(clock);
    overview.request('installation:1', job('after'));
    await clock.advance(DELAY);
    expect(runs.map((run) => run.label)).toEqual(['after']);
  });

  it('is disabled at 0: no scheduler, so no overview', () => {
    expect(overviewSchedulerFromSettings({ overviewDelayMs: 0 }, () => {})).toBeNull();
    expect(overviewSchedulerFromSettings({}, () => {})).toBeNull();
    expect(overviewSchedulerFromSettings({ overviewDelayMs: DELAY }, () => {})).toBeInstanceOf(
      OverviewScheduler,
    );
    expect(appSettingsFromEnv({ PRODUCT_HEALTH_OVERVIEW_DELAY_SECONDS: '0' }).overviewDelayMs).toBe(0);
    expect(appSettingsFromEnv({}).overviewDelayMs).toBe(600_000);
    const invalid = appSettingsFromEnv({ PRODUCT_HEALTH_OVERVIEW_DELAY_SECONDS: 'never' });
    expect(invalid.overviewDelayMs).toBe(600_000);
    expect(invalid.problems).toEqual([
      expect.stringMatching(/^PRODUCT_HEALTH_OVERVIEW_DELAY_SECONDS="never"/),
    ]);
  });
});

describe('the overview refresher', () => {
  const octokit = () =>
    new Octokit({ auth: 'ghs_refresherToken', log: SILENT_LOG, request: { retries: 0 } }) as OctokitLike;

  it('says once, at info level, that the installation sees no .github repository, and carries on', async () => {
    const github = fakeGitHub.serve([productGitHubSpec()]);
    const clock = manualClock();
    const errors: unknown[] = [];
    const overview = scheduler(clock, errors);
    const { logger, lines } = recordingLogger();
    const refresher = createOverviewRefresher({
      scheduler: overview,
      log: logger,
      now: () => new Date(GITHUB_NOW),
      webUrl: 'https://github.com',
    });
    const target = { installationId: 7, account: OWNER, octokit: octokit() };

    for (let round = 0; round < 2; round++) {
      refresher.request(target);
      await clock.advance(DELAY);
      await overview.idle();
    }

    expect(errors).toEqual([]);
    const said = lines.filter((line) => line.message.includes('sees no example/.github repository'));
    expect(said.map((line) => line.level)).toEqual(['info', 'debug']);
    expect(lines.filter((line) => line.level === 'error' || line.level === 'warn')).toEqual([]);
    expect(writes(github)).toEqual([]);
  });

  it('leaves a GitHub fault to the scheduler’s one catch, as a line without credentials', async () => {
    const clock = manualClock();
    const { logger, lines } = recordingLogger();
    const overview = new OverviewScheduler({
      delayMs: DELAY,
      timers: clock.timers,
      now: clock.now,
      onError: (key, error) => logger.error(describeOverviewFailure(key, error)),
    });
    const broken: OctokitLike = {
      request: () =>
        Promise.reject(new Error('connect ECONNREFUSED (token ghs_abcdefghijklmnopqrstuvwxyz0123456789)')),
      graphql: (() =>
        Promise.reject(
          new Error('connect ECONNREFUSED (token ghs_abcdefghijklmnopqrstuvwxyz0123456789)'),
        )) as OctokitLike['graphql'],
    };
    const refresher = createOverviewRefresher({
      scheduler: overview,
      log: logger,
      now: () => new Date(GITHUB_NOW),
      webUrl: 'https://github.com',
    });
    refresher.request({ installationId: 9, account: OWNER, octokit: broken });
    await clock.advance(DELAY);
    await overview.idle();

    const errorLines = lines.filter((line) => line.level === 'error');
    expect(errorLines).toHaveLength(1);
    expect(errorLines[0]?.message).toMatch(
      /^product-health: the overview of installation:9 could not be refreshed \(.*ECONNREFUSED/,
    );
    expect(errorLines[0]?.message).not.toContain('ghs_abcdefghijklmnopqrstuvwxyz0123456789');
  });
});

describe('the app keeps the installation’s overview issue', () => {
  const overviewIssues = (github: FakeGitHub) =>
    (github.repository(`${OWNER}/.github`).issues ?? []).filter((issue) => hasOverviewMarker(issue.body));

  it('installation created: once the scans settle, the overview issue is created in the account’s .github', async () => {
    interceptAppRoutes();
    const github = fakeGitHub.serve([productGitHubSpec(), DOT_GITHUB]);
    const clock = manualClock();
    const errors: unknown[] = [];
    const overview = scheduler(clock, errors);
    const app = await loadTestApp({ overview });
    const created = webhookExamples('installation').find((payload) => payload.action === 'created');
    expect(created).toBeDefined();

    await app.probot.receive({
      id: deliveryId(),
      name: 'installation',
      payload: rehomed(created ?? {}),
    } as never);
    await app.scheduler.drain();

    expect(app.scanned.map((result) => `${result.owner}/${result.repo}`)).toEqual([FULL_NAME]);
    expect(overview.keys()).toEqual([`installation:${INSTALLATION_ID}`]);
    expect(overviewIssues(github)).toEqual([]);

    await clock.advance(DELAY);
    await overview.idle();

    expect(errors).toEqual([]);
    expect(app.lines.filter((line) => line.level === 'error')).toEqual([]);
    const issues = overviewIssues(github);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.labels).toContain('product-health');
    expect(issues[0]?.body).toContain(`[${FULL_NAME}]`);
    // The repository's own issue, then the overview: the overview writes no repository's issue.
    expect(writes(github)).toEqual([
      'POST /repos/{owner}/{repo}/issues',
      'POST /repos/{owner}/{repo}/issues',
    ]);
    expect(app.lines).toContainEqual(
      expect.objectContaining({
        level: 'info',
        message: expect.stringMatching(/^product-health: example: overview issue created /),
      }),
    );
  });
});
