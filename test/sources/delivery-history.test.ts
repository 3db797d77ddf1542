import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/default-config.js';
import type { RawSnapshot } from '../../src/model/raw-snapshot.js';
import { evaluateSignals } from '../../src/signals/evaluate-signals.js';
import { createLocalSource } from '../../src/sources/local/local-source.js';
import { createGitRepo, type FixtureCommit, type GitRepo } from '../helpers/git-fixture.js';

const NOW = '2026-06-15T12:00:00.000Z';
const DAY = 86_400_000;
const ago = (days: number, minutes = 0) =>
  new Date(Date.parse(NOW) - days * DAY + minutes * 60_000).toISOString();
const repos: GitRepo[] = [];
afterAll(() => {
  for (const repo of repos) repo.cleanup();
});

/** Twelve weeks: twelve deployments are exactly one a week. */
const TWELVE_WEEKS = { ...DEFAULT_CONFIG, windowDays: 84 };

async function scan(repo: GitRepo, config = TWELVE_WEEKS) {
  const snapshot: RawSnapshot = await createLocalSource(repo.dir).collect({ now: new Date(NOW), config });
  const results = evaluateSignals(snapshot, config);
  const result = (id: string) => {
    const found = results.find((entry) => entry.definition.id === id);
    if (!found) throw new Error(id);
    return found.result;
  };
  return { snapshot, result };
}

