import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import nock from 'nock';
import { type Logger, Probot, ProbotOctokit } from 'probot';
import { createProductHealthApp } from '../../src/app/app.js';
import type { OverviewScheduler } from '../../src/app/overview-scheduler.js';
import { RescanScheduler } from '../../src/app/rescan-scheduler.js';
import type { ScannedRepository } from '../../src/app/scan-installation-repository.js';
import { HEALTH_ISSUE_MARKER } from '../../src/issue/issue-marker.js';
import {
  type FakeGitHub,
  type FakeIssue,
  type FakeRepositorySpec,
  writesOf,
} from '../helpers/fake-github.js';
import { openapiExample } from '../helpers/openapi-examples.js';
import { FULL_NAME, GITHUB_NOW, NAME, OWNER, productGitHubSpec } from '../helpers/product-github-spec.js';
import { type LogLine, recordingLogger } from '../helpers/recording-logger.js';
import { testPrivateKey } from '../helpers/test-private-key.js';
import type { FakeGitHubLifecycle } from '../helpers/use-fake-github.js';

export const INSTALLATION_ID = 4242;
export const REPOSITORY_ID = 777_001;
export const ARCHIVED_NAME = 'ancien-service';
export const WEBHOOK_SECRET = 'product-health-test-secret';
const API = 'https://api.github.com';

export { testPrivateKey } from '../helpers/test-private-key.js';

/**
 * Probot's Octokit without retries or throttling: a refused request fails at once, and GraphQL
 * queries and writes are not spaced a second apart. A function, not an object: Probot sets its own
 * `throttle` options over plain defaults, and this runs after it.
 */
export const TestOctokit: typeof ProbotOctokit = ProbotOctokit.defaults(
  (options: Record<string, unknown> = {}) => ({
    ...options,
    retry: { enabled: false },
    throttle: { ...(options.throttle as object | undefined), enabled: false },
  }),
);

// ---------------------------------------------------------------------------------------------
// Logs

export { type LogLine, recordingLogger } from '../helpers/recording-logger.js';

// ---------------------------------------------------------------------------------------------
// GitHub: the app's own routes (nock) in front of the fake

export interface ListedRepository {
  id: number;
  owner: string;
  name: string;
  archived?: boolean;
}

/** The product repository and an archived one, as `GET /installation/repositories` lists them. */
export const INSTALLATION_REPOSITORIES: ListedRepository[] = [
  { id: REPOSITORY_ID, owner: OWNER, name: NAME },
  { id: REPOSITORY_ID + 1, owner: OWNER, name: ARCHIVED_NAME, archived: true },
];

function listedRepository(repository: ListedRepository): Record<string, unknown> {
  const example = openapiExample<{ repositories: Array<Record<string, unknown>> }>('repository-paginated-2')
    .repositories[0];
  return {
    ...example,
    id: repository.id,
    name: repository.name,
    full_name: `${repository.owner}/${repository.name}`,
    owner: { ...(example?.owner as Record<string, unknown>), login: repository.owner },
    archived: repository.archived === true,
    default_branch: 'main',
  };
}

/**
 * The routes only an app calls, which the fake does not model: installation tokens and the
 * installation's repositories (by installation, from the token the request carries). Install it
 * BEFORE `FakeGitHub.intercept()`: nock answers with the first interceptor that matches.
 */
