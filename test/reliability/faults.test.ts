/**
 * Faults of GitHub's API, injected by the simulated GitHub, against the real core: the app through
 * `probot.receive` (and the command line `scan OWNER/REPO --write-issue` for the faults it meets
 * without waiting), with the product's Octokit options — retries on, waits shortened through the
 * plugins' options. Each fault is proven with the same properties: the run finishes; what could not
 * be read is `unknown` with its reason; retries are bounded; one product-health issue, never two;
 * a box a person ticked stays ticked; no unhandled rejection.
 *
 * Every scenario runs three scans of a repository with a next step to tick: a clean one (creates
 * the issue; a person then ticks its step, a release is published and deployed and the roadmap removed, so the next scan has
 * something to write), one under the fault, one after it.
 */
import { describe, expect, it, vi } from 'vitest';
import type {
  SimulatedFaultKind,
  SimulatedFaults,
  SimulatedGitHub,
  SimulatedRequest,
  SimulatedServerFaults,
} from '../../dev/simulated-github/simulated-github.js';
import { GITHUB_NOW, NAME, OWNER, productGitHubSpec } from '../helpers/product-github-spec.js';
import { runCliCapture } from '../helpers/run-cli-capture.js';
import { testClock, useSimulatedGitHub } from '../simulated-github/simulated-server.js';
import {
  countUnhandledRejections,
  markedIssues,
  openMarkedIssues,
  pacedTestOctokit,
  RATE_LIMIT_RETRIES,
  SERVER_ERROR_RETRIES,
  startTestApp,
  tickFirstStep,
} from './fault-harness.js';
import {
  attemptsOfEachRequest,
  type Entry,
  type FaultWorld,
  heldTick,
  type RunOutcome,
  repeatedRequests,
} from './fault-runs.js';
import { recordFigure } from './record-figure.js';

// The writes of a process are spaced by one shared pacer (80 a minute on github.com); against the
// simulator, time is compressed through the variable meant for it, read when the module loads.
vi.hoisted(() => {
  process.env.PRODUCT_HEALTH_WRITES_PER_MINUTE = '60000';
});

const FILE = 'test/reliability/faults.test.ts';
const FULL_NAME = `${OWNER}/${NAME}`;
const NOW = new Date(GITHUB_NOW);
const TREE = 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}';
const CREATE = 'POST /repos/{owner}/{repo}/issues';
const UPDATE = 'PATCH /repos/{owner}/{repo}/issues/{issue_number}';
/** What a scan cannot know without the file tree: the signals read from files. */
const FILE_SIGNALS = ['vision', 'indicators', 'roadmap', 'feedback-channel', 'delivery-automation'];

const rejections = countUnhandledRejections();
const simulatedGitHub = useSimulatedGitHub();

interface Scenario {
  tried: string;
  /** Also through the command line (faults it meets without retrying: its waits are real). */
  cli?: boolean;
  simulator?: Parameters<typeof simulatedGitHub.serve>[1];
  /** The app's Octokit gives a request up after this long. */
  clientTimeoutMs?: number;
  /** The simulated clock moves by the retry-after the client waits (else it stands still). */
  waitsPassTime?: boolean;
  /** Starts the fault, after the clean scan. */
  start(world: FaultWorld): void | Promise<void>;
  /** Ends it, before the last scan. */
  stop(world: FaultWorld): void;
  expected: {
    /** The issue under the fault. */
    action: string;
    /** The reason given for the issue, when it was not kept. */
    message?: RegExp;
    /** Parts of the snapshot unavailable under the fault, with their reason. */
    parts: Record<string, string>;
    /** Signals unknown under the fault. */
    unknown: string[];
    /** Attempts of the most tried request under the fault (1: never retried). */
    attempts: number;
  };
}

/** GraphQL down: what it leaves unknown, the documents included (their contents were not read). */
const GRAPHQL_DOWN_SIGNALS = [
  'deployment-frequency',
  'release-cadence',
  'feedback-handling',
  'team-continuity',
  'vision',
  'indicators',
  'roadmap',
];