const STAGING_WORKFLOW = `name: Deploy to staging
on:
  push:
    branches: [dev]
jobs:
  deploy:
    environment: staging
    runs-on: ubuntu-latest
    steps:
      - run: kubectl apply -f k8s/
`;
const PRODUCTION_WORKFLOW = `name: Deploy to production
on:
  push:
    branches: [prod]
jobs:
  deploy:
    environment: production
    runs-on: ubuntu-latest
    steps:
      - run: kubectl apply -f k8s/
`;
const ana = { name: 'Ana Ruiz', email: 'ana@agency.example' };
const leo = { name: 'Léo Petit', email: 'leo@agency.example' };
const bot = { name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com' };

/** dev gets daily work; prod gets one merge of dev a week, one rebased burst, one bot-only push. */
function stagingAndProduction(): FixtureCommit[] {
  const commits: FixtureCommit[] = [
    {
      files: {
        '.github/workflows/staging.yml': STAGING_WORKFLOW,
        '.github/workflows/prod.yml': PRODUCTION_WORKFLOW,
      },
      date: ago(100),
      branch: 'dev',
      author: ana,
    },
    { date: ago(100, 1), branch: 'prod', author: ana, message: 'start prod' },
  ];
  for (let week = 11; week >= 1; week--) {
    commits.push({ date: ago(week * 7 + 1), branch: 'dev', author: week % 2 ? ana : leo });
    commits.push({
      date: ago(week * 7),
      branch: 'prod',
      merge: 'dev',
      author: ana,
      message: `release ${week}`,
    });
  }
  // A rebased pull request: three commits stamped in the same minute are one push.
  for (const minute of [0, 0, 1])
    commits.push({ date: ago(20), committerDate: ago(3, minute), branch: 'prod', author: leo });
  commits.push({ date: ago(2), branch: 'prod', author: bot, message: 'bump lib' });
  return commits;
}

describe('delivery read from real history (local checkout)', () => {
  it('counts pushes to the production branch the workflows name, not the staging default branch', async () => {
    const repo = createGitRepo({ initialBranch: 'dev', commits: stagingAndProduction() });
    repos.push(repo);
    const { result, snapshot } = await scan(repo);
    expect(snapshot.productionBranch).toMatchObject({ name: 'prod', ref: 'prod' });
    const deployments = result('deployment-frequency');
    expect(deployments.source).toBe('branch-pushes');
    // 11 weekly merges + 1 rebased burst; the bot-only push is left out.
    expect(deployments.metrics).toMatchObject({
      count: 12,
      unit: 'push',
      productionTarget: 'branch prod',
      trigger: 'on.push.branches: prod',
      botPushes: 1,
    });
    expect(deployments.status).toBe('pass');
    expect(deployments.measured.en).toContain('on.push.branches: prod');
    expect(deployments.measured.fr).toContain('unité : le push');
    const releases = result('release-cadence');
    expect(releases.status).toBe('not-applicable');
    expect(releases.measured.en).toContain('releases: { expected: true }');
  });

  it('reads the production branch from its remote-tracking ref, else says it is missing', async () => {
    const repo = createGitRepo({ initialBranch: 'dev', commits: stagingAndProduction() });
    repos.push(repo);
    repo.git('update-ref', 'refs/remotes/origin/prod', 'prod');
    repo.git('branch', '-D', 'prod');
    const remote = await scan(repo);
    expect(remote.snapshot.productionBranch?.ref).toBe('origin/prod');
    expect(remote.result('deployment-frequency').metrics.count).toBe(12);

    repo.git('update-ref', '-d', 'refs/remotes/origin/prod');
    const missing = await scan(repo);
    const deployments = missing.result('deployment-frequency');
    expect(deployments.status).toBe('unknown');
    expect(deployments.measured.en).toContain('production branch prod (on.push.branches: prod)');
    expect(deployments.measured.fr).toContain('récupérez-la (`git fetch origin prod`)');
    // Release cadence does not take an unknown delivery for a weekly one.
    expect(missing.result('release-cadence').status).not.toBe('not-applicable');
  });

  it('counts tags when production deploys on tags, and says so', async () => {
    const workflow = `name: Production\non:\n  push:\n    tags: ['v*']\njobs:\n  deploy:\n    environment: production\n    runs-on: x\n    steps:\n      - run: helm upgrade app ./chart\n`;
    const commits: FixtureCommit[] = [
      { files: { '.github/workflows/production.yml': workflow }, date: ago(80) },
    ];
    for (let i = 0; i < 12; i++) commits.push({ date: ago(75 - i * 6), author: i % 2 ? ana : leo });
    const tags = commits.slice(1).map((_, i) => ({
      name: `v1.${i}.0`,
      at: i + 1,
      annotated: true,
      date: ago(75 - i * 6, 30),
    }));
    const repo = createGitRepo({
      commits,
      tags: [...tags, { name: 'nightly', at: 12, annotated: true, date: ago(1) }],
    });
    repos.push(repo);
    const { result } = await scan(repo);
    const deployments = result('deployment-frequency');
    expect(deployments.source).toBe('tags');
    expect(deployments.metrics).toMatchObject({ count: 12, unit: 'tag', trigger: 'on.push.tags: v*' });
    expect(deployments.status).toBe('pass');
    expect(result('release-cadence').status).toBe('not-applicable');
  });

  it('still judges releases when the configuration says they are expected', async () => {
    const repo = createGitRepo({ initialBranch: 'dev', commits: stagingAndProduction() });
    repos.push(repo);
    const config = { ...TWELVE_WEEKS, releases: { expected: true } };
    const { result } = await scan(repo, config);
    expect(result('release-cadence').status).toBe('fail');
  });

  it('honours .mailmap: one person under two addresses is one contributor', async () => {
    const commits: FixtureCommit[] = [
      {
        files: { '.mailmap': 'Ana Ruiz <ana@agency.example> <a.r@old-laptop.example>\n' },
        date: ago(30),
        author: ana,
      },
      { date: ago(20), author: { name: 'ar', email: 'a.r@old-laptop.example' } },
      { date: ago(10), author: leo },
    ];
    const repo = createGitRepo({ commits });
    repos.push(repo);
    const { result } = await scan(repo);
    expect(result('team-continuity').metrics).toMatchObject({ activeContributors: 2, commits: 3 });
  });

  it('counts dated changelog entries for a team without tags or releases', async () => {
    const changelog = [
      '# Journal des modifications',
      '',
      '# [2026.06.1] 09/06/2026',
      '- Nouvel écran',
      '# [2026.05.1] 12/05/2026',
      '- Correctifs',
      '## 2026-04-14',
      '- Export',
      '## 2026-03-17',
      '- Première version',
    ].join('\n');
    const repo = createGitRepo({ commits: [{ files: { 'CHANGELOG.md': changelog }, date: ago(5) }] });
    repos.push(repo);
    const { result } = await scan(repo);
    const releases = result('release-cadence');
    expect(releases.source).toBe('changelog');
    expect(releases.metrics).toMatchObject({ count: 3, daysSinceLast: 6 });
    expect(releases.status).toBe('pass');
    expect(releases.evidence).toContainEqual({ kind: 'file', ref: 'CHANGELOG.md' });
  });
});
