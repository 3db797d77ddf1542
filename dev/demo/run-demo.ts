import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Octokit } from '@octokit/rest';
import { createNodeMiddleware, Probot, ProbotOctokit } from 'probot';
import { createProductHealthApp } from '../../src/app/app.js';
import { RescanScheduler } from '../../src/app/rescan-scheduler.js';
import type { ScannedRepository } from '../../src/app/scan-installation-repository.js';
import { compareRepositories } from '../../src/compare/compare-repositories.js';
import type { Comparison } from '../../src/compare/comparison.js';
import { hasHealthMarker } from '../../src/issue/issue-marker.js';
import { generateOrganisation, type SampleRepository } from '../simulated-github/generate-organisation.js';
import { serveSimulatedGitHub } from '../simulated-github/serve-simulated-github.js';
import { SimulatedGitHub } from '../simulated-github/simulated-github.js';
import { installationCreatedDelivery } from './installation-webhook.js';

export interface DemoOptions {
  owner: string;
  repositories: number;
  seed: number;
  now: Date;
  /** Longest wait for the scans, in milliseconds. */
  timeoutMs: number;
}

export interface DemoRepository {
  sample: SampleRepository;
  /** The scan the app ran, null for a repository it left out (archived) or could not scan. */
  scanned: ScannedRepository | null;
  /** The product-health issue as it stands in the simulated GitHub, null when none was written. */
  issue: { number: number; body: string } | null;
}

export interface DemoResult {
  repositories: DemoRepository[];
  /** What a coach's `product-health compare` gives once the app has kept every issue. */
  comparison: Comparison;
  /** Repositories whose scan failed, with the logged reason. */
  failures: string[];
  githubUrl: string;
  appUrl: string;
  elapsedMs: number;
  requests: number;
}

/**
 * Probot's Octokit without GitHub's pacing (one content-creating request — and one GraphQL query —
 * a second per installation): the demo talks to a simulated GitHub on loopback, not to GitHub. A
 * function, not an object: Probot sets its own `throttle` options over plain defaults.
 */
const UNPACED_OCTOKIT: typeof ProbotOctokit = ProbotOctokit.defaults(
  (options: Record<string, unknown> = {}) => ({
    ...options,
    throttle: { ...(options.throttle as object | undefined), enabled: false },
  }),
);

const INSTALLATION_ID = 1;
const APP_ID = 1;
const WEBHOOK_SECRET = 'product-health-demo';

/**
 * The newcomer's demo: a simulated GitHub with a sample organisation on loopback, the real app
 * server (Probot's node middleware with the product-health app) pointed at it like a GitHub
 * Enterprise Server, one signed `installation.created` webhook over HTTP — then the app scans every
 * repository and writes every product-health issue, as it would on a real organisation.
 */
export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  const started = Date.now();
  const samples = generateOrganisation({
    owner: options.owner,
    repositories: options.repositories,
    seed: options.seed,
    now: options.now,
  });
  const github = new SimulatedGitHub(
    samples.map((sample) => sample.spec),
    { baseUrl: 'http://127.0.0.1/api/v3', now: () => new Date() },
  );
  const githubServer = await serveSimulatedGitHub(github);
  const expected = samples.filter((sample) => !sample.spec.archived).length;
  const scans = new Map<string, ScannedRepository>();
  const failures: string[] = [];
  let appServer: Server | null = null;
  try {
    let markDone: () => void = () => {};
    const done = new Promise<void>((resolve) => {
      markDone = resolve;
    });
    const check = () => {
      if (scans.size + failures.length >= expected) markDone();
    };
    const scheduler = new RescanScheduler({
      delayMs: 0,
      maxDelayMs: 0,
      concurrency: 8,
      onError: (key, error) => {
        failures.push(`${key}: ${String(error)}`);
        check();
      },
    });
    const onScanned = (result: ScannedRepository) => {
      scans.set(`${result.owner}/${result.repo}`, result);
      check();
    };

    const probot = new Probot({
      Octokit: UNPACED_OCTOKIT,
      appId: APP_ID,
      privateKey: demoPrivateKey(),
      secret: WEBHOOK_SECRET,
      baseUrl: `${githubServer.url}/api/v3`,
      logLevel: 'error',
    });
    const middleware = await createNodeMiddleware(
      createProductHealthApp({
        settings: { rescanDelayMs: 0, rescanMaxDelayMs: 0, concurrency: 8, problems: [] },
        scheduler,
        onScanned,
        now: () => options.now,
      }),
      { probot },
    );
    appServer = createServer((request, response) => {
      void middleware(request, response, () => {
        response.writeHead(404).end();
      });
    });
    await new Promise<void>((resolve) => appServer?.listen(0, '127.0.0.1', resolve));
    const appUrl = `http://127.0.0.1:${(appServer.address() as AddressInfo).port}`;

    const delivery = installationCreatedDelivery({
      installationId: INSTALLATION_ID,
      owner: options.owner,
      repositories: samples.map((sample) => sample.spec.name),
      secret: WEBHOOK_SECRET,
    });
    const answer = await fetch(`${appUrl}/api/github/webhooks`, {
      method: 'POST',
      headers: delivery.headers,
      body: delivery.body,
    });
    if (!answer.ok) throw new Error(`the app refused the installation webhook (HTTP ${answer.status})`);
    await withTimeout(done, options.timeoutMs, 'the scans did not finish in time');
    // A coach's view once the app has kept every issue: stored states read, nothing written.
    const comparison = await compareRepositories({
      octokit: new Octokit({ auth: 'demo-coach-token', baseUrl: `${githubServer.url}/api/v3` }),
      webUrl: githubServer.url,
      target: { owner: options.owner },
      now: options.now,
      maxAgeDays: 7,
      writeIssues: false,
      dryRun: false,
      includeArchived: false,
      includeForks: false,
      concurrency: 8,
      shard: null,
    });

    return {
      comparison,
      repositories: samples.map((sample) => ({
        sample,
        scanned: scans.get(`${sample.spec.owner}/${sample.spec.name}`) ?? null,
        issue: healthIssueOf(github, `${sample.spec.owner}/${sample.spec.name}`),
      })),
      failures,
      githubUrl: githubServer.url,
      appUrl,
      elapsedMs: Date.now() - started,
      requests: github.requests.length,
    };
  } finally {
    await new Promise<void>((resolve) => (appServer ? appServer.close(() => resolve()) : resolve()));
    await githubServer.close();
  }
}

function healthIssueOf(github: SimulatedGitHub, fullName: string): DemoRepository['issue'] {
  const issue = (github.repository(fullName).issues ?? []).find((candidate) =>
    hasHealthMarker(candidate.body ?? null),
  );
  if (!issue?.number || !issue.body) return null;
  return { number: issue.number, body: issue.body };
}

async function withTimeout(promise: Promise<void>, ms: number, message: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} (${Math.round(ms / 1000)} s)`)), ms);
  });
  try {
    await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A private key made for this run only: the simulated GitHub accepts any signed token. */
function demoPrivateKey(): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
}
