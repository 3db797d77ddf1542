import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
let description = null;
/** GitHub's published OpenAPI description of api.github.com (`@octokit/openapi`), read once. */
export function openapiDescription() {
    description ??= JSON.parse(readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8'));
    return description;
}
/**
 * A deep copy of one of GitHub's published response examples (`components.examples`), e.g.
 * `issue`, `issue-comment`, `git-tree`, `workflow-run-paginated`, so fixtures keep GitHub's shapes.
 */
export function openapiExample(name) {
    const example = openapiDescription().components.examples[name];
    if (!example)
        throw new Error(`@octokit/openapi has no example named ${name}`);
    return structuredClone(example.value);
}
//# sourceMappingURL=openapi-description.js.map