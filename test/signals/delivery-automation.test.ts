import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/default-config.js';
import { available, unavailable } from '../../src/model/part.js';
import type { RawSnapshot } from '../../src/model/raw-snapshot.js';
import { deliveryAutomationSignal } from '../../src/signals/delivery-automation/signal.js';
import { aliasBomb } from '../helpers/alias-bomb.js';
import { buildSnapshot, repoFiles } from '../helpers/snapshot-builder.js';

const NOW = '2026-03-31T12:00:00.000Z';

/** Every part available and empty, at a fixed `now`. */
const snapshot = (overrides: Partial<RawSnapshot> = {}): RawSnapshot =>
  buildSnapshot({ now: NOW, ...overrides });

/** A repository whose files are `contents`' keys plus `extraFiles`. */
function repo(contents: Record<string, string>, extraFiles: string[] = []): RawSnapshot {
  const { files, contents: parts } = repoFiles(contents);
  const paths = files.available ? files.value : [];
  return snapshot({ files: available([...paths, ...extraFiles]), contents: parts });
}

function evaluate(snap: RawSnapshot, config = DEFAULT_CONFIG) {
  return deliveryAutomationSignal.evaluate({
    snapshot: snap,
    config,
    thresholds: { ...deliveryAutomationSignal.defaults },
    now: new Date(snap.now),
  });
}

const CI = `name: CI
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm test
`;

const DEPLOY_BY_ENVIRONMENT = `name: Publication
on:
  push:
    branches: [main]
jobs:
  ship:
    runs-on: ubuntu-latest
    environment:
      name: Production
      url: https://service.beta.gouv.fr
    steps:
      - run: ./scripts/ship.sh
`;

