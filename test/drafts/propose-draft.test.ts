import { Octokit } from '@octokit/rest';
import { describe, expect, it } from 'vitest';
import { proposeDraft } from '../../src/drafts/propose-draft.js';
import { GitHubClient } from '../../src/github/github-client.js';
import { type FakeGitHub, type FakeRepositorySpec, SILENT_LOG, writesOf } from '../helpers/fake-github.js';
import { useFakeGitHub } from '../helpers/use-fake-github.js';

const fakeGitHub = useFakeGitHub();
const OWNER = 'example';
const REPO = 'atelier';

function spec(files: Record<string, string> = { 'README.md': '# Atelier\n' }): FakeRepositorySpec {
  return {
    owner: OWNER,
    name: REPO,
    files,
    commits: [{ date: '2026-11-01T10:00:00Z', oid: 'a'.repeat(40) }],
    issues: [{ number: 1, title: 'Santé produit', body: 'x', createdAt: '2026-11-01T10:00:00Z' }],
  };
}

/** The proposal as the app makes it, through the fake (nock) on api.github.com. */
function propose(overrides: Partial<Parameters<typeof proposeDraft>[0]> = {}) {
  return proposeDraft({
    client: new GitHubClient(new Octokit({ log: SILENT_LOG, request: { retries: 0 } })),
    owner: OWNER,
    repo: REPO,
    kind: 'vision',
    draft: '# Vision produit — Atelier\n',
    path: 'docs/produit/vision.md',
    language: 'fr',
    base: 'main',
    issueNumber: 1,
    pullRequests: true,
    ...overrides,
  });
}

const routes = (github: FakeGitHub) => writesOf(github).map((request) => request.route);

describe('proposeDraft against the simulated GitHub', () => {
  it('opens one pull request whose branch holds the base and one commit adding the file', async () => {
    const github = fakeGitHub.serve([spec()]);
    const outcome = await propose();
    expect(outcome).toEqual({ action: 'opened', pullRequest: 2, branch: 'product-health/vision' });
    const repository = github.repository(`${OWNER}/${REPO}`);
    expect(repository.writtenBranches?.['product-health/vision']).toMatchObject({
      base: 'a'.repeat(40),
      files: { 'docs/produit/vision.md': '# Vision produit — Atelier\n' },
    });
    expect(repository.pullRequests?.[0]).toMatchObject({
      title: 'Vision produit : un document de départ',
      head: 'product-health/vision',
      base: 'main',
    });
    expect(repository.pullRequests?.[0]?.body).toContain('<!-- product-health:draft:vision -->');
  });

  it('never replaces a file already at the path: the starter goes in a reply instead', async () => {
    const github = fakeGitHub.serve([spec({ 'docs/produit/vision.md': '# Notre vision\n' })]);
    expect(await propose()).toEqual({ action: 'commented', reason: 'exists' });
    expect(routes(github)).toEqual(['POST /repos/{owner}/{repo}/issues/{issue_number}/comments']);
    expect(github.repository(`${OWNER}/${REPO}`).issues?.[0]?.comments?.[0]?.body).toMatch(
      /Un fichier existe déjà à cet endroit/,
    );
  });

  it('a pull request refused (403) after the branch: the reply names the permissions', async () => {
    const refused = spec();
    refused.faults = { rest: { 'POST /repos/{owner}/{repo}/pulls': 403 } };
    const github = fakeGitHub.serve([refused]);
    expect(await propose()).toEqual({ action: 'commented', reason: 'permission' });
    expect(routes(github).at(-1)).toBe('POST /repos/{owner}/{repo}/issues/{issue_number}/comments');
  });

  it('a fault that is no refusal is reported, not hidden behind a reply', async () => {
    const broken = spec();
    broken.faults = { rest: { 'PUT /repos/{owner}/{repo}/contents/{path}': 500 } };
    const github = fakeGitHub.serve([broken]);
    const outcome = await propose();
    expect(outcome.action).toBe('failed');
    expect(routes(github)).not.toContain('POST /repos/{owner}/{repo}/issues/{issue_number}/comments');
  });
});

describe('the simulated git and pull request routes keep GitHub’s rules', () => {
  it('a branch moved without force must fast-forward; a file overwritten needs its sha', async () => {
    const github = fakeGitHub.serve([spec()]);
    const octokit = new Octokit({ log: SILENT_LOG, request: { retries: 0 } });
    const where = { owner: OWNER, repo: REPO };
    await octokit.request('POST /repos/{owner}/{repo}/git/refs', {
      ...where,
      ref: 'refs/heads/topic',
      sha: 'a'.repeat(40),
    });
    const put = {
      ...where,
      path: 'a.md',
      branch: 'topic',
      message: 'a',
      content: Buffer.from('A').toString('base64'),
    };
    const created = await octokit.request('PUT /repos/{owner}/{repo}/contents/{path}', put);
    expect(created.status).toBe(201);
    await expect(octokit.request('PUT /repos/{owner}/{repo}/contents/{path}', put)).rejects.toMatchObject({
      status: 422,
    });
    await expect(
      octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
        ...where,
        ref: 'heads/topic',
        sha: 'b'.repeat(40),
      }),
    ).rejects.toMatchObject({ status: 422 });
    const listed = await octokit.request('GET /repos/{owner}/{repo}/pulls', { ...where, state: 'all' });
    expect(listed.data).toEqual([]);
    expect(github.repository(`${OWNER}/${REPO}`).writtenBranches?.topic?.files).toEqual({ 'a.md': 'A' });
  });
});
