import { schema } from '@octokit/graphql-schema';
import { buildClientSchema, type GraphQLSchema, type IntrospectionQuery } from 'graphql';

let githubSchema: GraphQLSchema | null = null;

/** GitHub's published GraphQL schema (`@octokit/graphql-schema`), built once. */
export function githubGraphqlSchema(): GraphQLSchema {
  githubSchema ??= buildClientSchema(schema.json as unknown as IntrospectionQuery);
  return githubSchema;
}
