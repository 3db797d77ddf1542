interface OpenApiDescription {
    paths: Record<string, Record<string, unknown>>;
    components: {
        examples: Record<string, {
            value: unknown;
        }>;
    };
}
/** GitHub's published OpenAPI description of api.github.com (`@octokit/openapi`), read once. */
export declare function openapiDescription(): OpenApiDescription;
/**
 * A deep copy of one of GitHub's published response examples (`components.examples`), e.g.
 * `issue`, `issue-comment`, `git-tree`, `workflow-run-paginated`, so fixtures keep GitHub's shapes.
 */
export declare function openapiExample<T = Record<string, unknown>>(name: string): T;
export {};
