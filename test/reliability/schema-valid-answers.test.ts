/**
 * Every request the product sends to GitHub answered with random data that GitHub's published
 * schemas allow (GraphQL: `@octokit/graphql-schema`, REST: `@octokit/openapi`): nullable fields
 * null, lists empty or short, interfaces and unions resolved to any of their types, field errors
 * nulling their part, documented error statuses. The scan (and the comparison reading) must end
 * with a complete, schema-valid report and an issue body under the limit, with its marker — never
 * a crash. A repository GitHub answers as missing ends with the clear `RepositoryAccessError`.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../dev/simulated-github/seeded-random.js';
import { listInstallationRepositories } from '../../src/app/installation-repositories.js';
import { compareRepositories } from '../../src/compare/compare-repositories.js';
import { OwnerListingError, OwnerNotFoundError } from '../../src/compare/list-owner-repositories.js';
import { GitHubClient } from '../../src/github/github-client.js';
import { createGitHubSource, RepositoryAccessError } from '../../src/github/github-source.js';
import { isRateLimitedError } from '../../src/github/rate-limited-error.js';
import { HEALTH_ISSUE_MARKER } from '../../src/issue/issue-marker.js';
import { MAX_BODY_CHARS, renderIssueBody } from '../../src/issue/render-issue-body.js';
import { PILLAR_IDS, SIGNAL_IDS } from '../../src/model/ids.js';
import { keepOverviewIssue } from '../../src/overview/keep-overview-issue.js';
import { OVERVIEW_MARKER } from '../../src/overview/overview-body.js';
import { renderReport } from '../../src/render/render-report.js';
import { scanGitHubRepository } from '../../src/scan/scan-github-repository.js';
import { validateReport } from '../helpers/report-schema.js';
import { type ReliabilityFigure, recordFigure } from './record-figure.js';
import {
  type AnsweredRequests,
  type AnswerStyle,
  newAnswered,
  productRestRoutes,
  schemaAnsweringOctokit,
  valueForSchema,
} from './schema-answers.js';

const FILE = 'test/reliability/schema-valid-answers.test.ts';
/** Fixed seeds: each one runs its own sequence of cases, reproduced by fast-check on failure. */
const SEEDS = [7_101, 7_202, 7_303, 7_404, 7_505];
const NOW = new Date('2026-11-22T12:00:00.000Z');
/** Generous: the runs take seconds, the machine may be shared. */
const TIMEOUT = 180_000;

const validateComparison = new Ajv({ allErrors: true, strict: false, logger: false }).compile(
  JSON.parse(readFileSync('schemas/comparison.schema.json', 'utf8')),
);

const figures: ReliabilityFigure[] = [];
afterAll(() => {
  for (const figure of figures) recordFigure(figure);
});

const style: fc.Arbitrary<AnswerStyle> = fc.record({
  nulls: fc.constantFrom(0, 0.05, 0.2, 0.5),
  fieldErrors: fc.constantFrom(0, 0, 0.002, 0.02),
  maxList: fc.constantFrom(0, 2, 5),
});

interface Tally {
  cases: number;
  /** Rows of the comparisons (repositories read or scanned). */
  rows: number;
  completed: number;
  notFound: number;
  /** Runs stopped by a `RATE_LIMITED` answer: a clear outcome, nothing reported from them. */
  rateLimited: number;
  crashes: number;
  answered: AnsweredRequests;
}

function newTally(): Tally {
  return {
    cases: 0,
    rows: 0,
    completed: 0,
    notFound: 0,
    rateLimited: 0,
    crashes: 0,
    answered: newAnswered(),
  };
}

function total(map: Map<string, number>): number {
  return [...map.values()].reduce((sum, value) => sum + value, 0);
}

/** Runs the property once per seed; a crash is counted before fast-check reports it. */
async function runSeeds<T>(runsPerSeed: number, property: () => fc.IAsyncProperty<T>): Promise<number> {
  const started = performance.now();
  for (const seed of SEEDS) await fc.assert(property(), { seed, numRuns: runsPerSeed });
  return Math.round((performance.now() - started) / (SEEDS.length * runsPerSeed));
}

function nextSeedFrom(g: fc.GeneratorValue): () => number {
  return () => g(fc.integer, { min: 0, max: 0xffff_ffff });
}

