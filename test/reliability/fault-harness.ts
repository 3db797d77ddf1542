import Bottleneck from 'bottleneck';
import { Probot, ProbotOctokit } from 'probot';
import { afterAll, beforeAll } from 'vitest';
import type { SimulatedGitHub, SimulatedIssue } from '../../dev/simulated-github/simulated-github.js';
import { createProductHealthApp } from '../../src/app/app.js';
import { RescanScheduler, type SchedulerTimers } from '../../src/app/rescan-scheduler.js';
import type { ScannedRepository } from '../../src/app/scan-installation-repository.js';
import { pacedOctokitOptions } from '../../src/github/create-octokit.js';
import { hasHealthMarker } from '../../src/issue/issue-marker.js';
import { readIssueState } from '../../src/issue/issue-state.js';
import { type LogLine, recordingLogger } from '../helpers/recording-logger.js';
import { testPrivateKey } from '../helpers/test-private-key.js';

export const WEBHOOK_SECRET = 'product-health-reliability';
/** Retries of a server error (plugin-retry): 3, so at most 4 attempts of one request. */
export const SERVER_ERROR_RETRIES = 3;
/** Retries after a rate limit (`pacedOctokitOptions`' default). */
export const RATE_LIMIT_RETRIES = 2;
/** Milliseconds a "second" of retry-after (or of plugin-retry's back-off) lasts in these tests. */
const RETRY_SECOND_MS = 1;
const RATE_LIMIT_SECOND_MS = 0.01;

export { type LogLine, recordingLogger } from '../helpers/recording-logger.js';
export { testPrivateKey } from '../helpers/test-private-key.js';

export interface PacedOctokitOptions {
  /** Where the Octokit's warnings go (retries after a rate limit…). */
  warn?: (message: string) => void;
  /** Every request gives up after this long (a client timeout), when set. */
  clientTimeoutMs?: number;
  /** Called with the seconds a secondary rate limit asks to wait, before the client waits them. */
  onSecondaryWait?: (seconds: number) => void;
}

type RateLimitHandler = (retryAfter: number, ...rest: unknown[]) => boolean | Promise<boolean>;

/**
 * The throttling plugin's queues, for one app process: the plugin keeps them per Node process
 * (every Octokit of a process shares them), so two app processes simulated in one test process
 * get one set each. Their spacing is GitHub's, 1,000 times faster: writes that notify people
 * (an issue, a comment) 3 ms apart instead of 3 s.
 */
function processLimiters() {
  return {
    global: new Bottleneck.Group({ maxConcurrent: 10 }),
    // The product's own group for GraphQL reads and writes (`pacedOctokitOptions`), unspaced.
    write: new Bottleneck.Group({ maxConcurrent: 16, minTime: 0 }),
    notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 3 }),
  };
}

/**
 * Probot's Octokit with the product's options (`pacedOctokitOptions`), whose waits last
 * milliseconds instead of seconds: a function, not an object, because Probot sets its own
 * `throttle` options over plain defaults and this runs after it. Each call is one app process.
 */
export function pacedTestOctokit(options: PacedOctokitOptions = {}): typeof ProbotOctokit {
  const limiters = processLimiters();
  return ProbotOctokit.defaults((defaults: Record<string, unknown> = {}) => {
    const paced = pacedOctokitOptions({ warn: options.warn ?? (() => {}) });
    const onSecondary = paced.throttle.onSecondaryRateLimit as RateLimitHandler;
    const request = (defaults.request ?? {}) as Record<string, unknown>;
    return {
      ...defaults,
      ...paced,
      throttle: {
        ...paced.throttle,
        ...limiters,
        retryAfterBaseValue: RATE_LIMIT_SECOND_MS,
        onSecondaryRateLimit: (retryAfter: number, ...rest: unknown[]) => {
          const again = onSecondary(retryAfter, ...rest);
          if (again) options.onSecondaryWait?.(retryAfter);
          return again;
        },
      },
      retry: { ...paced.retry, retryAfterBaseValue: RETRY_SECOND_MS },
      request: options.clientTimeoutMs ? { ...request, fetch: timingOut(options.clientTimeoutMs) } : request,
    };
  });
}

/** `fetch` giving up after `ms` (@octokit/request 10 uses `fetch`, which stops on an abort signal). */
function timingOut(ms: number): typeof fetch {
  return (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(ms) });
}

export interface TestApp {
  probot: Probot;
  scheduler: RescanScheduler;
  scanned: ScannedRepository[];
  lines: LogLine[];
  /** Delivers one event to the app, as Probot's webhook handler would. */
  receive(name: string, payload: Record<string, unknown>): Promise<void>;
  /** A push to the default branch of `owner/repo`, then every rescan run to the end. */
  pushAndDrain(owner: string, repo: string): Promise<void>;
}

export interface TestAppOptions {
  /** The simulated GitHub's REST base URL. */
  url: string;
  /** The instant scans consider as now. */
  now: Date;
  Octokit?: typeof ProbotOctokit;
  /** Quiet delay of the rescans: an hour unless told (the test drains). */
  delayMs?: number;
  concurrency?: number;
  /** The scheduler's timers (tests fire the rescans put off until a rate limit's reset). */
  timers?: SchedulerTimers;
}