export function interceptAppRoutes(
  repositoriesByInstallation: Record<number, ListedRepository[]> = {
    [INSTALLATION_ID]: INSTALLATION_REPOSITORIES,
  },
  installations: Array<{ id: number; account: string; suspended?: boolean }> = [],
): { tokenRequests: number[]; appAuthorizations: string[] } {
  const tokenRequests: number[] = [];
  const appAuthorizations: string[] = [];
  const scope = nock(API).persist();
  scope.post(/^\/app\/installations\/\d+\/access_tokens$/).reply((request: Request) => {
    const id = Number(/installations\/(\d+)\//.exec(request.url)?.[1]);
    tokenRequests.push(id);
    const token = openapiExample<Record<string, unknown>>('installation-token');
    return [201, { ...token, token: `ghs_installation${id}token`, expires_at: '2099-01-01T00:00:00Z' }];
  });
  scope.get(/^\/installation\/repositories(\?.*)?$/).reply((request: Request) => {
    const authorization = request.headers.get('authorization') ?? '';
    const id = Number(/ghs_installation(\d+)token/.exec(authorization)?.[1]);
    const repositories = (repositoriesByInstallation[id] ?? []).map(listedRepository);
    return [200, { total_count: repositories.length, repositories }];
  });
  scope.get(/^\/app\/installations(\?.*)?$/).reply((request: Request) => {
    appAuthorizations.push(request.headers.get('authorization') ?? '');
    const template = openapiExample<Array<Record<string, unknown>>>('base-installation-items')[0];
    return [
      200,
      installations.map((installation) => ({
        ...template,
        id: installation.id,
        account: { login: installation.account, type: 'Organization' },
        suspended_at: installation.suspended ? '2026-01-01T00:00:00Z' : null,
      })),
    ];
  });
  return { tokenRequests, appAuthorizations };
}

/** The product repository on a fresh fake of the file's `useFakeGitHub()`, behind the app's routes. */
export function serveProduct(
  fakeGitHub: FakeGitHubLifecycle,
  specs: FakeRepositorySpec[] = [productGitHubSpec()],
): FakeGitHub {
  interceptAppRoutes();
  return fakeGitHub.serve(specs);
}

// ---------------------------------------------------------------------------------------------
// The app under Probot

export interface TestApp {
  probot: Probot;
  scheduler: RescanScheduler;
  scanned: ScannedRepository[];
  lines: LogLine[];
}

/** Probot authenticated as app 1 (the test key and webhook secret, `TestOctokit`), logging to `logger`. */
export function testProbot(logger: Logger): Probot {
  return new Probot({
    appId: 1,
    privateKey: testPrivateKey(),
    secret: WEBHOOK_SECRET,
    Octokit: TestOctokit,
    log: logger,
  });
}

/**
 * Probot authenticated as app 1 with the product-health app loaded; rescans wait until drained.
 * No organisation overview unless an overview scheduler is given.
 */
export async function loadTestApp(
  options: { delayMs?: number; overview?: OverviewScheduler } = {},
): Promise<TestApp> {
  const { logger, lines } = recordingLogger();
  const probot = testProbot(logger);
  const scheduler = new RescanScheduler({ delayMs: options.delayMs ?? 3_600_000, concurrency: 4 });
  const scanned: ScannedRepository[] = [];
  await probot.load(
    createProductHealthApp({
      scheduler,
      overviewScheduler: options.overview ?? null,
      now: () => new Date(GITHUB_NOW),
      onScanned: (result) => scanned.push(result),
    }),
  );
  return { probot, scheduler, scanned, lines };
}

// ---------------------------------------------------------------------------------------------
// Webhook examples (@octokit/webhooks-examples), moved to the fake's repository

interface WebhookDefinition {
  name: string;
  examples: Array<Record<string, unknown>>;
}

const require = createRequire(import.meta.url);
let definitions: WebhookDefinition[] | null = null;

/** Every example payload of an event, as published by `@octokit/webhooks-examples`. */
export function webhookExamples(name: string): Array<Record<string, unknown>> {
  definitions ??= JSON.parse(
    readFileSync(require.resolve('@octokit/webhooks-examples/api.github.com/index.json'), 'utf8'),
  ) as WebhookDefinition[];
  const definition = definitions.find((candidate) => candidate.name === name);
  if (!definition) throw new Error(`@octokit/webhooks-examples has no ${name} event`);
  return definition.examples.map((example) => structuredClone(example));
}

type Json = Record<string, unknown>;

/**
 * An example moved to `example/trouve-ta-formation` (default branch `main`) and to the test
 * installation: repository names, owners, URLs and ids rewritten.
 */
export function rehomed(payload: Json): Json {
  const text = JSON.stringify(payload).replace(
    /(Codertocat|octocat|octo-org)\/(Hello-World|octo-repo|Space)/g,
    FULL_NAME,
  );
  const moved = JSON.parse(text) as Json;
  const repository = moved.repository as Json | undefined;
  if (repository) {
    Object.assign(repository, {
      id: REPOSITORY_ID,
      name: NAME,
      full_name: FULL_NAME,
      default_branch: 'main',
    });
    if ('master_branch' in repository) repository.master_branch = 'main';
    Object.assign(repository.owner as Json, { login: OWNER });
  }
  if (typeof moved.ref === 'string')
    moved.ref = moved.ref.replace(/^refs\/heads\/master$/, 'refs/heads/main');
  const installation = (moved.installation as Json | undefined) ?? {};
  moved.installation = { ...installation, id: INSTALLATION_ID };
  if (installation.account) Object.assign(installation.account as Json, { login: OWNER });
  for (const list of ['repositories', 'repositories_added', 'repositories_removed']) {
    const repositories = moved[list] as Json[] | undefined;
    if (!repositories) continue;
    moved[list] = repositories.map((listed) => ({
      ...listed,
      id: REPOSITORY_ID,
      name: NAME,
      full_name: FULL_NAME,
    }));
  }
  return moved;
}

let delivery = 0;

/** A delivery id, unique in the run. */
export function deliveryId(): string {
  delivery += 1;
  return `00000000-0000-4000-8000-${String(delivery).padStart(12, '0')}`;
}

// ---------------------------------------------------------------------------------------------
// What the fake saw

/** GraphQL operations and REST routes the fake answered, for the product repository only. */
export function productReads(fake: FakeGitHub): string[] {
  return fake.requests
    .filter((request) => request.kind === 'graphql' || request.path.includes(`/repos/${FULL_NAME}/`))
    .filter((request) => request.method === 'GET' || request.kind === 'graphql')
    .map((request) => request.operationName ?? request.route ?? request.path);
}

/** The product-health issue of the product repository (found by its marker); throws when there is none. */
export function healthIssue(github: FakeGitHub): FakeIssue {
  const found = (github.repository(FULL_NAME).issues ?? []).find((issue) =>
    issue.body?.includes(HEALTH_ISSUE_MARKER),
  );
  if (!found) throw new Error('no product-health issue');
  return found;
}

/** Delivers one webhook event to the app, as GitHub would (a fresh delivery id). */
export async function receive(app: TestApp, name: string, payload: Record<string, unknown>): Promise<void> {
  await app.probot.receive({ id: deliveryId(), name, payload } as never);
}

/** REST writes the fake answered. */
export function writes(fake: FakeGitHub): string[] {
  return writesOf(fake).map((request) => request.route ?? `${request.method} ${request.path}`);
}

/** How many times the repository was read from the start (one per scan). */
export function scanCount(fake: FakeGitHub): number {
  return fake.requests.filter((request) => request.operationName === 'RepositoryOverview').length;
}
