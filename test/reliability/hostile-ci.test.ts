/**
 * Hostile CI definitions and hostile configured patterns: YAML alias bombs ("billion laughs") in
 * GitLab CI files, GitHub workflows and issue-template choosers, and catastrophic-backtracking
 * patterns as `deployments.workflow` / `deployments.productionEnvironment` against names built to
 * trigger them. Each scan completes quickly, says which file it could not read, and keeps the rest.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/default-config.js';
import { available } from '../../src/model/part.js';
import type { RawSnapshot, WorkflowRun } from '../../src/model/raw-snapshot.js';
import type { Report } from '../../src/report/report.js';
import { scanRepository } from '../../src/scan/scan-repository.js';
import type { Source } from '../../src/sources/source.js';
import { aliasBomb } from '../helpers/alias-bomb.js';
import { createGitRepo } from '../helpers/git-fixture.js';
import { productRepoSpec } from '../helpers/product-repo.js';
import { validateReport } from '../helpers/report-schema.js';
import { runCliCapture } from '../helpers/run-cli-capture.js';
import { buildSnapshot, DEFAULT_NOW, repoFiles } from '../helpers/snapshot-builder.js';
import { guarded, hostileSuite, roundMs } from './hostile-arbitraries.js';

const SEED = 640_007;
const FILE = 'test/reliability/hostile-ci.test.ts';

const { figures, measure, command } = hostileSuite(FILE, SEED);

const DEPLOY =
  'name: Publication\non: push\njobs:\n  ship:\n    environment: production\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./ship.sh\n';

/** A full scan of an in-memory snapshot, with this configuration text. */
function scanSnapshot(snapshot: RawSnapshot, config: string | null): Promise<Report> {
  const source: Source = {
    kind: 'github',
    readConfig: async () => (config === null ? null : { file: '.github/product-health.yml', text: config }),
    collect: async () => snapshot,
  };
  return scanRepository(source, { now: new Date(DEFAULT_NOW) });
}

function signal(report: Report, id: string) {
  const found = report.signals.find((s) => s.id === id);
  if (!found) throw new Error(`no ${id} signal`);
  return found;
}

/** Patterns that take exponential time on a backtracking engine, with the text that triggers them. */
const REDOS: readonly { pattern: string; bait: (n: number) => string }[] = [
  { pattern: '(a+)+$', bait: (n) => `${'a'.repeat(n)}!` },
  { pattern: '(a|a)+$', bait: (n) => `${'a'.repeat(n)}!` },
  { pattern: '(a|aa)+$', bait: (n) => `${'a'.repeat(n)}!` },
  { pattern: '^(\\w+\\s?)*$', bait: (n) => `${'word '.repeat(n)}!` },
  { pattern: '(.*a){20}', bait: (n) => 'a'.repeat(n) },
  { pattern: '^(prod|p|pr|pro)+$', bait: (n) => `${'prod'.repeat(n)}!` },
];

