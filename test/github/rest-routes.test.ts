import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openapiDescription } from '../helpers/openapi-examples.js';

const require = createRequire(import.meta.url);
const ROUTE = /['"`](GET|POST|PATCH|PUT|DELETE) (\/[^'"`\s]+)['"`]/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(folder, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(folder, entry.name)]
        : [],
  );
}

/** Routes the project serves itself (the app's HTTP server), not GitHub's. */
const OWN_ROUTES = new Set(['GET /healthz']);

/** Every GitHub REST route written in the project's source, as `METHOD /path/{param}`. */
function routesInSource(): string[] {
  const routes = new Set<string>();
  for (const file of sourceFiles('src')) {
    for (const [, method, path] of readFileSync(file, 'utf8').matchAll(ROUTE)) {
      if (!OWN_ROUTES.has(`${method} ${path}`)) routes.add(`${method} ${path}`);
    }
  }
  return [...routes].sort();
}

function missingRoutes(routes: readonly string[], paths: Record<string, Record<string, unknown>>): string[] {
  return routes.filter((route) => {
    const [method = '', path = ''] = route.split(' ');
    return !paths[path]?.[method.toLowerCase()];
  });
}

describe('REST routes against GitHub’s published OpenAPI description', () => {
  const routes = routesInSource();

  it('finds the routes the project calls', () => {
    expect(routes).toEqual(
      expect.arrayContaining([
        'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
        'GET /repos/{owner}/{repo}/actions/runs',
        'POST /repos/{owner}/{repo}/issues',
        'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
      ]),
    );
  });

  it('calls only routes api.github.com has', () => {
    expect(missingRoutes(routes, openapiDescription().paths)).toEqual([]);
  });

  it('calls only routes the oldest supported GitHub Enterprise Server (3.17) has', () => {
    const ghes = JSON.parse(
      readFileSync(require.resolve('@octokit/openapi/generated/ghes-3.17.json'), 'utf8'),
    ) as { paths: Record<string, Record<string, unknown>> };
    expect(missingRoutes(routes, ghes.paths)).toEqual([]);
  });

  it('would catch a route GitHub does not have', () => {
    expect(
      missingRoutes(
        ['GET /repos/{owner}/{repo}/health-scores', 'DELETE /repos/{owner}/{repo}/git/trees/{tree_sha}'],
        openapiDescription().paths,
      ),
    ).toHaveLength(2);
  });
});
