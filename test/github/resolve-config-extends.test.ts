import { Octokit } from '@octokit/rest';
import { describe, expect, it } from 'vitest';
import { CONFIG_PATH } from '../../src/config/parse-config.js';
import { GitHubClient } from '../../src/github/github-client.js';
import { createGitHubSource } from '../../src/github/github-source.js';
import { parseExtends } from '../../src/github/resolve-config-extends.js';
import { scanGitHubRepository } from '../../src/scan/scan-github-repository.js';
import type { FakeRepositorySpec } from '../helpers/fake-github.js';
import { GITHUB_NOW, NAME, OWNER, productGitHubSpec } from '../helpers/product-github-spec.js';
import { useFakeGitHub } from '../helpers/use-fake-github.js';

const fakeGitHub = useFakeGitHub();

function organisation(repoConfig: string | null, orgConfig: string): FakeRepositorySpec[] {
  const product = productGitHubSpec();
  if (repoConfig !== null) product.files = { ...product.files, '.github/product-health.yml': repoConfig };
  const dotGithub: FakeRepositorySpec = {
    owner: OWNER,
    name: '.github',
    files: { '.github/product-health.yml': orgConfig },
    commits: [{ date: '2026-01-01T00:00:00Z' }],
  };
  return [product, dotGithub];
}

async function scanWithConvention(specs: FakeRepositorySpec[]) {
  fakeGitHub.serve(specs);
  const client = new GitHubClient(new Octokit({ auth: 'token' }));
  const source = createGitHubSource({ client, owner: OWNER, repo: NAME });
  return scanGitHubRepository(source, {
    now: new Date(GITHUB_NOW),
    writeIssue: false,
    dryRun: false,
  });
}

describe('configuration by Probot’s convention', () => {
  it('falls back on the organisation’s .github repository when the repository has no file, at no cost', async () => {
    const { report } = await scanWithConvention(organisation(null, 'language: en\nwindowDays: 60\n'));
    expect(report.language).toBe('en');
    expect(report.window.days).toBe(60);
    // Read by the overview query itself: no extra request.
    expect(fakeGitHub.current?.requests.some((r) => r.path.includes('/contents/'))).toBe(false);
    expect(report.cost?.requests.total).toBeLessThanOrEqual(4);
  });

  it('follows _extends and lets the repository override what it inherits', async () => {
    const { report } = await scanWithConvention(
      organisation('_extends: .github\nwindowDays: 30\n', 'language: en\nwindowDays: 60\n'),
    );
    expect(report.language).toBe('en');
    expect(report.window.days).toBe(30);
    expect(
      fakeGitHub.current?.requests.some((r) => r.path.includes('/repos/example/.github/contents/')),
    ).toBe(true);
    // The inherited file's read counts in the scan's cost.
    const restReads = fakeGitHub.current?.requests.filter((r) => r.kind === 'rest' && r.method === 'GET');
    expect(report.cost?.requests.restReads).toBe(restReads?.length);
  });

  it('reads Probot’s four forms of _extends, within the owner only', () => {
    expect(parseExtends('.github', OWNER)).toEqual({ owner: OWNER, repo: '.github', path: CONFIG_PATH });
    expect(parseExtends('example/shared', OWNER)).toEqual({
      owner: 'example',
      repo: 'shared',
      path: CONFIG_PATH,
    });
    expect(parseExtends('shared:config/team.yml', OWNER)).toEqual({
      owner: OWNER,
      repo: 'shared',
      path: 'config/team.yml',
    });
    expect(parseExtends('other/shared:team.yaml', OWNER)).toEqual({
      owner: 'other',
      repo: 'shared',
      path: 'team.yaml',
    });
    for (const bad of ['', 'a/b/c', 'shared:notes.txt', 'https://github.com/a/b', '-bad/x']) {
      expect(parseExtends(bad, OWNER)).toBeNull();
    }
  });

  it('follows the repo:path form to that file', async () => {
    const specs = organisation('_extends: .github:settings/team.yml\nwindowDays: 30\n', 'language: fr\n');
    const dotGithub = specs[1] as FakeRepositorySpec;
    dotGithub.files = { ...dotGithub.files, 'settings/team.yml': 'language: en\n' };
    const { report } = await scanWithConvention(specs);
    expect(report.language).toBe('en');
    expect(report.window.days).toBe(30);
    expect(report.configProblems).toEqual([]);
  });

  it('validates the inherited configuration with the same rules as a file', async () => {
    const { report } = await scanWithConvention(organisation(null, 'language: de\nwindowDays: 60\n'));
    expect(report.language).toBe('fr');
    expect(report.window.days).toBe(60);
    expect(report.configProblems).toEqual([
      expect.objectContaining({
        file: 'example/.github:.github/product-health.yml',
        key: 'language',
        line: 1,
      }),
    ]);
  });

  it('reads nothing more when the repository’s own file has no _extends', async () => {
    const { report } = await scanWithConvention(organisation('language: en\n', 'language: fr\n'));
    expect(report.language).toBe('en');
    expect(fakeGitHub.current?.requests.some((r) => r.path.includes('/contents/'))).toBe(false);
  });
});
