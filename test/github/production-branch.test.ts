import { Octokit } from '@octokit/rest';
import { describe, expect, it } from 'vitest';
import { GitHubClient } from '../../src/github/github-client.js';
import { createGitHubSource } from '../../src/github/github-source.js';
import type { Report, SignalReport } from '../../src/report/report.js';
import { scanGitHubRepository } from '../../src/scan/scan-github-repository.js';
import type { FakeRepositorySpec } from '../helpers/fake-github.js';
import { SILENT_LOG } from '../helpers/fake-github.js';
import { graphqlProblems } from '../helpers/github-schema.js';
import { GITHUB_NOW, NAME, OWNER, productGitHubSpec } from '../helpers/product-github-spec.js';
import { validateReport } from '../helpers/report-schema.js';
import { useFakeGitHub } from '../helpers/use-fake-github.js';

const fakeGitHub = useFakeGitHub();
const DAY = 86_400_000;
const at = (daysAgo: number, minutes = 0) =>
  new Date(Date.parse(GITHUB_NOW) - daysAgo * DAY + minutes * 60_000).toISOString();

async function scan(): Promise<Report> {
  const octokit = new Octokit({ auth: 'ghs_x', log: SILENT_LOG });
  const source = createGitHubSource({ client: new GitHubClient(octokit), owner: OWNER, repo: NAME });
  const { report } = await scanGitHubRepository(source, {
    now: new Date(GITHUB_NOW),
    writeIssue: false,
    dryRun: false,
  });
  return report;
}

function signal(report: Report, id: string): SignalReport {
  const found = report.signals.find((s) => s.id === id);
  if (!found) throw new Error(`no signal ${id}`);
  return found;
}

const PRODUCTION_ON_BRANCH =
  'name: Mise en production\non:\n  push:\n    branches: [prod]\njobs:\n  deploy:\n    environment: production\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./deploy.sh\n';
const STAGING_ON_DEV =
  'name: Déploiement recette\non:\n  push:\n    branches: [dev]\njobs:\n  deploy:\n    environment: staging\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./deploy.sh staging\n';
const PRODUCTION_ON_TAGS =
  "name: Production\non:\n  push:\n    tags: ['v*']\njobs:\n  deploy:\n    environment: production\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./deploy.sh\n";

/** The product repository with no GitHub deployment nor deploy run: only its own words say what ships. */
function spec(workflows: Record<string, string>, defaultBranch = 'main'): FakeRepositorySpec {
  const base = productGitHubSpec({ deployments: false });
  const files = { ...base.files };
  delete files['.github/workflows/deploy.yml'];
  delete files.Procfile;
  return { ...base, defaultBranch, files: { ...files, ...workflows }, workflowRuns: [] };
}

describe('GitHub source: production read from the repository’s own words', () => {
  it('reads the production branch with one more request when it is not the default branch', async () => {
    const repository = spec(
      { '.github/workflows/prod.yml': PRODUCTION_ON_BRANCH, '.github/workflows/recette.yml': STAGING_ON_DEV },
      'dev',
    );
    const prod = [];
    for (let week = 12; week >= 1; week--) {
      prod.push({
        date: at(week * 7),
        authorName: 'Camille Martin',
        authorEmail: 'camille@beta.gouv.fr',
        message: `merge ${week}`,
      });
    }
    // A rebased pull request: two commits in the same minute are one push; a bot-only push is left out.
    prod.push({ date: at(3), authorName: 'Inès Roy', authorEmail: 'ines@beta.gouv.fr', message: 'a' });
    prod.push({ date: at(3, 1), authorName: 'Inès Roy', authorEmail: 'ines@beta.gouv.fr', message: 'b' });
    prod.push({ date: at(2), authorName: 'dependabot[bot]', login: 'dependabot[bot]', message: 'bump' });
    repository.branches = { prod };
    const github = fakeGitHub.serve([repository]);
    const report = await scan();

    // A typical repository takes at most 4 reads; production on another branch, one more.
    expect(github.requests.length).toBeLessThanOrEqual(5);
    const production = github.requests.filter((r) => r.operationName === 'ProductionBranch');
    expect(production).toHaveLength(1);
    expect(graphqlProblems(production[0]?.query ?? '')).toEqual([]);
    const deployments = signal(report, 'deployment-frequency');
    expect(deployments.source).toBe('branch-pushes');
    expect(deployments.metrics).toMatchObject({
      count: 13,
      unit: 'push',
      productionTarget: 'branch prod',
      trigger: 'on.push.branches: prod',
      botPushes: 1,
    });
    expect(deployments.status).toBe('pass');
    expect(signal(report, 'release-cadence').status).toBe('not-applicable');
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
  });

  it('says which production branch GitHub does not have, and reads nothing more', async () => {
    const github = fakeGitHub.serve([spec({ '.github/workflows/prod.yml': PRODUCTION_ON_BRANCH }, 'dev')]);
    const report = await scan();
    expect(github.requests.length).toBeLessThanOrEqual(5);
    const deployments = signal(report, 'deployment-frequency');
    expect(deployments.status).toBe('unknown');
    expect(deployments.measured).toContain('branche de production prod (on.push.branches: prod)');
    expect(deployments.measured).toContain('la branche prod est introuvable');
  });

  it('counts the tags that trigger production, within the budget of a typical repository', async () => {
    const repository = spec({ '.github/workflows/production.yml': PRODUCTION_ON_TAGS });
    repository.tags = Array.from({ length: 15 }, (_, index) => ({
      name: `v3.${index}.0`,
      date: at(80 - index * 5),
      annotated: true,
    }));
    const github = fakeGitHub.serve([repository]);
    const report = await scan();
    expect(github.requests.length).toBeLessThanOrEqual(4);
    expect(github.requests.some((r) => r.operationName === 'ProductionBranch')).toBe(false);
    const deployments = signal(report, 'deployment-frequency');
    expect(deployments).toMatchObject({ source: 'tags', status: 'pass' });
    expect(deployments.metrics).toMatchObject({ count: 15, unit: 'tag', trigger: 'on.push.tags: v*' });
  });
});