describe('hostile CI definitions and patterns', () => {
  it('alias bombs in CI files and templates: refused as unreadable YAML, the scan completes', async () => {
    let refused = 0;
    let slowestMs = 0;
    const result = await measure(40, (count) =>
      fc.asyncProperty(
        fc.integer({ min: 2, max: 12 }),
        fc.integer({ min: 2, max: 9 }),
        fc.constantFrom('.gitlab-ci.yml', '.github/workflows/ci.yml', '.circleci/config.yml'),
        fc.boolean(),
        async (fanOut, depth, path, inTemplate) => {
          const bomb = aliasBomb(fanOut, depth);
          const files: Record<string, string> = {
            [path]: `${bomb}\nname: CI\n`,
            '.github/workflows/publication.yml': DEPLOY,
          };
          if (inTemplate)
            files['.github/ISSUE_TEMPLATE/config.yml'] = `${bomb}\ncontact_links: *a${depth - 1}\n`;
          const started = performance.now();
          const report = await guarded(count, () => scanSnapshot(buildSnapshot(repoFiles(files)), null));
          slowestMs = Math.max(slowestMs, performance.now() - started);
          expect(validateReport(JSON.parse(JSON.stringify(report)))).toBe(true);
          const delivery = signal(report, 'delivery-automation');
          expect(delivery.status).toBe('pass');
          expect(delivery.metrics.deployEvidence).toContain(
            '.github/workflows/publication.yml (environment production)',
          );
          // fanOut^depth values once expanded: over the loader's 100,000, the file is refused.
          if (fanOut ** depth > 100_000) {
            refused += 1;
            expect(delivery.metrics.unparsed).toEqual([path]);
          }
          expect(report.signals).toHaveLength(9);
        },
      ),
    );
    expect(refused).toBeGreaterThan(5);
    expect(slowestMs).toBeLessThan(5_000);
    figures.push({
      area: 'hostile input',
      tried:
        'CI files: YAML alias bombs (fan-out 2–12, depth 2–9) in GitLab CI, workflows, CircleCI, templates',
      figures: { ...result, refused, slowestMs: roundMs(slowestMs) },
      command: command('alias bombs in CI files'),
    });
  });

  it('catastrophic-backtracking patterns: run in linear time on names built to trigger them', async () => {
    let slowestMs = 0;
    const result = await measure(40, (count) =>
      fc.asyncProperty(
        fc.constantFrom(...REDOS),
        fc.integer({ min: 20, max: 5_000 }),
        fc.constantFrom('workflow', 'productionEnvironment'),
        async ({ pattern, bait }, n, key) => {
          const name = bait(n);
          const run: WorkflowRun = {
            name,
            path: `.github/workflows/${name}.yml`,
            event: 'push',
            conclusion: 'success',
            headBranch: 'main',
            date: DEFAULT_NOW,
            jobEnvironments: [name],
          };
          const snapshot = buildSnapshot({
            ...repoFiles({
              [`.github/workflows/${name}.yml`]: `name: ${name}\non: push\njobs:\n  j:\n    environment: ${name}\n    steps: [{run: x}]\n`,
            }),
            workflowRuns: available([run]),
            deployments: available([{ environment: name, date: DEFAULT_NOW, state: 'success' }]),
          });
          const config = `deployments:\n  ${key}: '${pattern}'\n`;
          const started = performance.now();
          const report = await guarded(count, () => scanSnapshot(snapshot, config));
          slowestMs = Math.max(slowestMs, performance.now() - started);
          expect(report.configProblems).toEqual([]);
          expect(report.signals).toHaveLength(9);
        },
      ),
    );
    expect(slowestMs).toBeLessThan(5_000);
    figures.push({
      area: 'hostile input',
      tried: 'configuration: catastrophic-backtracking patterns against 20–5,000-character bait names',
      figures: { ...result, slowestMs: roundMs(slowestMs) },
      command: command('catastrophic-backtracking patterns'),
    });
  });

  describe('a whole local scan through the CLI', () => {
    const NOW = '2026-11-22T12:00:00Z';
    const spec = productRepoSpec(NOW);
    const first = spec.commits?.[0];
    if (!first?.files) throw new Error('the product repository spec has no first commit');
    const name = `${'a'.repeat(34)}!`;
    first.files['.gitlab-ci.yml'] = aliasBomb(10, 9);
    first.files['.github/workflows/bomb.yml'] = `${aliasBomb(10, 9)}\nname: CI\n`;
    first.files['.github/workflows/named.yml'] =
      `name: ${name}\non: push\njobs:\n  test:\n    steps: [{run: x}]\n`;
    first.files['.github/product-health.yml'] =
      "language: en\ndeployments:\n  workflow: '(a+)+$'\n  productionEnvironment: '(?<!pre)prod'\n";
    const repo = createGitRepo(spec);
    afterAll(() => repo.cleanup());

    it('completes with the bombs unreadable, the pattern run in linear time, the refused pattern reported', async () => {
      const started = performance.now();
      const { code, stdout, stderr } = await runCliCapture(
        ['scan', repo.dir, '--format', 'json', '--now', NOW],
        {
          cwd: repo.dir,
          now: NOW,
        },
      );
      const seconds = (performance.now() - started) / 1000;
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(seconds).toBeLessThan(30);
      const report = JSON.parse(stdout) as Report;
      expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
      expect(report.signals).toHaveLength(9);
      const delivery = signal(report, 'delivery-automation');
      expect(delivery.metrics.unparsed).toEqual(['.github/workflows/bomb.yml', '.gitlab-ci.yml']);
      expect(delivery.status).toBe('pass');
      expect(report.configProblems).toEqual([
        expect.objectContaining({
          key: 'deployments.productionEnvironment',
          line: 4,
          message: expect.stringContaining('RE2'),
        }),
      ]);
      expect(signal(report, 'vision').status).toBe('pass');
      expect(DEFAULT_CONFIG.deployments.productionEnvironment).not.toBe('(?<!pre)prod');
    });
  });
});
