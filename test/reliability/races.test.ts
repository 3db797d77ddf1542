/**
 * Races: many events for one repository at once, and two app processes (two Probot instances, each
 * with its own scheduler and tokens) receiving the same installation events for a whole simulated
 * organisation, with latency so that their requests interleave. However the events fall: exactly
 * one open product-health issue per repository, whose body is what a fresh single scan renders.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  generateOrganisation,
  type SampleRepository,
} from '../../dev/simulated-github/generate-organisation.js';
import type { SimulatedGitHub, SimulatedIssue } from '../../dev/simulated-github/simulated-github.js';
import { GITHUB_NOW, NAME, OWNER, productGitHubSpec } from '../helpers/product-github-spec.js';
import { runCliCapture } from '../helpers/run-cli-capture.js';
import { useSimulatedGitHub } from '../simulated-github/simulated-server.js';
import {
  countUnhandledRejections,
  hasReadableState,
  installationCreatedPayload,
  markedIssues,
  openMarkedIssues,
  pushPayload,
  startTestApp,
  type TestApp,
} from './fault-harness.js';
import { recordFigure } from './record-figure.js';

// The writes of a process are spaced by one shared pacer (80 a minute on github.com); against the
// simulator, time is compressed through the variable meant for it, read when the module loads.
vi.hoisted(() => {
  process.env.PRODUCT_HEALTH_WRITES_PER_MINUTE = '60000';
});

const FILE = 'test/reliability/races.test.ts';
const NOW = new Date(GITHUB_NOW);
const CREATE = 'POST /repos/{owner}/{repo}/issues';

const rejections = countUnhandledRejections();
const simulatedGitHub = useSimulatedGitHub();

/** What a fresh single scan would write: the command line's dry run prints the issue body. */
async function freshScan(url: string, fullName: string): Promise<{ body: string; writes: number }> {
  const { code, stdout, stderr } = await runCliCapture(['scan', fullName, '--dry-run'], {
    now: GITHUB_NOW,
    env: { GITHUB_TOKEN: 'reliability-token', GITHUB_API_URL: url },
  });
  if (code !== 0) throw new Error(`the fresh scan of ${fullName} failed: ${stderr}`);
  const writes = Number(/would send (\d+) write/.exec(stderr)?.[1] ?? Number.NaN);
  return { body: stdout, writes };
}

/** The REST writes the simulator applied or refused since `from`, by route. */
function writesSince(github: SimulatedGitHub, from: number, route: string): number {
  return github.requests.slice(from).filter((request) => request.route === route).length;
}

/** Comments a closed duplicate received (the note linking to the issue kept). */
function duplicateNotes(issue: SimulatedIssue): number {
  return (issue.comments ?? []).filter((comment) => /doublon|duplicates/.test(comment.body ?? '')).length;
}

describe('20 concurrent events for one repository, one app', () => {
  const tried = '20 events of 5 kinds for one repository, sent while its scans run';
  it(tried, async () => {
    const spec = productGitHubSpec();
    delete spec.files?.['docs/produit/vision.md'];
    const { simulated, url } = await simulatedGitHub.serve([spec], {
      now: () => NOW,
      latencyMs: { min: 2, max: 25 },
      seed: 20,
    });
    const app = await startTestApp({ url, now: NOW, delayMs: 0 });
    const rejectionsBefore = rejections.count;
    const fullName = `${OWNER}/${NAME}`;

    // Spread over ~300 ms: the first ones start a scan, the others land during it and after.
    await Promise.all(
      Array.from({ length: 20 }, (_, index) => sleep(index * 15).then(() => app.receive(...eventFor(index)))),
    );
    await app.scheduler.drain();

    const open = openMarkedIssues(simulated, fullName);
    const fresh = await freshScan(url, fullName);
    const creations = writesSince(simulated, 0, CREATE);
    recordFigure({
      area: 'races',
      tried,
      figures: {
        events: 20,
        scans: app.scanned.length,
        crashes: rejections.count - rejectionsBefore,
        creations,
        'open issues': open.length,
        duplicated: markedIssues(simulated, fullName).length - 1,
        requests: simulated.requests.length,
      },
      command: `npx vitest run ${FILE} -t "${tried}"`,
    });

    // The scheduler serialises one repository's scans: never two at once, so never two creations.
    expect(app.scanned.length).toBeGreaterThanOrEqual(1);
    expect(app.scanned.length).toBeLessThan(20);
    expect(creations).toBe(1);
    expect(markedIssues(simulated, fullName)).toHaveLength(1);
    expect(open).toHaveLength(1);
    expect(hasReadableState(open[0]?.body)).toBe(true);
    expect(fresh).toEqual({ body: open[0]?.body, writes: 0 });
    expect(app.lines.filter((line) => line.level === 'error')).toEqual([]);
    expect(rejections.count - rejectionsBefore).toBe(0);
  });
});

/** Event `index` of the burst: a push, a release, a deployment, a labelled feedback issue, a comment on it. */
function eventFor(index: number): [string, Record<string, unknown>] {
  const base = pushPayload(OWNER, NAME);
  const { repository, installation } = base;
  const sender = { login: 'camille', type: 'User' };
  const feedback = {
    number: 9_000 + index,
    body: 'La recherche ne marche pas',
    labels: [{ name: 'Retour utilisateur' }],
  };
  switch (index % 5) {
    case 0:
      return ['push', base];
    case 1:
      return [
        'release',
        { action: 'published', release: { tag_name: `v9.${index}.0` }, repository, installation, sender },
      ];
    case 2:
      return [
        'deployment_status',
        { action: 'created', deployment_status: { state: 'success' }, repository, installation, sender },
      ];
    case 3:
      return [
        'issues',
        {
          action: 'labeled',
          issue: feedback,
          label: { name: 'Retour utilisateur' },
          repository,
          installation,
          sender,
        },
      ];
    default:
      return [
        'issue_comment',
        {
          action: 'created',
          issue: feedback,
          comment: { body: 'Merci !' },
          repository,
          installation,
          sender,
        },
      ];
  }
}

