import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/default-config.js';
import { available, unavailable } from '../../src/model/part.js';
import type { Commit, Deployment, RawSnapshot, WorkflowRun } from '../../src/model/raw-snapshot.js';
import { deploymentBand, deploymentFrequencySignal } from '../../src/signals/deployment-frequency/signal.js';
import { buildSnapshot } from '../helpers/snapshot-builder.js';

const NOW = '2026-03-31T12:00:00.000Z';
const DAY = 86_400_000;

/** Every part available and empty, at a fixed `now`. */
const snapshot = (overrides: Partial<RawSnapshot> = {}): RawSnapshot =>
  buildSnapshot({ now: NOW, ...overrides });

function evaluate(snap: RawSnapshot, config = DEFAULT_CONFIG) {
  return deploymentFrequencySignal.evaluate({
    snapshot: snap,
    config,
    thresholds: { ...deploymentFrequencySignal.defaults },
    now: new Date(snap.now),
  });
}

const daysAgo = (days: number) => new Date(Date.parse(NOW) - days * DAY).toISOString();

/** `count` items spread every `everyDays` days, starting `firstDaysAgo` ago. */
function spread<T>(count: number, everyDays: number, make: (date: string) => T, firstDaysAgo = 1): T[] {
  return Array.from({ length: count }, (_, i) => make(daysAgo(firstDaysAgo + i * everyDays)));
}

const deployment = (date: string, state: Deployment['state'] = 'success', environment = 'production') =>
  ({ environment, date, state }) satisfies Deployment;

const run = (date: string, over: Partial<WorkflowRun> = {}): WorkflowRun => ({
  name: 'Deploy',
  path: '.github/workflows/deploy.yml',
  event: 'push',
  conclusion: 'success',
  headBranch: 'main',
  date,
  jobEnvironments: [],
  ...over,
});

const commit = (date: string, firstParent = true): Commit => ({
  sha: date,
  author: { name: 'Camille', email: 'camille@beta.gouv.fr', login: 'camille', isBot: false },
  date,
  firstParent,
});

