import { describe, expect, it } from 'vitest';
import {
  isCiDefinitionFile,
  isPaasDeployFile,
  isWorkflowFile,
  MAX_FILES_TO_READ,
  PAAS_DEPLOY_FILES,
  selectFilesToRead,
} from '../../src/collect/select-files.js';
import { DEFAULT_CONFIG } from '../../src/config/default-config.js';

const PATHS = [
  '.github/workflows/ci.yml',
  '.github/workflows/deploy.yaml',
  '.github/workflows/scripts/helper.sh',
  '.github/ISSUE_TEMPLATE/bug.md',
  '.github/ISSUE_TEMPLATE/config.yml',
  '.github/DISCUSSION_TEMPLATE/ideas.yml',
  '.github/SUPPORT.md',
  'docs/CONTACT.md',
  'SUPPORT.md',
  '.gitlab-ci.yml',
  '.circleci/config.yml',
  'Jenkinsfile',
  '.travis.yml',
  'azure-pipelines.yml',
  'bitbucket-pipelines.yml',
  '.woodpecker.yml',
  '.woodpecker/test.yml',
  'Procfile',
  'scalingo.json',
  'netlify.toml',
  'clevercloud/python.json',
  '.platform.app.yaml',
  'README.md',
  'src/index.ts',
  'src/Procfile',
  'src/deep/er/Procfile',
  'package.json',
];

describe('selectFilesToRead', () => {
  const selected = selectFilesToRead(PATHS, DEFAULT_CONFIG);

  it('keeps CI, workflow, template, support and PaaS files', () => {
    for (const path of PATHS.filter(
      (p) => !['src/index.ts', 'src/deep/er/Procfile', 'package.json'].includes(p),
    )) {
      if (path.endsWith('.sh')) continue;
      expect(selected).toContain(path);
    }
  });

  it('leaves out unrelated files', () => {
    expect(selected).not.toContain('src/index.ts');
    expect(selected).not.toContain('src/deep/er/Procfile');
    expect(selected).not.toContain('package.json');
    expect(selected).not.toContain('.github/workflows/scripts/helper.sh');
  });

  it('adds the document candidates, sorted and without duplicates', () => {
    expect(selected).toContain('README.md');
    expect(selected).toEqual([...new Set(selected)].sort());
  });

  it('caps the total, automation files first', () => {
    const many = [
      ...Array.from({ length: 500 }, (_, i) => `.github/workflows/w${String(i).padStart(3, '0')}.yml`),
      'README.md',
    ];
    const capped = selectFilesToRead(many, DEFAULT_CONFIG);
    expect(capped).toHaveLength(MAX_FILES_TO_READ);
    expect(capped[0]).toBe('.github/workflows/w000.yml');
  });
});

describe('path predicates', () => {
  it('recognises PaaS auto-deploy descriptors at the root and in an app folder', () => {
    expect(PAAS_DEPLOY_FILES).toContain('Procfile');
    for (const path of ['Procfile', 'scalingo.json', 'app.json', 'vercel.json', 'fly.toml', 'render.yaml']) {
      expect(isPaasDeployFile(path)).toBe(true);
    }
    expect(isPaasDeployFile('clevercloud/node.json')).toBe(true);
    expect(isPaasDeployFile('clevercloud/sub/node.json')).toBe(false);
    expect(isPaasDeployFile('api/Procfile')).toBe(true);
    expect(isPaasDeployFile('apps/front/Procfile')).toBe(true);
    expect(isPaasDeployFile('a/b/c/Procfile')).toBe(false);
    expect(isPaasDeployFile('Procfile.worker')).toBe(true);
    expect(isPaasDeployFile('Procfile.dev')).toBe(false);
    expect(isPaasDeployFile('.buildpacks')).toBe(true);
    expect(isPaasDeployFile('back/.buildpacks')).toBe(true);
    expect(isPaasDeployFile('.slugignore.front')).toBe(true);
  });

  it('matches hostile paths in linear time: a star never crosses a `/` and stars are never nested', () => {
    const long = [
      `clevercloud/${'a.'.repeat(200_000)}jso`,
      `clevercloud/${'/'.repeat(200_000)}x.json`,
      `.github/workflows/${'a.y'.repeat(200_000)}ml!`,
      `.woodpecker/${'.yaml'.repeat(200_000)}/`,
    ];
    const started = performance.now();
    for (const path of long) {
      expect(isPaasDeployFile(path)).toBe(false);
      expect(isWorkflowFile(path) || isCiDefinitionFile(path)).toBe(false);
    }
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('recognises workflows and other CI definitions', () => {
    expect(isWorkflowFile('.github/workflows/ci.yml')).toBe(true);
    expect(isWorkflowFile('.github/workflows/nested/ci.yml')).toBe(false);
    expect(isCiDefinitionFile('.gitlab-ci.yml')).toBe(true);
    expect(isCiDefinitionFile('.woodpecker/deploy.yaml')).toBe(true);
    expect(isCiDefinitionFile('ci/Jenkinsfile')).toBe(false);
  });
});

describe('selectFilesToRead: the wider discovery reads what it needs, and no trap', () => {
  it('reads contribution guides, GitLab issue templates, package documents and site pages', () => {
    const paths = [
      'README.md',
      'CONTRIBUTING.md',
      '.github/CONTRIBUTING.md',
      'docs/2-contributions.md',
      '.gitlab/issue_templates/Service_desk.md',
      '.gitlab/merge_request_templates/feature.md',
      'packages/app-stats/README.md',
      'packages/app-stats/events/TRACKING_PLAN.md',
      'apps/web/ROADMAP.md',
      'packages/app-stats/src/index.ts',
      '_pages/stats.md',
      'content/a-propos.md',
      'docs/decisions/2023-01-01-metriques.md',
      'adr/ADR-2025-01-01-kpi.md',
      'CHANGELOG.md',
      '.claude/skills/tracking-plan/SKILL.md',
      'src/indicateurs/index.ts',
    ];
    expect(selectFilesToRead(paths, DEFAULT_CONFIG)).toEqual([
      '.github/CONTRIBUTING.md',
      '.gitlab/issue_templates/Service_desk.md',
      // Read for release cadence's dated entries; never a product document (see document-discovery).
      'CHANGELOG.md',
      'CONTRIBUTING.md',
      'README.md',
      '_pages/stats.md',
      'apps/web/ROADMAP.md',
      'content/a-propos.md',
      'docs/2-contributions.md',
      'packages/app-stats/README.md',
      'packages/app-stats/events/TRACKING_PLAN.md',
    ]);
  });

  it('reads at most 30 static-site pages, and nothing excluded', () => {
    const pages = Array.from({ length: 80 }, (_, index) => `content/blog/billet-${index}.md`);
    const selected = selectFilesToRead(['README.md', 'VISION.md', ...pages], {
      ...DEFAULT_CONFIG,
      documents: { ...DEFAULT_CONFIG.documents, exclude: ['VISION.md'] },
    });
    expect(selected.filter((path) => path.startsWith('content/'))).toHaveLength(30);
    expect(selected).not.toContain('VISION.md');
  });
});
