import { Octokit } from '@octokit/rest';
import { afterEach, describe, expect, it } from 'vitest';
import { GitHubClient } from '../../src/github/github-client.js';
import { createGitHubSource } from '../../src/github/github-source.js';
import { scanGitHubRepository } from '../../src/scan/scan-github-repository.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { type FakeGitHubServer, serveFakeGitHub } from '../helpers/fake-github-server.js';
import { FULL_NAME, GITHUB_NOW, NAME, OWNER, productGitHubSpec } from '../helpers/product-github-spec.js';

let server: FakeGitHubServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe('the fake GitHub on loopback', () => {
  it('serves a whole scan and its issue write over real HTTP', async () => {
    const fake = new FakeGitHub([productGitHubSpec()], {
      baseUrl: 'http://127.0.0.1',
      now: () => new Date(GITHUB_NOW),
    });
    server = await serveFakeGitHub(fake);
    const octokit = new Octokit({ auth: 'token', baseUrl: server.url });
    const source = createGitHubSource({ client: new GitHubClient(octokit), owner: OWNER, repo: NAME });
    const { report, issue } = await scanGitHubRepository(source, {
      now: new Date(GITHUB_NOW),
      writeIssue: true,
      dryRun: false,
    });

    expect(report.repository.name).toBe(FULL_NAME);
    expect(issue?.action, JSON.stringify([issue?.message, report.unavailable])).toBe('created');
    // Overview, details and, after the creation, the marked issues read again; the tree and the creation.
    expect(fake.requests.map((request) => request.kind).sort()).toEqual([
      'graphql',
      'graphql',
      'graphql',
      'rest',
      'rest',
    ]);
  });
});