describe('deployment-frequency', () => {
  it('passes with a weekly or faster rhythm of GitHub deployments to production (high confidence)', () => {
    const result = evaluate(snapshot({ deployments: available(spread(26, 3.4, (d) => deployment(d))) }));
    expect(result.status).toBe('pass');
    expect(result.source).toBe('deployments');
    expect(result.metrics).toMatchObject({
      count: 26,
      source: 'deployments',
      confidence: 'high',
      band: 'high',
    });
    expect(result.metrics.perWeek).toBeCloseTo(2.02, 1);
    expect(result.metrics.daysSinceLast).toBe(1);
    expect(result.score).toBeGreaterThanOrEqual(80);
    expect(result.advice).toBeNull();
    expect(result.evidence).toContainEqual({ kind: 'api', ref: 'deployments' });
  });

  it('counts active and inactive deployments as successes, not failed or pending ones', () => {
    const deployments = [
      deployment(daysAgo(1), 'active'),
      deployment(daysAgo(5), 'inactive'),
      deployment(daysAgo(8), 'success'),
      deployment(daysAgo(9), 'failure'),
      deployment(daysAgo(10), 'error'),
      deployment(daysAgo(11), 'pending'),
      deployment(daysAgo(12), null),
      deployment(daysAgo(2), 'success', 'staging'),
    ];
    expect(evaluate(snapshot({ deployments: available(deployments) })).metrics.count).toBe(3);
  });

  it('matches production environments case-insensitively and ignores deployments outside the window', () => {
    const deployments = [
      deployment(daysAgo(3), 'success', 'Production'),
      deployment(daysAgo(4), 'success', 'PROD-eu'),
      deployment(daysAgo(200), 'success', 'production'),
    ];
    const result = evaluate(snapshot({ deployments: available(deployments) }));
    expect(result.metrics.count).toBe(2);
  });

  it('warns between monthly and weekly (medium band) and fails below monthly (low band)', () => {
    const monthly = evaluate(snapshot({ deployments: available(spread(6, 14, (d) => deployment(d))) }));
    expect(monthly.status).toBe('warn');
    expect(monthly.metrics.band).toBe('medium');
    expect(monthly.score).toBeGreaterThanOrEqual(50);
    expect(monthly.score).toBeLessThan(80);
    expect(monthly.advice?.fr).toContain('par semaine');

    const rare = evaluate(snapshot({ deployments: available([deployment(daysAgo(40))]) }));
    expect(rare.status).toBe('fail');
    expect(rare.metrics.band).toBe('low');
    expect(rare.metrics.daysSinceLast).toBe(40);
    expect(rare.score).toBeLessThan(50);
  });

  it('fails when production deployments exist but none succeeded in the window', () => {
    const result = evaluate(
      snapshot({ deployments: available([deployment(daysAgo(2), 'failure'), deployment(daysAgo(120))]) }),
    );
    expect(result.status).toBe('fail');
    expect(result.source).toBe('deployments');
    expect(result.metrics).toMatchObject({ count: 0, daysSinceLast: 120 });
  });

  it('reads the thresholds from the context', () => {
    const snap = snapshot({ deployments: available(spread(6, 14, (d) => deployment(d))) });
    const result = deploymentFrequencySignal.evaluate({
      snapshot: snap,
      config: DEFAULT_CONFIG,
      thresholds: { passPerWeek: 0.4, warnPerWeek: 0.1 },
      now: new Date(NOW),
    });
    expect(result.status).toBe('pass');
  });

  it('falls back to successful deploy workflow runs on the default branch when no production deployment exists', () => {
    const runs = [
      ...spread(13, 7, (d) => run(d, { jobEnvironments: ['production'], name: 'CD' })),
      run(daysAgo(2), { conclusion: 'failure' }),
      run(daysAgo(3), { headBranch: 'feature/x' }),
      run(daysAgo(4), { event: 'pull_request' }),
      run(daysAgo(5), { name: 'Tests', path: '.github/workflows/ci.yml' }),
    ];
    const result = evaluate(
      snapshot({
        deployments: available([deployment(daysAgo(1), 'success', 'staging')]),
        workflowRuns: available(runs),
      }),
    );
    expect(result.source).toBe('workflow-runs');
    expect(result.metrics).toMatchObject({ count: 13, confidence: 'medium', source: 'workflow-runs' });
    expect(result.metrics.skipped).toEqual(['deployments: no deployment to a production environment']);
    expect(result.status).toBe('pass');
    expect(result.evidence).toContainEqual({ kind: 'file', ref: '.github/workflows/deploy.yml' });
  });

  it('counts tag-triggered release workflow runs and rates name-only matches as low confidence', () => {
    const runs = [
      run(daysAgo(10), {
        name: 'Release',
        path: '.github/workflows/release.yml',
        event: 'push',
        headBranch: 'v1.2.0',
      }),
      run(daysAgo(20), {
        name: 'Release',
        path: '.github/workflows/release.yml',
        event: 'release',
        headBranch: 'v1.1.0',
      }),
    ];
    const result = evaluate(
      snapshot({ workflowRuns: available(runs), tags: available([{ name: 'v1.2.0', date: daysAgo(10) }]) }),
    );
    expect(result.metrics).toMatchObject({ count: 2, confidence: 'low', source: 'workflow-runs' });
    expect(result.advice?.en).toContain('environment: production');
  });

  it('uses the configured workflow pattern', () => {
    const runs = spread(13, 7, (d) => run(d, { name: 'Ship it', path: '.github/workflows/ship.yml' }));
    const skipped = evaluate(snapshot({ workflowRuns: available(runs) }));
    expect(skipped.status).toBe('unknown');
    const config = { ...DEFAULT_CONFIG, deployments: { ...DEFAULT_CONFIG.deployments, workflow: 'ship' } };
    expect(evaluate(snapshot({ workflowRuns: available(runs) }), config).metrics.count).toBe(13);
  });

  it('counts first-parent pushes to the default branch when the repo auto-deploys on a PaaS', () => {
    const commits = [...spread(20, 4, (d) => commit(d)), ...spread(30, 2, (d) => commit(d, false))];
    const result = evaluate(
      snapshot({
        deployments: unavailable('offline', 'local checkout'),
        workflowRuns: unavailable('offline', 'local checkout'),
        files: available(['Procfile', 'scalingo.json', 'src/index.ts']),
        commits: available(commits),
      }),
    );
    expect(result.source).toBe('paas-pushes');
    expect(result.metrics).toMatchObject({ count: 20, confidence: 'low', source: 'paas-pushes' });
    expect(result.metrics.skipped).toEqual([
      'deployments: unavailable (offline)',
      'workflowRuns: unavailable (offline)',
    ]);
    expect(result.status).toBe('pass');
    expect(result.evidence).toEqual([
      { kind: 'file', ref: 'Procfile' },
      { kind: 'file', ref: 'scalingo.json' },
      { kind: 'git', ref: 'commits' },
    ]);
  });

  it('prefers production deployments over workflow runs and PaaS pushes', () => {
    const result = evaluate(
      snapshot({
        deployments: available([deployment(daysAgo(1))]),
        workflowRuns: available(spread(20, 2, (d) => run(d))),
        files: available(['Procfile']),
        commits: available(spread(40, 1, (d) => commit(d))),
      }),
    );
    expect(result.source).toBe('deployments');
    expect(result.metrics.count).toBe(1);
  });

  it('prefers workflow runs over PaaS pushes', () => {
    const result = evaluate(
      snapshot({
        workflowRuns: available([run(daysAgo(1))]),
        files: available(['Procfile']),
        commits: available(spread(40, 1, (d) => commit(d))),
      }),
    );
    expect(result.source).toBe('workflow-runs');
    expect(result.metrics.count).toBe(1);
  });

  it('is unknown, never failing, when no source has evidence, and says what was looked at', () => {
    const result = evaluate(
      snapshot({
        deployments: unavailable('no-permission', 'deployments: read'),
        files: available(['README.md']),
      }),
    );
    expect(result.status).toBe('unknown');
    expect(result.score).toBeNull();
    expect(result.metrics.skipped).toEqual([
      'deployments: unavailable (no-permission)',
      'workflowRuns: no deploy workflow run on the default branch',
      'files: no production branch or tags (workflow trigger, docs, PaaS descriptor)',
    ]);
    expect(result.measured.fr).toContain('permission manquante');
    expect(result.advice?.en).toContain('deployments.productionEnvironment');
    expect(result.advice?.en).toContain('deployments.workflow');
  });

  it('is unknown when the PaaS descriptor exists but commits are unavailable', () => {
    const result = evaluate(
      snapshot({
        files: available(['Procfile']),
        commits: unavailable('not-a-git-repository', ''),
      }),
    );
    expect(result.status).toBe('unknown');
    expect(result.metrics.skipped).toContain('commits: unavailable (not-a-git-repository)');
  });

  it('bands rates as DORA 2023 does', () => {
    expect(deploymentBand(3)).toBe('elite');
    expect(deploymentBand(1)).toBe('high');
    expect(deploymentBand(1 / 7)).toBe('high');
    expect(deploymentBand(1 / 10)).toBe('medium');
    expect(deploymentBand(3 / 90)).toBe('medium');
    expect(deploymentBand(1 / 60)).toBe('low');
  });
});
