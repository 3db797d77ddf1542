import { describe, expect, it } from 'vitest';
import { findProductionTarget, tagPatternTest } from '../../src/collect/production-target.js';
import { available, type Part } from '../../src/model/part.js';
import type { FileContent } from '../../src/model/raw-snapshot.js';
import { buildConfig } from '../helpers/snapshot-builder.js';

const config = buildConfig();

function target(files: Record<string, string>, defaultBranch: string | null = 'main', conf = config) {
  const contents: Record<string, Part<FileContent>> = {};
  for (const [path, text] of Object.entries(files))
    contents[path] = available({ text, lastChangedAt: null, truncated: false });
  return findProductionTarget(Object.keys(files), contents, conf, defaultBranch);
}

describe('findProductionTarget', () => {
  it('follows a production workflow pushed on another branch than the default one', () => {
    const found = target(
      {
        '.github/workflows/ship.yml': `name: Ship to production
on:
  push:
    branches: [live-branch]
jobs:
  ship:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - run: ./ship.sh
`,
        '.github/workflows/checks.yml':
          'name: Checks\non: [push]\njobs:\n  test:\n    runs-on: x\n    steps:\n      - run: npm test\n',
      },
      'dev',
    );
    expect(found).toMatchObject({
      kind: 'branch',
      branch: 'live-branch',
      via: 'workflow',
      trigger: 'on.push.branches: live-branch',
      evidence: ['.github/workflows/ship.yml'],
    });
  });

  it('reads tag-triggered production', () => {
    const found = target({
      '.github/workflows/prod.yaml': `name: Prod
on:
  workflow_dispatch:
  push:
    tags: ['v*']
jobs:
  deploy:
    uses: some-org/workflows/.github/workflows/deploy-prod.yaml@v1
`,
    });
    expect(found).toMatchObject({ kind: 'tags', pattern: 'v*', trigger: 'on.push.tags: v*' });
  });

  it('follows workflow_run to the branch of the workflow it waits for', () => {
    const found = target(
      {
        '.github/workflows/tests.yaml':
          'name: Tests on trunk\non:\n  push:\n    branches: [trunk]\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: npm test\n',
        '.github/workflows/deploy-production.yaml':
          "name: Mise en production\non:\n  workflow_run:\n    workflows: ['Tests on trunk']\n    types: [completed]\njobs:\n  go:\n    runs-on: x\n    steps:\n      - run: flyctl deploy\n",
      },
      'trunk',
    );
    expect(found).toMatchObject({ kind: 'branch', branch: 'trunk' });
    expect(found?.trigger).toContain('workflow_run: Tests on trunk');
  });

  it('takes the branch a production job is restricted to, not the staging one', () => {
    const found = target({
      '.github/workflows/cd.yml': `name: Continuous Deployment
on:
  push:
    branches: [main, dev]
jobs:
  deploy_preproduction:
    if: github.ref == 'refs/heads/dev'
    runs-on: x
    steps: [{ run: 'ssh host deploy' }]
  deploy_production:
    if: github.ref == 'refs/heads/main'
    runs-on: x
    steps: [{ run: 'ssh host deploy' }]
`,
    });
    expect(found).toMatchObject({ kind: 'branch', branch: 'main' });
  });

  it('never takes a staging-only deploy for production', () => {
    const found = target(
      {
        '.github/workflows/staging.yml':
          'name: Deploy staging\non:\n  push:\n    branches: [dev]\njobs:\n  deploy:\n    environment: staging\n    runs-on: x\n    steps:\n      - run: kubectl apply -f k8s\n',
      },
      'dev',
    );
    expect(found).toBeNull();
  });

  it('reads a CONTRIBUTING sentence naming the production branch', () => {
    const found = target(
      {
        'CONTRIBUTING.md':
          '# Contribuer\n\nChaque fusion dans la branche `dev` part en recette. Chaque mise à jour de la branche `stable` déclenche un déploiement en production.\n',
      },
      'dev',
    );
    expect(found).toMatchObject({ kind: 'branch', branch: 'stable', via: 'docs' });
  });

  it('falls back to the default branch for a PaaS descriptor, Netlify last', () => {
    expect(target({ 'api/Procfile': 'web: node server.js', 'netlify.toml': '' })).toMatchObject({
      kind: 'branch',
      branch: 'main',
      via: 'paas',
      evidence: ['api/Procfile'],
    });
  });

  it('lets the configuration decide', () => {
    const files = { Procfile: 'web: x' };
    const branch = buildConfig({ deployments: { ...config.deployments, branch: 'prod' } });
    expect(target(files, 'main', branch)).toMatchObject({ kind: 'branch', branch: 'prod', via: 'config' });
    const tags = buildConfig({ deployments: { ...config.deployments, branch: 'prod', tags: 'release-*' } });
    expect(target(files, 'main', tags)).toMatchObject({ kind: 'tags', pattern: 'release-*', via: 'config' });
  });

  it('matches tag globs', () => {
    expect(tagPatternTest('v*')('v1.2.3')).toBe(true);
    expect(tagPatternTest('v*')('1.2.3')).toBe(false);
    expect(tagPatternTest('release/**')('release/2026/05')).toBe(true);
    expect(tagPatternTest('v?.*')('v1.2')).toBe(true);
  });
});