const onRoute = (route: string, kind: SimulatedFaultKind, timeoutMs?: number): SimulatedServerFaults => ({
  rate: 0,
  kinds: [],
  ...(timeoutMs ? { timeoutMs } : {}),
  routes: { [route]: { rate: 1, kinds: [kind] } },
});
const specFaults = (world: FaultWorld, faults: SimulatedFaults) => {
  world.simulated.repository(FULL_NAME).faults = faults;
};
const graphqlRequestsSoFar = (world: FaultWorld) =>
  world.simulated.requests.filter((request) => request.kind === 'graphql').length;

const SCENARIOS: Scenario[] = [
  {
    tried: '502 burst (2 answers) on the git tree, shorter than the retries',
    start: (world) => specFaults(world, { rest: { [TREE]: { status: 502, times: 2 } } }),
    stop: (world) => specFaults(world, {}),
    expected: { action: 'updated', parts: {}, unknown: [], attempts: 3 },
  },
  {
    tried: '5xx on every attempt at the git tree, longer than the retries',
    start: (world) =>
      specFaults(world, { rest: { [TREE]: { status: 503, times: SERVER_ERROR_RETRIES + 1 } } }),
    stop: (world) => specFaults(world, {}),
    expected: {
      action: 'updated',
      parts: { files: 'api-fault' },
      unknown: FILE_SIGNALS,
      attempts: SERVER_ERROR_RETRIES + 1,
    },
  },
  {
    tried: '502 burst (3 answers) on GraphQL, shorter than the retries',
    start: (world) => {
      const next = graphqlRequestsSoFar(world) + 1;
      specFaults(world, { graphqlRequests: { [next]: 502, [next + 1]: 502, [next + 2]: 502 } });
    },
    stop: (world) => specFaults(world, {}),
    expected: { action: 'updated', parts: {}, unknown: [], attempts: 4 },
  },
  {
    tried: '502 on every GraphQL request (GraphQL down)',
    start: (world) => world.simulated.setFaults(onRoute('graphql', '502')),
    stop: (world) => world.simulated.setFaults(undefined),
    expected: {
      action: 'skipped',
      message: /could not be looked up/,
      parts: { commits: 'api-fault', releases: 'api-fault', issues: 'api-fault' },
      unknown: GRAPHQL_DOWN_SIGNALS,
      attempts: SERVER_ERROR_RETRIES + 1,
    },
  },
  {
    tried: 'timeouts on the git tree (client gives up after 1 s, answers held 3 s)',
    clientTimeoutMs: 1_000,
    start: (world) => world.simulated.setFaults(onRoute(TREE, 'timeout', 3_000)),
    stop: (world) => world.simulated.setFaults(undefined),
    expected: {
      action: 'updated',
      parts: { files: 'api-fault' },
      unknown: FILE_SIGNALS,
      attempts: SERVER_ERROR_RETRIES + 1,
    },
  },
  {
    tried: 'timeouts on the issue update (applied by GitHub, answer lost)',
    clientTimeoutMs: 1_000,
    start: (world) => world.simulated.setFaults(onRoute(UPDATE, 'timeout', 3_000)),
    stop: (world) => world.simulated.setFaults(undefined),
    expected: {
      action: 'failed',
      message: /malgré les nouvelles tentatives/,
      parts: {},
      unknown: [],
      attempts: SERVER_ERROR_RETRIES + 1,
    },
  },
  {
    tried: 'primary rate limit: the hour’s REST budget spent (403, x-ratelimit-remaining: 0)',
    simulator: { coreRateLimit: { limit: 100 } },
    start: (world) => spendRestBudget(world),
    stop: (world) => world.clock.advance(3_600_001),
    // The reset is an hour away: not waited for, the scan stops and nothing is written from it.
    expected: {
      action: 'rate-limited',
      message: /rate-limited until .* the hour's REST requests are spent; .*rescan scheduled at /,
      parts: {},
      unknown: [],
      attempts: 1,
    },
  },
  {
    tried: 'primary rate limit: the hour’s GraphQL points spent (RATE_LIMITED)',
    simulator: { rateLimit: { limit: 1_000 } },
    start: (world) => spendGraphqlPoints(world),
    stop: (world) => world.clock.advance(3_600_001),
    expected: {
      action: 'rate-limited',
      message: /rate-limited until .* the hour's GraphQL points are spent; .*rescan scheduled at /,
      parts: {},
      unknown: [],
      attempts: 1,
    },
  },
  {
    tried: 'secondary rate limit on the issue update, retry-after honoured',
    simulator: { secondaryRateLimit: { writes: 1, windowMs: 60_000 } },
    waitsPassTime: true,
    start: () => {},
    stop: () => {},
    expected: { action: 'updated', parts: {}, unknown: [], attempts: 2 },
  },
  {
    tried: 'secondary rate limit outlasting the retries',
    simulator: { secondaryRateLimit: { writes: 1, windowMs: 60_000 } },
    start: () => {},
    stop: (world) => world.clock.advance(60_001),
    expected: {
      action: 'failed',
      message: /limite le débit des écritures/,
      parts: {},
      unknown: [],
      attempts: RATE_LIMIT_RETRIES + 1,
    },
  },
  {
    tried: '404 on the git tree (files not found)',
    cli: true,
    start: (world) => specFaults(world, { rest: { [TREE]: 404 } }),
    stop: (world) => specFaults(world, {}),
    expected: { action: 'updated', parts: { files: 'not-found' }, unknown: FILE_SIGNALS, attempts: 1 },
  },
  {
    tried: '410: issues turned off between two scans',
    cli: true,
    start: (world) => {
      world.simulated.repository(FULL_NAME).issuesEnabled = false;
    },
    stop: (world) => {
      world.simulated.repository(FULL_NAME).issuesEnabled = true;
    },
    expected: {
      action: 'skipped',
      message: /tickets \(issues\) sont désactivés/,
      parts: { issues: 'disabled' },
      unknown: ['feedback-handling'],
      attempts: 1,
    },
  },
  {
    tried: '410 on the issue update (issues turned off during the scan)',
    cli: true,
    start: (world) => specFaults(world, { rest: { [UPDATE]: 410 } }),
    stop: (world) => specFaults(world, {}),
    expected: { action: 'failed', message: /\(410\)/, parts: {}, unknown: [], attempts: 1 },
  },
  {
    tried: '403 on reading issues (no Issues: read)',
    cli: true,
    start: (world) =>
      specFaults(world, {
        graphql: {
          'withIssues.health': 'FORBIDDEN',
          'withIssues.feedback': 'FORBIDDEN',
          'withIssues.labels': 'FORBIDDEN',
        },
      }),
    stop: (world) => specFaults(world, {}),
    expected: {
      action: 'skipped',
      message: /could not be looked up/,
      parts: { issues: 'no-permission' },
      unknown: ['feedback-handling'],
      attempts: 1,
    },
  },
  {
    tried: '403 on writing the issue (no Issues: write)',
    cli: true,
    start: (world) => specFaults(world, { rest: { [UPDATE]: 403 } }),
    stop: (world) => specFaults(world, {}),
    expected: { action: 'failed', message: /Issues: write/, parts: {}, unknown: [], attempts: 1 },
  },
  {
    tried: 'malformed JSON on every GraphQL answer',
    cli: true,
    start: (world) => world.simulated.setFaults(onRoute('graphql', 'malformed')),
    stop: (world) => world.simulated.setFaults(undefined),
    expected: {
      action: 'skipped',
      message: /could not be looked up/,
      parts: { commits: 'api-fault', releases: 'api-fault' },
      unknown: GRAPHQL_DOWN_SIGNALS,
      attempts: 1,
    },
  },
  {
    tried: 'malformed JSON on the git tree',
    cli: true,
    start: (world) => world.simulated.setFaults(onRoute(TREE, 'malformed')),
    stop: (world) => world.simulated.setFaults(undefined),
    expected: { action: 'updated', parts: { files: 'api-fault' }, unknown: FILE_SIGNALS, attempts: 1 },
  },
];