describe('schema-valid answers to every request: no crash, a complete report', () => {
  it(
    'a scan (overview, details, tree, workflow runs, configuration, health issue writes) ends in a valid report',
    async () => {
      const tally = newTally();
      const msPerRun = await runSeeds(60, () =>
        fc.asyncProperty(
          fc.gen(),
          style,
          fc.constantFrom('write', 'dry-run'),
          async (g, answerStyle, mode) => {
            tally.cases += 1;
            const octokit = schemaAnsweringOctokit({
              nextSeed: nextSeedFrom(g),
              style: answerStyle,
              now: NOW.getTime(),
              answered: tally.answered,
            });
            const client = new GitHubClient(octokit);
            let result: Awaited<ReturnType<typeof scanGitHubRepository>>;
            try {
              result = await scanGitHubRepository(
                createGitHubSource({ client, owner: 'example', repo: 'trouve-ta-formation' }),
                {
                  now: NOW,
                  writeIssue: mode === 'write',
                  dryRun: mode === 'dry-run',
                },
              );
            } catch (error) {
              if (error instanceof RepositoryAccessError) {
                tally.notFound += 1;
                return;
              }
              if (isRateLimitedError(error)) {
                tally.rateLimited += 1;
                return;
              }
              tally.crashes += 1;
              throw error;
            }
            const { report, issue, state } = result;
            expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
            // Complete: every pillar and every signal, each with a status (unknown when unread).
            expect(report.pillars.map((pillar) => pillar.id).sort()).toEqual([...PILLAR_IDS].sort());
            expect(report.signals.map((signal) => signal.id).sort()).toEqual([...SIGNAL_IDS].sort());
            renderReport(report, 'markdown');
            renderReport(report, 'text');
            const body = issue?.body || renderIssueBody(report, state, { ticked: new Set() }).body;
            expect(body.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
            expect(body).toContain(HEALTH_ISSUE_MARKER);
            tally.completed += 1;
          },
        ),
      );

      const { graphql, rest, unknownRoutes } = tally.answered;
      expect(tally.crashes).toBe(0);
      expect(unknownRoutes).toEqual([]);
      expect([...graphql.keys()].sort()).toEqual([
        'LabelledIssues',
        'ProductionBranch',
        'RepositoryDetails',
        'RepositoryOverview',
      ]);
      expect([...rest.keys()].sort()).toEqual([
        'GET /repos/{owner}/{repo}/actions/runs',
        'GET /repos/{owner}/{repo}/contents/{path}',
        'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
        'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
        'POST /repos/{owner}/{repo}/issues',
        'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      ]);
      expect(tally.completed).toBeGreaterThan(tally.cases / 2);
      figures.push({
        area: 'hostile input',
        tried:
          'schema-valid answers: random GraphQL and REST answers from GitHub’s published schemas to a scan',
        figures: {
          seeds: SEEDS.length,
          cases: tally.cases,
          completed: tally.completed,
          'not found': tally.notFound,
          'rate-limited': tally.rateLimited,
          'queries answered': total(graphql),
          'REST answers': total(rest),
          crashes: tally.crashes,
          msPerRun,
        },
        command: `npx vitest run ${FILE} -t "a scan"`,
      });
    },
    TIMEOUT,
  );

  it(
    'a comparison (owner listing, compared repositories, their scans, the overview issue) ends in a valid comparison',
    async () => {
      const tally = newTally();
      const msPerRun = await runSeeds(30, () =>
        fc.asyncProperty(
          fc.gen(),
          style.map((s) => ({ ...s, maxList: Math.min(s.maxList, 2) })),
          fc.boolean(),
          fc.constantFrom('write', 'dry-run', 'read'),
          async (g, answerStyle, byOwner, mode) => {
            tally.cases += 1;
            const octokit = schemaAnsweringOctokit({
              nextSeed: nextSeedFrom(g),
              style: answerStyle,
              now: NOW.getTime(),
              answered: tally.answered,
            });
            let comparison: Awaited<ReturnType<typeof compareRepositories>>;
            try {
              comparison = await compareRepositories({
                octokit,
                webUrl: 'https://github.com',
                target: byOwner
                  ? { owner: 'example' }
                  : { repositories: ['example/trouve-ta-formation', 'example/autre'] },
                now: NOW,
                maxAgeDays: 30,
                writeIssues: mode !== 'read',
                dryRun: mode === 'dry-run',
                includeArchived: false,
                includeForks: false,
                concurrency: 1,
                shard: null,
              });
            } catch (error) {
              if (error instanceof OwnerNotFoundError || error instanceof OwnerListingError) {
                tally.notFound += 1;
                return;
              }
              if (isRateLimitedError(error)) {
                tally.rateLimited += 1;
                return;
              }
              tally.crashes += 1;
              throw error;
            }
            expect(validateComparison(comparison), JSON.stringify(validateComparison.errors)).toBe(true);
            tally.rows += comparison.rows.length;
            // The app and the Action then keep the owner's overview issue.
            const overview = await keepOverviewIssue({
              client: new GitHubClient(octokit),
              owner: 'example',
              repo: '.github',
              comparison,
              subject: 'example',
              language: mode === 'read' ? 'en' : 'fr',
              label: 'product-health',
              dryRun: mode !== 'write',
            }).catch((error: unknown) => {
              tally.crashes += 1;
              throw error;
            });
            expect(overview.body.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
            expect(overview.body).toContain(OVERVIEW_MARKER);
            tally.completed += 1;
          },
        ),
      );

      const { graphql, unknownRoutes } = tally.answered;
      expect(tally.crashes).toBe(0);
      expect(unknownRoutes).toEqual([]);
      expect([...graphql.keys()]).toEqual(
        expect.arrayContaining([
          'OwnerRepositories',
          'ComparedRepositories',
          'RepositoryOverview',
          'RepositoryDetails',
          'LabelledIssues',
        ]),
      );
      figures.push({
        area: 'hostile input',
        tried:
          'schema-valid answers: random GraphQL and REST answers from GitHub’s published schemas to a comparison',
        figures: {
          seeds: SEEDS.length,
          cases: tally.cases,
          completed: tally.completed,
          'owner not listed': tally.notFound,
          'rate-limited': tally.rateLimited,
          rows: tally.rows,
          'queries answered': total(graphql),
          'REST answers': total(tally.answered.rest),
          crashes: tally.crashes,
          msPerRun,
        },
        command: `npx vitest run ${FILE} -t "a comparison"`,
      });
    },
    TIMEOUT,
  );
});

describe('schema-valid answers to the app’s listing of an installation’s repositories', () => {
  it('lists what GitHub answered, or fails with Octokit’s error for a documented error status', async () => {
    let listed = 0;
    let refused = 0;
    const answered = newAnswered();
    for (const seed of SEEDS) {
      await fc.assert(
        fc.asyncProperty(fc.gen(), style, async (g, answerStyle) => {
          const octokit = schemaAnsweringOctokit({
            nextSeed: nextSeedFrom(g),
            style: answerStyle,
            now: NOW.getTime(),
            answered,
          });
          try {
            const repositories = await listInstallationRepositories(octokit);
            for (const repository of repositories) {
              expect(typeof repository.owner).toBe('string');
              expect(typeof repository.repo).toBe('string');
            }
            listed += 1;
          } catch (error) {
            // A documented error status (403, 304…) is Octokit's RequestError, which the app logs.
            expect((error as { name?: string }).name).toBe('HttpError');
            refused += 1;
          }
        }),
        { seed, numRuns: 20 },
      );
    }
    expect(answered.rest.get('GET /installation/repositories')).toBeGreaterThan(0);
    expect(listed).toBeGreaterThan(refused);
    figures.push({
      area: 'hostile input',
      tried:
        'schema-valid answers: random REST answers to the app’s listing of an installation’s repositories',
      figures: {
        seeds: SEEDS.length,
        cases: listed + refused,
        listed,
        'error statuses': refused,
        'REST answers': total(answered.rest),
        crashes: 0,
      },
      command: `npx vitest run ${FILE} -t "installation"`,
    });
  });
});

describe('the answers themselves follow the schemas', () => {
  it('REST bodies drawn for every route the product calls validate against the OpenAPI description', () => {
    const description = JSON.parse(
      readFileSync(new URL(import.meta.resolve('@octokit/openapi/generated/api.github.com.json')), 'utf8'),
    ) as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    const ajv = new Ajv({ strict: false, logger: false, allErrors: true });
    ajv.addSchema(
      forAjv({ components: (description as unknown as { components: unknown }).components }) as object,
      'openapi',
    );
    const random = seededRandom(7_000);
    let checked = 0;
    for (const route of productRestRoutes()) {
      const [method = '', path = ''] = route.split(' ');
      const responses = description.paths[path]?.[method.toLowerCase()]?.responses ?? {};
      for (const [status, response] of Object.entries(responses)) {
        const resolved = resolveResponse(response, description);
        const schema = resolved?.content?.['application/json']?.schema;
        if (!schema) continue;
        const validate = ajv.compile(forAjv(schema) as Record<string, unknown>);
        for (let i = 0; i < 10; i++) {
          const body = valueForSchema(
            schema,
            random,
            { nulls: 0.3, fieldErrors: 0, maxList: 3 },
            NOW.getTime(),
          );
          expect(validate(body), `${route} ${status}: ${JSON.stringify(validate.errors)}`).toBe(true);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

type Response = { content?: Record<string, { schema?: Record<string, unknown> }> };

function resolveResponse(response: unknown, description: unknown): Response | null {
  const ref = (response as { $ref?: string }).$ref;
  if (!ref) return response as Response;
  return ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], description) as Response;
}

/**
 * The OpenAPI 3.0 dialect for Ajv: `#/components/…` references pointed at the document registered
 * as `openapi`, `nullable` without `type` (which Ajv refuses) spelled as `anyOf` with null, and
 * `oneOf` read as `anyOf` (GitHub's alternatives overlap: `null` fits two nullable ones).
 */
function forAjv(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(forAjv);
  if (value === null || typeof value !== 'object') return value;
  const node: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const name = key === 'oneOf' ? 'anyOf' : key;
    node[name] =
      key === '$ref' && typeof child === 'string' ? child.replace(/^#\//, 'openapi#/') : forAjv(child);
  }
  if (node.nullable === true && Array.isArray(node.enum) && !node.enum.includes(null)) {
    node.enum = [...node.enum, null];
  }
  if ('nullable' in node && !('type' in node)) {
    const { nullable, ...rest } = node;
    return nullable ? { anyOf: [rest, { type: 'null' }] } : rest;
  }
  return node;
}
