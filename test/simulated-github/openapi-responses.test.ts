import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Octokit } from '@octokit/rest';
import { describe, expect, it } from 'vitest';
import { FULL_NAME, GITHUB_NOW, NAME, OWNER, productGitHubSpec } from '../helpers/product-github-spec.js';
import { responseValidator, schemaErrors, useSimulatedGitHub } from './simulated-server.js';

const simulatedGitHub = useSimulatedGitHub();
const SILENT = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/** Every GitHub REST route written in the project's source, the simulator's own excepted. */
function routesTheProjectCalls(): string[] {
  const files = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? entry.name === 'simulated-github'
          ? []
          : files(join(folder, entry.name))
        : entry.name.endsWith('.ts')
          ? [join(folder, entry.name)]
          : [],
    );
  const routes = new Set<string>();
  for (const file of files('src')) {
    for (const [, method, path] of readFileSync(file, 'utf8').matchAll(
      /['"`](GET|POST|PATCH|PUT|DELETE) (\/[^'"`\s]+)['"`]/g,
    )) {
      if (path !== '/healthz') routes.add(`${method} ${path}`);
    }
  }
  return [...routes].sort();
}

describe('the simulator’s REST answers against GitHub’s published response schemas', () => {
  it('answers every route the project calls (and the app routes) as @octokit/openapi describes them', async () => {
    const { url } = await simulatedGitHub.serve([productGitHubSpec()], {
      now: () => new Date(GITHUB_NOW),
    });
    const octokit = new Octokit({ baseUrl: url, auth: 'any-token', log: SILENT });
    const validated = new Set<string>();
    const check = async (route: string, parameters: Record<string, unknown> = {}) => {
      const response = await octokit.request(route, parameters);
      const validate = responseValidator(route, response.status);
      expect(validate(response.data), `${route} → ${response.status}: ${schemaErrors(validate)}`).toBe(true);
      validated.add(route);
      return response;
    };
    const repo = { owner: OWNER, repo: NAME };

    const tree = await check('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
      ...repo,
      tree_sha: 'HEAD',
      recursive: '1',
    });
    expect((tree.data as { tree: unknown[] }).tree.length).toBeGreaterThan(3);
    const runs = await check('GET /repos/{owner}/{repo}/actions/runs', { ...repo, status: 'success' });
    expect((runs.data as { total_count: number }).total_count).toBe(12);
    const readme = await check('GET /repos/{owner}/{repo}/contents/{path}', { ...repo, path: 'README.md' });
    const file = readme.data as { type: string; encoding: string; content: string };
    expect(file).toMatchObject({ type: 'file', encoding: 'base64' });
    // The raw media type (what the configuration plugin asks for) answers the text itself.
    const raw = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
      ...repo,
      path: 'README.md',
      mediaType: { format: 'raw' },
    });
    expect(raw.headers['content-type']).toMatch(/^application\/vnd\.github\.raw/);
    expect(Buffer.from(file.content, 'base64').toString('utf8')).toBe(raw.data);

    const created = await check('POST /repos/{owner}/{repo}/issues', {
      ...repo,
      title: 'Santé produit',
      body: 'Rapport',
      labels: ['product-health'],
    });
    const issueNumber = (created.data as { number: number }).number;
    // The validator does see a wrong shape.
    const issueValidator = responseValidator('POST /repos/{owner}/{repo}/issues', 201);
    expect(issueValidator({ ...(created.data as object), number: 'one' })).toBe(false);
    expect(issueValidator({ ...(created.data as object), user: undefined, labels: [{ id: 'x' }] })).toBe(
      false,
    );
    await check('GET /repos/{owner}/{repo}/issues/{issue_number}', { ...repo, issue_number: issueNumber });
    await check('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      ...repo,
      issue_number: issueNumber,
      state: 'closed',
      state_reason: 'not_planned',
    });
    await check('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...repo,
      issue_number: issueNumber,
      body: 'Doublon.',
    });

    await check('GET /app');
    const installations = await check('GET /app/installations', { per_page: 100, page: 1 });
    expect(installations.data).toEqual([expect.objectContaining({ id: 1, account: expect.anything() })]);
    await check('GET /app/installations/{installation_id}', { installation_id: 1 });
    const token = await check('POST /app/installations/{installation_id}/access_tokens', {
      installation_id: 1,
    });
    const asInstallation = new Octokit({
      baseUrl: url,
      auth: (token.data as { token: string }).token,
      log: SILENT,
    });
    const listed = await asInstallation.request('GET /installation/repositories', { per_page: 100 });
    const listValidator = responseValidator('GET /installation/repositories', 200);
    expect(listValidator(listed.data), schemaErrors(listValidator)).toBe(true);
    expect(listed.data.repositories.map((repository) => repository.full_name)).toEqual([FULL_NAME]);
    validated.add('GET /installation/repositories');
    await check('GET /repos/{owner}/{repo}/installation', repo);

    // Starter documents (src/drafts/propose-draft.ts): a branch, one file on it, a pull request.
    const head = await check('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...repo, ref: 'heads/main' });
    const sha = (head.data as { object: { sha: string } }).object.sha;
    const branch = 'product-health/vision';
    await check('POST /repos/{owner}/{repo}/git/refs', { ...repo, ref: `refs/heads/${branch}`, sha });
    await check('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
      ...repo,
      ref: `heads/${branch}`,
      sha,
      force: true,
    });
    await check('PUT /repos/{owner}/{repo}/contents/{path}', {
      ...repo,
      path: 'docs/produit/indicateurs.md',
      branch,
      message: 'Ajoute un document de départ',
      content: Buffer.from('# Vision\n').toString('base64'),
    });
    const onBranch = await check('GET /repos/{owner}/{repo}/contents/{path}', {
      ...repo,
      path: 'docs/produit/indicateurs.md',
      ref: branch,
    });
    expect(Buffer.from((onBranch.data as { content: string }).content, 'base64').toString('utf8')).toBe(
      '# Vision\n',
    );
    const pull = await check('POST /repos/{owner}/{repo}/pulls', {
      ...repo,
      title: 'Vision',
      head: branch,
      base: 'main',
      body: 'Pourquoi',
    });
    const pulls = await check('GET /repos/{owner}/{repo}/pulls', {
      ...repo,
      head: `${OWNER}:${branch}`,
      state: 'all',
    });
    expect((pulls.data as unknown[]).length).toBe(1);
    await check('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
      ...repo,
      pull_number: (pull.data as { number: number }).number,
      body: 'Mis à jour',
    });

    // Errors keep GitHub's `basic-error` shape.
    const missing = await octokit
      .request('GET /app/installations/{installation_id}', { installation_id: 99 })
      .catch((error: { status: number; response: { data: unknown } }) => error);
    expect(missing).toMatchObject({ status: 404 });
    const notFound = responseValidator('GET /app/installations/{installation_id}', 404);
    expect(notFound((missing as { response: { data: unknown } }).response.data), schemaErrors(notFound)).toBe(
      true,
    );

    const called = routesTheProjectCalls();
    expect(called.length).toBeGreaterThanOrEqual(6);
    expect(called.filter((route) => !validated.has(route))).toEqual([]);
  });

  it('validates an archived, private repository and a selected-repositories installation too', async () => {
    const { url } = await simulatedGitHub.serve(
      [
        { owner: 'ministere', name: 'portail', private: true, description: 'Le portail' },
        { owner: 'ministere', name: 'ancien', archived: true },
        { owner: 'ministere', name: 'vide', empty: true },
      ],
      { installations: [{ id: 7, account: 'ministere', repositories: ['portail', 'ministere/vide'] }] },
    );
    const app = new Octokit({ baseUrl: url, auth: 'jwt', log: SILENT });
    const { data: token } = await app.request('POST /app/installations/{installation_id}/access_tokens', {
      installation_id: 7,
    });
    expect(token.repository_selection).toBe('selected');
    const octokit = new Octokit({ baseUrl: url, auth: token.token, log: SILENT });
    const { data } = await octokit.request('GET /installation/repositories');
    const validate = responseValidator('GET /installation/repositories', 200);
    expect(validate(data), schemaErrors(validate)).toBe(true);
    expect(data.repositories.map((repository) => [repository.name, repository.private])).toEqual([
      ['portail', true],
      ['vide', false],
    ]);
    const { data: installation } = await app.request('GET /repos/{owner}/{repo}/installation', {
      owner: 'ministere',
      repo: 'portail',
    });
    expect(installation).toMatchObject({ id: 7, repository_selection: 'selected' });
    await expect(
      app.request('GET /repos/{owner}/{repo}/installation', { owner: 'ministere', repo: 'ancien' }),
    ).rejects.toMatchObject({ status: 404 });
  });
});
