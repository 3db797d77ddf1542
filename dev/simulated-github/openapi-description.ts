import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface OpenApiDescription {
  paths: Record<string, Record<string, unknown>>;
  components: { examples: Record<string, { value: unknown }> };
}

let description: OpenApiDescription | null = null;

/** GitHub's published OpenAPI description of api.github.com (`@octokit/openapi`), read once. */
export function openapiDescription(): OpenApiDescription {
  description ??= JSON.parse(
    readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8'),
  ) as OpenApiDescription;
  return description;
}

/**
 * A deep copy of one of GitHub's published response examples (`components.examples`), e.g.
 * `issue`, `issue-comment`, `git-tree`, `workflow-run-paginated`, so fixtures keep GitHub's shapes.
 */
export function openapiExample<T = Record<string, unknown>>(name: string): T {
  const example = openapiDescription().components.examples[name];
  if (!example) throw new Error(`@octokit/openapi has no example named ${name}`);
  return structuredClone(example.value) as T;
}