/** Spends what is left of the REST budget, as other work with the same token would. */
async function spendRestBudget(world: FaultWorld): Promise<void> {
  while (world.simulated.stats().rateLimits.core.remaining > 0) {
    await fetch(`${world.url}/repos/${FULL_NAME}/issues/1`).then((answer) => answer.arrayBuffer());
  }
}

/** Spends what is left of the GraphQL points. */
function spendGraphqlPoints(world: FaultWorld): void {
  while (world.simulated.stats().rateLimits.graphql.remaining > 0) {
    world.simulated.executeGraphql('{ rateLimit { cost } }');
  }
}

/** The product repository without its vision document: "write the vision" is a step to tick. */
function repositoryWithAStep() {
  const spec = productGitHubSpec();
  delete spec.files?.['docs/produit/vision.md'];
  return spec;
}

async function serve(scenario: Scenario): Promise<FaultWorld> {
  const clock = testClock(new Date().toISOString());
  const { simulated, url } = await simulatedGitHub.serve([repositoryWithAStep()], {
    now: clock.now,
    ...scenario.simulator,
  });
  return { simulated, url, clock };
}

async function appEntry(world: FaultWorld, scenario: Scenario): Promise<Entry> {
  const warnings: string[] = [];
  const app = await startTestApp({
    url: world.url,
    now: NOW,
    Octokit: pacedTestOctokit({
      warn: (message) => warnings.push(message),
      clientTimeoutMs: scenario.clientTimeoutMs,
      onSecondaryWait: (seconds) => {
        if (scenario.waitsPassTime) world.clock.advance(seconds * 1000);
      },
    }),
  });
  return {
    async run(): Promise<RunOutcome> {
      const before = app.scanned.length;
      const linesBefore = app.lines.length;
      await app.pushAndDrain(OWNER, NAME);
      const scanned = app.scanned.slice(before);
      const result = scanned[0];
      const limited = app.lines
        .slice(linesBefore)
        .find((line) => line.level === 'warn' && line.message.includes(': rate-limited'));
      if (!result && limited) {
        return { finished: true, report: null, action: 'rate-limited', message: limited.message };
      }
      return {
        finished: scanned.length === 1,
        report: result?.report ?? null,
        action: result?.issue?.action ?? null,
        message: result?.issue?.message ?? null,
      };
    },
  };
}