describe('two app processes on one organisation', () => {
  const tried = 'two app processes, the same installation.created for 13 repositories, 5–40 ms latency';
  it(tried, async () => {
    const owner = 'race-produits';
    const samples = generateOrganisation({ owner, repositories: 13, seed: 31, now: NOW });
    const { simulated, url } = await simulatedGitHub.serve(
      samples.map((sample) => sample.spec),
      { now: () => NOW, latencyMs: { min: 5, max: 40 }, seed: 31 },
    );
    const processes = [
      await startTestApp({ url, now: NOW, delayMs: 0, concurrency: 4 }),
      await startTestApp({ url, now: NOW, delayMs: 0, concurrency: 4 }),
    ];
    const rejectionsBefore = rejections.count;
    const names = samples.map((sample) => sample.spec.name);

    await deliverToBoth(processes, installationCreatedPayload(owner, names));
    const kept = samples.filter(isKept);
    const outcome = keptIssues(simulated, kept);
    const requestsAfterRace = simulated.requests.length;

    // The same events again, once converged: nothing left to write.
    await deliverToBoth(processes, installationCreatedPayload(owner, names));
    const writesOnceConverged = simulated.requests
      .slice(requestsAfterRace)
      .filter((request) => request.kind === 'rest' && request.method !== 'GET').length;

    const fresh = await Promise.all(kept.map((sample) => freshScan(url, fullNameOf(sample))));
    const transient = outcome.marked - kept.length;
    recordFigure({
      area: 'races',
      tried,
      figures: {
        processes: 2,
        repositories: samples.length,
        'issues kept': kept.length,
        scans: processes.reduce((sum, app) => sum + app.scanned.length, 0),
        crashes: rejections.count - rejectionsBefore,
        creations: writesSince(simulated, 0, CREATE),
        'duplicates created': transient,
        'duplicates closed in the run': outcome.closedDuplicates,
        'open duplicates left': outcome.open - kept.length,
        'notes per duplicate (max)': outcome.mostNotes,
        'writes once converged': writesOnceConverged,
        requests: simulated.requests.length,
      },
      command: `npx vitest run ${FILE} -t "two app processes"`,
    });

    // Both processes scanned every repository but the archived ones.
    const scannable = samples.filter((sample) => !sample.spec.archived).length;
    for (const app of processes) expect(app.scanned.length).toBeGreaterThanOrEqual(scannable);
    // The race did happen: both processes created an issue for some repository…
    expect(transient).toBeGreaterThan(0);
    // …and each repository ended with exactly one open issue, every duplicate closed in the run.
    expect(outcome.open).toBe(kept.length);
    expect(outcome.perRepository.every((count) => count === 1)).toBe(true);
    expect(outcome.closedDuplicates).toBe(transient);
    expect(outcome.badlyClosed).toEqual([]);
    expect(outcome.mostNotes).toBe(1);
    for (const sample of samples.filter((candidate) => !isKept(candidate))) {
      expect(markedIssues(simulated, fullNameOf(sample)), sample.spec.name).toEqual([]);
    }
    // The bodies are consistent: the hidden state parses, and a fresh scan would write the same.
    for (const [index, sample] of kept.entries()) {
      const [issue] = openMarkedIssues(simulated, fullNameOf(sample));
      expect(hasReadableState(issue?.body), sample.spec.name).toBe(true);
      expect(fresh[index], sample.spec.name).toEqual({ body: issue?.body, writes: 0 });
    }
    expect(writesOnceConverged).toBe(0);
    for (const app of processes) expect(app.lines.filter((line) => line.level === 'error')).toEqual([]);
    expect(rejections.count - rejectionsBefore).toBe(0);
  }, 120_000);
});

async function deliverToBoth(processes: TestApp[], payload: Record<string, unknown>): Promise<void> {
  await Promise.all(processes.map((app) => app.receive('installation', payload)));
  await Promise.all(processes.map((app) => app.scheduler.drain()));
}

function fullNameOf(sample: SampleRepository): string {
  return `${sample.spec.owner}/${sample.spec.name}`;
}

/** A repository whose product-health issue is kept: not archived, issues on. */
function isKept(sample: SampleRepository): boolean {
  return !sample.spec.archived && sample.spec.issuesEnabled !== false;
}

/** The marked issues of the repositories, counted, with how their duplicates were closed. */
function keptIssues(github: SimulatedGitHub, samples: SampleRepository[]) {
  const perRepository: number[] = [];
  const badlyClosed: string[] = [];
  let marked = 0;
  let open = 0;
  let closedDuplicates = 0;
  let mostNotes = 0;
  for (const sample of samples) {
    const issues = markedIssues(github, fullNameOf(sample));
    const opened = issues.filter((issue) => (issue.state ?? 'open') === 'open');
    marked += issues.length;
    open += opened.length;
    perRepository.push(opened.length);
    for (const issue of issues.filter((candidate) => candidate.state === 'closed')) {
      closedDuplicates += 1;
      mostNotes = Math.max(mostNotes, duplicateNotes(issue));
      // The one kept is the oldest: a duplicate is always newer, closed as not planned, with its note.
      const older = (opened[0]?.number ?? 0) < (issue.number ?? 0);
      if (!older || issue.stateReason !== 'not_planned' || duplicateNotes(issue) === 0) {
        badlyClosed.push(`${sample.spec.name} #${issue.number}`);
      }
    }
  }
  return { marked, open, closedDuplicates, mostNotes, perRepository, badlyClosed };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
