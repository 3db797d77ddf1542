import { schema } from '@octokit/graphql-schema';
import { buildClientSchema } from 'graphql';
let githubSchema = null;
/** GitHub's published GraphQL schema (`@octokit/graphql-schema`), built once. */
export function githubGraphqlSchema() {
    githubSchema ??= buildClientSchema(schema.json);
    return githubSchema;
}
//# sourceMappingURL=github-graphql-schema.js.map