function cliEntry(world: FaultWorld): Entry {
  return {
    async run(): Promise<RunOutcome> {
      const { code, stdout, stderr } = await runCliCapture(
        ['scan', FULL_NAME, '--write-issue', '--format', 'json'],
        { now: GITHUB_NOW, env: { GITHUB_TOKEN: 'reliability-token', GITHUB_API_URL: world.url } },
      );
      const line = /^Product-health issue: ([a-z-]+).*$/m.exec(stderr);
      return {
        finished: code === 0,
        report: code === 0 ? JSON.parse(stdout) : null,
        action: line?.[1] ?? null,
        message: line?.[0] ?? null,
      };
    },
  };
}

/** What the three scans of a scenario left behind. */
interface ScenarioRun {
  world: FaultWorld;
  runs: { clean: RunOutcome; faulty: RunOutcome; after: RunOutcome };
  /** The requests the simulator saw during the scan under the fault. */
  faultyRequests: SimulatedRequest[];
  faultsInjected: number;
  rateLimitRefusals: number;
  tickedUnderFault: boolean;
  tickedAfter: boolean;
  crashes: number;
}

/** The clean scan, a person's tick and a release, the scan under the fault, the scan after it. */
async function runScenario(scenario: Scenario, entryKind: 'app' | 'cli'): Promise<ScenarioRun> {
  const world = await serve(scenario);
  const entry = entryKind === 'app' ? await appEntry(world, scenario) : cliEntry(world);
  const rejectionsBefore = rejections.count;

  const clean = await entry.run();
  const [issue] = markedIssues(world.simulated, FULL_NAME);
  if (!issue) throw new Error(`the clean scan wrote no product-health issue (${clean.action})`);
  const step = tickFirstStep(issue);
  shipAndDropRoadmap(world);

  await scenario.start(world);
  const from = world.simulated.requests.length;
  const before = world.simulated.stats();
  const faulty = await entry.run();
  const faultyRequests = world.simulated.requests.slice(from);
  const stats = world.simulated.stats();
  const tickedUnderFault = heldTick(openMarkedIssues(world.simulated, FULL_NAME)[0]?.body, step);
  scenario.stop(world);
  const after = await entry.run();
  return {
    world,
    runs: { clean, faulty, after },
    faultyRequests,
    faultsInjected: stats.faults.total - before.faults.total,
    rateLimitRefusals:
      stats.refusals.primary + stats.refusals.secondary - before.refusals.primary - before.refusals.secondary,
    tickedUnderFault,
    tickedAfter: heldTick(openMarkedIssues(world.simulated, FULL_NAME)[0]?.body, step, { shown: true }),
    crashes: rejections.count - rejectionsBefore,
  };
}