describe('delivery-automation', () => {
  it('passes with CI and a job deploying to a production environment', () => {
    const result = evaluate(
      repo({ '.github/workflows/ci.yml': CI, '.github/workflows/publication.yml': DEPLOY_BY_ENVIRONMENT }),
    );
    expect(result.status).toBe('pass');
    expect(result.score).toBe(100);
    expect(result.metrics.deployEvidence).toEqual([
      '.github/workflows/publication.yml (environment Production)',
    ]);
    expect(result.advice).toBeNull();
  });

  it('recognises a deploy workflow by its file name even when its content was not read', () => {
    const result = evaluate(repo({ '.github/workflows/ci.yml': CI }, ['.github/workflows/deploy.yaml']));
    expect(result.status).toBe('pass');
    expect(result.metrics.unread).toEqual(['.github/workflows/deploy.yaml']);
  });

  it('recognises deploy actions and deploy commands in steps', () => {
    const workflow = `name: Build
on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/deploy-pages@v4
      - run: |
          npm run build
          npx netlify deploy --prod
`;
    const result = evaluate(repo({ '.github/workflows/build.yml': workflow }));
    expect(result.status).toBe('pass');
    expect(result.metrics.deployEvidence).toEqual([
      '.github/workflows/build.yml (uses actions/deploy-pages@v4)',
      '.github/workflows/build.yml (run netlify deploy)',
    ]);
  });

  it('uses the configured production pattern', () => {
    const workflow = CI.replace(
      'runs-on: ubuntu-latest',
      'runs-on: ubuntu-latest\n    environment: mise-en-ligne',
    );
    expect(evaluate(repo({ '.github/workflows/ci.yml': workflow })).status).toBe('warn');
    const config = {
      ...DEFAULT_CONFIG,
      deployments: { ...DEFAULT_CONFIG.deployments, productionEnvironment: '^mise-en-ligne$' },
    };
    expect(evaluate(repo({ '.github/workflows/ci.yml': workflow }), config).status).toBe('pass');
  });

  it('counts a PaaS descriptor as automated deployment', () => {
    const result = evaluate(repo({ '.github/workflows/ci.yml': CI }, ['Procfile']));
    expect(result.status).toBe('pass');
    expect(result.metrics.paasFiles).toEqual(['Procfile']);
  });

  it('reads other CI services: a GitLab deploy job to production', () => {
    const gitlab = `stages: [test, release]
test:
  script: npm test
pages:
  stage: release
  environment:
    name: production
  script: ./publish.sh
`;
    const result = evaluate(repo({ '.gitlab-ci.yml': gitlab }));
    expect(result.status).toBe('pass');
    expect(result.metrics.deployEvidence).toContain('.gitlab-ci.yml (environment production)');
  });

  it('reads Jenkinsfile stages', () => {
    const jenkins = "pipeline { stages { stage('Build') { } stage('Deploy to prod') { } } }";
    const result = evaluate(repo({ Jenkinsfile: jenkins }));
    expect(result.metrics.deployEvidence).toEqual(['Jenkinsfile (stage Deploy to prod)']);
  });

  it('warns with CI only', () => {
    const result = evaluate(repo({ '.github/workflows/ci.yml': CI }));
    expect(result.status).toBe('warn');
    expect(result.score).toBe(60);
    expect(result.advice?.fr).toContain('environment: production');
  });

  it('warns with automated deployment only', () => {
    const result = evaluate(repo({}, ['scalingo.json']));
    expect(result.status).toBe('warn');
    expect(result.advice?.en).toContain('continuous integration');
  });

  it('treats a workflow with a YAML error as present but unparsed, never throwing', () => {
    const broken = 'name: CI\non: push\njobs:\n  test: [\n';
    const result = evaluate(repo({ '.github/workflows/ci.yml': broken }));
    expect(result.status).toBe('warn');
    expect(result.metrics).toMatchObject({ ci: true, deploy: false, unparsed: ['.github/workflows/ci.yml'] });
    expect(result.measured.en).toContain('Unreadable YAML');
  });

  it('still sees a deploy workflow by name when its YAML is broken', () => {
    const result = evaluate(repo({ '.github/workflows/deploy.yml': 'jobs: {\n' }));
    expect(result.status).toBe('pass');
  });

  it('reads a billion-laughs GitLab CI file or workflow as unreadable YAML, quickly, keeping the rest', () => {
    const bomb = aliasBomb(10, 9);
    const started = performance.now();
    const result = evaluate(
      repo({
        '.gitlab-ci.yml': bomb,
        '.github/workflows/ci.yml': `${bomb}\nname: CI\non: push\n`,
        '.github/workflows/publication.yml': DEPLOY_BY_ENVIRONMENT,
      }),
    );
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(result.status).toBe('pass');
    expect(result.metrics).toMatchObject({
      unparsed: ['.github/workflows/ci.yml', '.gitlab-ci.yml'],
      deployEvidence: ['.github/workflows/publication.yml (environment Production)'],
    });
    expect(result.measured.en).toContain('Unreadable YAML');
  });

  it('finds a deploy in a job template shared through aliases', () => {
    const script = Array.from({ length: 20 }, (_, i) => `    - echo step ${i}`).join('\n');
    const jobs = Array.from({ length: 50 }, (_, i) => `job${i}: *base`).join('\n');
    const text = `.base: &base\n  script:\n${script}\n    - scalingo --app x deploy\n${jobs}\n`;
    const started = performance.now();
    const result = evaluate(repo({ '.gitlab-ci.yml': text }));
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(result.metrics.deployEvidence).toEqual(['.gitlab-ci.yml (run scalingo --app x deploy)']);
  });

  it('runs a catastrophic-backtracking workflow pattern in linear time', () => {
    const name = `${'a'.repeat(34)}!`;
    const config = { ...DEFAULT_CONFIG, deployments: { ...DEFAULT_CONFIG.deployments, workflow: '(a+)+$' } };
    const workflow = `name: ${name}\non: push\njobs:\n  ${name.slice(0, -1)}x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${name}\n`;
    const started = performance.now();
    const result = evaluate(repo({ [`.github/workflows/${name}.yml`]: workflow }), config);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(result.metrics.deploy).toBe(false);
  });

  it('fails with neither CI nor deployment', () => {
    const result = evaluate(
      repo({ 'README.md': '# Service' }, ['src/index.ts', '.github/workflows/scripts/x.sh']),
    );
    expect(result.status).toBe('fail');
    expect(result.score).toBe(0);
    expect(result.measured.fr).toContain('Aucune CI');
  });

  it('is unknown when the file list cannot be read', () => {
    const result = evaluate(snapshot({ files: unavailable('not-a-git-repository', '') }));
    expect(result.status).toBe('unknown');
  });
});
