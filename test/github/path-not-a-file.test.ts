import { Octokit } from '@octokit/rest';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/default-config.js';
import { GitHubClient, type OctokitLike } from '../../src/github/github-client.js';
import { createGitHubSource } from '../../src/github/github-source.js';
import type { Report } from '../../src/report/report.js';
import { scanGitHubRepository } from '../../src/scan/scan-github-repository.js';
import { SILENT_LOG } from '../helpers/fake-github.js';
import { GITHUB_NOW, NAME, OWNER, productGitHubSpec } from '../helpers/product-github-spec.js';
import { validateReport } from '../helpers/report-schema.js';
import { useFakeGitHub } from '../helpers/use-fake-github.js';

const fakeGitHub = useFakeGitHub();
const VISION = 'docs/produit/vision.md';

/**
 * An Octokit whose details query asks for another git object in place of the vision file, as
 * when the branch moved between the tree listing and the details: `HEAD:docs` is a folder (a
 * Tree), a bare commit expression stands for a submodule (a Commit). GitHub answers either with
 * an object that has none of the Blob's fields.
 */
function octokitAsking(replacement: (head: string) => string): OctokitLike {
  const octokit = new Octokit({ log: SILENT_LOG });
  const graphql = (query: string | { query: string }, parameters: Record<string, unknown> = {}) => {
    const variables = { ...parameters };
    for (const [name, value] of Object.entries(variables)) {
      if (typeof value === 'string' && value.endsWith(`:${VISION}`)) {
        variables[name] = replacement(value.slice(0, value.indexOf(':')));
      }
    }
    return octokit.graphql(query as string, variables);
  };
  return { request: octokit.request, graphql: graphql as OctokitLike['graphql'] };
}

async function scanWith(octokit: OctokitLike) {
  const source = createGitHubSource({ client: new GitHubClient(octokit), owner: OWNER, repo: NAME });
  const snapshot = await source.collect({
    now: new Date(GITHUB_NOW),
    config: DEFAULT_CONFIG,
  });
  const { report } = await scanGitHubRepository(
    createGitHubSource({ client: new GitHubClient(octokit), owner: OWNER, repo: NAME }),
    { now: new Date(GITHUB_NOW), writeIssue: false, dryRun: false },
  );
  return { snapshot, report };
}

function statusOf(report: Report, id: string): string | undefined {
  return report.signals.find((signal) => signal.id === id)?.status;
}

describe('GitHub source: a file path that GitHub answers with another git object', () => {
  it('reports a folder as not found, with the reason, and keeps the rest of the report', async () => {
    fakeGitHub.serve([productGitHubSpec()]);
    const { snapshot, report } = await scanWith(octokitAsking((head) => `${head}:docs`));

    expect(snapshot.contents[VISION]).toEqual({
      available: false,
      reason: 'not-found',
      detail: `${VISION} is a folder on the default branch, not a file`,
    });
    expect(snapshot.contents['README.md']?.available).toBe(true);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(statusOf(report, 'deployment-frequency')).toBe('pass');
    expect(statusOf(report, 'feedback-handling')).not.toBe('unknown');
  });

  it('reports a submodule as not found, with the reason, and keeps the rest of the report', async () => {
    fakeGitHub.serve([productGitHubSpec()]);
    const { snapshot, report } = await scanWith(octokitAsking((head) => head));

    expect(snapshot.contents[VISION]).toEqual({
      available: false,
      reason: 'not-found',
      detail: `${VISION} is a submodule on the default branch, not a file`,
    });
    expect(snapshot.contents['README.md']?.available).toBe(true);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(statusOf(report, 'deployment-frequency')).toBe('pass');
  });
});