/** A test name as vitest's `-t` reads it: a regular expression. */
function namePattern(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function recordScenario(scenario: Scenario, entryKind: 'app' | 'cli', run: ScenarioRun): void {
  const { clean, faulty, after } = run.runs;
  const runs = [clean, faulty, after];
  const attempts = attemptsOfEachRequest(run.faultyRequests);
  recordFigure({
    area: 'faults',
    tried: `${scenario.tried} (${entryKind === 'app' ? 'app' : 'CLI'})`,
    figures: {
      runs: runs.length,
      completed: runs.filter((outcome) => outcome.finished).length,
      crashes: run.crashes,
      duplicated: markedIssues(run.world.simulated, FULL_NAME).length - 1,
      'lost edits': run.tickedUnderFault && run.tickedAfter ? 0 : 1,
      requests: run.faultyRequests.length,
      retries: repeatedRequests(run.faultyRequests),
      'most attempts': Math.max(0, ...attempts.values()),
      'faults injected': run.faultsInjected,
      'rate-limit refusals': run.rateLimitRefusals,
      unknown: (faulty.report?.signals ?? []).filter((signal) => signal.status === 'unknown').length,
    },
    command: `npx vitest run ${FILE} -t "${entryKind === 'cli' ? 'CLI: ' : ''}${namePattern(scenario.tried)}"`,
  });
}

/** The five promises, under the fault and after it. */
function checkPromises(scenario: Scenario, run: ScenarioRun): void {
  const { clean, faulty, after } = run.runs;
  const { expected } = scenario;
  // The runs finish.
  expect([clean, faulty, after].map((outcome) => outcome.finished)).toEqual([true, true, true]);
  expect(clean.action).toBe('created');
  // What could not be read is unknown, with the reason.
  const parts = Object.fromEntries(
    (faulty.report?.unavailable ?? []).map((part) => [part.part, part.reason]),
  );
  expect(parts).toMatchObject(expected.parts);
  if (Object.keys(expected.parts).length === 0) expect(parts).toEqual({});
  const statusOf = (id: string) => faulty.report?.signals.find((signal) => signal.id === id)?.status;
  for (const id of expected.unknown) expect(statusOf(id), id).toBe('unknown');
  expect(faulty.action).toBe(expected.action);
  if (expected.message) expect(faulty.message).toMatch(expected.message);
  // A rate limit leaves the repository for after the reset: nothing is written from a truncated scan.
  if (expected.action === 'rate-limited') {
    expect(faulty.report).toBeNull();
    expect(
      run.faultyRequests.filter((request) => request.method !== 'GET' && request.kind === 'rest'),
    ).toEqual([]);
  }
  // Retries are bounded: the most tried request was tried exactly as the retry rules say.
  expect(Math.max(0, ...attemptsOfEachRequest(run.faultyRequests).values())).toBe(expected.attempts);
  // One product-health issue, never two, and it stays open.
  expect(markedIssues(run.world.simulated, FULL_NAME)).toHaveLength(1);
  expect(openMarkedIssues(run.world.simulated, FULL_NAME)).toHaveLength(1);
  // The tick survives the fault, and is shown once the data is back.
  expect(run.tickedUnderFault).toBe(true);
  expect(run.tickedAfter).toBe(true);
  expect(after.report?.unavailable).toEqual([]);
  expect(['updated', 'unchanged']).toContain(after.action);
  // No crash.
  expect(run.crashes).toBe(0);
}

async function proveScenario(scenario: Scenario, entryKind: 'app' | 'cli'): Promise<void> {
  const run = await runScenario(scenario, entryKind);
  recordScenario(scenario, entryKind, run);
  checkPromises(scenario, run);
}

describe('faults through the app (probot.receive, the product’s Octokit options)', () => {
  it.each(SCENARIOS.map((scenario) => [scenario.tried, scenario] as const))(
    '%s',
    async (_tried, scenario) => {
      await proveScenario(scenario, 'app');
    },
    60_000,
  );
});

describe('faults through the command line (scan OWNER/REPO --write-issue)', () => {
  const scenarios = SCENARIOS.filter((scenario) => scenario.cli);
  it.each(scenarios.map((scenario) => [scenario.tried, scenario] as const))(
    'CLI: %s',
    async (_tried, scenario) => {
      await proveScenario(scenario, 'cli');
    },
    60_000,
  );
});

describe('a fault on the first scan', () => {
  const tried = 'malformed JSON answering the issue creation (created by GitHub, answer cut)';
  it(tried, async () => {
    const world = await serve({ tried, start: () => {}, stop: () => {}, expected: NO_EXPECTATIONS });
    world.simulated.setFaults(onRoute(CREATE, 'malformed'));
    const app = await startTestApp({ url: world.url, now: NOW, Octokit: pacedTestOctokit() });
    const rejectionsBefore = rejections.count;

    await app.pushAndDrain(OWNER, NAME);
    const created = app.scanned[0]?.issue;
    const [issue] = markedIssues(world.simulated, FULL_NAME);
    if (!issue) throw new Error('no product-health issue was created');
    const step = tickFirstStep(issue);
    shipAndDropRoadmap(world);
    await app.pushAndDrain(OWNER, NAME);
    world.simulated.setFaults(undefined);
    await app.pushAndDrain(OWNER, NAME);

    const creations = world.simulated.requests.filter((request) => request.route === CREATE);
    const open = openMarkedIssues(world.simulated, FULL_NAME);
    recordFigure({
      area: 'faults',
      tried: `${tried} (app)`,
      figures: {
        runs: 3,
        completed: app.scanned.length,
        crashes: rejections.count - rejectionsBefore,
        duplicated: markedIssues(world.simulated, FULL_NAME).length - 1,
        'lost edits': heldTick(open[0]?.body, step, { shown: true }) ? 0 : 1,
        requests: world.simulated.requests.length,
        creations: creations.length,
      },
      command: `npx vitest run ${FILE} -t "${namePattern(tried)}"`,
    });

    expect(app.scanned.map((scan) => scan.issue?.action)).toEqual(['created', 'updated', 'unchanged']);
    // The cut answer carried no number: the re-read after the creation told which issue it is.
    expect(creations).toHaveLength(1);
    expect(created?.issue?.number).toBe(issue.number);
    expect(markedIssues(world.simulated, FULL_NAME)).toHaveLength(1);
    expect(open).toHaveLength(1);
    expect(heldTick(open[0]?.body, step, { shown: true })).toBe(true);
    expect(rejections.count - rejectionsBefore).toBe(0);
  });
});

/**
 * Between two scans: a release and its production deployment, and the roadmap leaves the
 * repository — a change the issue shows (a deployment alone only moves facts that a healthy
 * signal's one line leaves out).
 */
function shipAndDropRoadmap(world: { simulated: SimulatedGitHub }): void {
  const repository = world.simulated.repository(FULL_NAME);
  repository.releases?.push({ tagName: 'v9.0.0', createdAt: '2026-11-21T10:00:00Z' });
  repository.deployments?.push({
    environment: 'production',
    createdAt: '2026-11-21T10:05:00Z',
    state: 'success',
  });
  const files = repository.files ?? {};
  if (!('FEUILLE-DE-ROUTE.md' in files)) throw new Error('the scenario repository has no roadmap to remove');
  delete files['FEUILLE-DE-ROUTE.md'];
}

const NO_EXPECTATIONS: Scenario['expected'] = { action: '', parts: {}, unknown: [], attempts: 0 };