/** The product-health app in its own Probot (one app process), pointed at the simulated GitHub. */
export async function startTestApp(options: TestAppOptions): Promise<TestApp> {
  const { logger, lines } = recordingLogger();
  const probot = new Probot({
    appId: 1,
    privateKey: testPrivateKey(),
    secret: WEBHOOK_SECRET,
    baseUrl: options.url,
    Octokit: options.Octokit ?? pacedTestOctokit(),
    log: logger,
  });
  const scheduler = new RescanScheduler({
    delayMs: options.delayMs ?? 3_600_000,
    maxDelayMs: options.delayMs ?? 3_600_000,
    concurrency: options.concurrency ?? 4,
    ...(options.timers ? { timers: options.timers } : {}),
    onError: (key, error) => lines.push({ level: 'error', message: `${key}: ${String(error)}` }),
  });
  const scanned: ScannedRepository[] = [];
  await probot.load(
    createProductHealthApp({
      scheduler,
      now: () => options.now,
      onScanned: (result) => scanned.push(result),
    }),
  );
  const receive = async (name: string, payload: Record<string, unknown>) => {
    await probot.receive({ id: deliveryId(), name, payload } as never);
  };
  return {
    probot,
    scheduler,
    scanned,
    lines,
    receive,
    async pushAndDrain(owner, repo) {
      await receive('push', pushPayload(owner, repo));
      await scheduler.drain();
    },
  };
}

let delivery = 0;

function deliveryId(): string {
  delivery += 1;
  return `00000000-0000-4000-9000-${String(delivery).padStart(12, '0')}`;
}

/** The installation the simulator gives an owner: the first one (id 1) unless told. */
export const INSTALLATION_ID = 1;

/** A push to `main`, by a person, as GitHub sends it (the fields the app reads). */
export function pushPayload(owner: string, repo: string, installationId = INSTALLATION_ID) {
  return {
    ref: 'refs/heads/main',
    before: '0'.repeat(40),
    after: 'f'.repeat(40),
    repository: repositoryPayload(owner, repo),
    installation: { id: installationId },
    sender: { login: 'camille', type: 'User' },
    pusher: { name: 'camille', email: 'camille@example.org' },
    commits: [],
    head_commit: null,
  };
}

/** `installation.created` for every repository of `owner` named. */
export function installationCreatedPayload(
  owner: string,
  repositories: string[],
  installationId = INSTALLATION_ID,
) {
  return {
    action: 'created',
    installation: { id: installationId, account: { login: owner, type: 'Organization' } },
    repositories: repositories.map((name, index) => ({
      id: index + 1,
      name,
      full_name: `${owner}/${name}`,
      private: false,
    })),
    sender: { login: `${owner}-admin`, type: 'User' },
  };
}

function repositoryPayload(owner: string, repo: string) {
  return {
    id: 777_001,
    name: repo,
    full_name: `${owner}/${repo}`,
    owner: { login: owner, type: 'Organization' },
    default_branch: 'main',
    archived: false,
    private: false,
  };
}

// ---------------------------------------------------------------------------------------------
// The product-health issue as it stands in the simulator

/** Every issue of the repository carrying the marker, any state, in creation order. */
export function markedIssues(github: SimulatedGitHub, fullName: string): SimulatedIssue[] {
  return (github.repository(fullName).issues ?? []).filter((issue) => hasHealthMarker(issue.body ?? null));
}

/** The open ones. */
export function openMarkedIssues(github: SimulatedGitHub, fullName: string): SimulatedIssue[] {
  return markedIssues(github, fullName).filter((issue) => (issue.state ?? 'open') === 'open');
}

const UNTICKED_STEP = /^- \[ \] .*<!-- product-health:step:([a-z0-9:-]+) -->$/m;

/**
 * Ticks the first next step of the issue as a person does on github.com: the body comes back with
 * CRLF line ends. Returns the step's key.
 */
export function tickFirstStep(issue: SimulatedIssue): string {
  const body = issue.body ?? '';
  const match = UNTICKED_STEP.exec(body);
  if (!match?.[1]) throw new Error('the product-health issue has no step to tick');
  issue.body = body.replace(match[0], match[0].replace('- [ ]', '- [x]')).replace(/\r?\n/g, '\r\n');
  return match[1];
}

/** Whether the step `key` is ticked in the body. */
export function isTicked(body: string | undefined, key: string): boolean {
  return (body ?? '')
    .split(/\r?\n/)
    .some((line) => /^- \[[xX]\] /.test(line) && line.endsWith(`<!-- product-health:step:${key} -->`));
}

/** Whether the body's hidden state parses (the trends of the next run depend on it). */
export function hasReadableState(body: string | undefined): boolean {
  return readIssueState(body ?? null) !== null;
}

// ---------------------------------------------------------------------------------------------
// The process

/**
 * Counts the process's unhandled rejections while the file runs (a crash of the app process in
 * production). Call once at the top level of a test file.
 */
export function countUnhandledRejections(): { readonly count: number; readonly reasons: string[] } {
  const reasons: string[] = [];
  const listener = (reason: unknown) => {
    reasons.push(reason instanceof Error ? reason.message : String(reason));
  };
  beforeAll(() => {
    process.on('unhandledRejection', listener);
  });
  afterAll(() => {
    process.off('unhandledRejection', listener);
  });
  return {
    get count() {
      return reasons.length;
    },
    reasons,
  };
}
