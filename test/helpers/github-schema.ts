import { schema } from '@octokit/graphql-schema';
import { buildClientSchema, type GraphQLSchema, type IntrospectionQuery, parse, validate } from 'graphql';

let githubSchema: GraphQLSchema | null = null;

/** GitHub's published GraphQL schema (`@octokit/graphql-schema`), built once. */
export function githubGraphqlSchema(): GraphQLSchema {
  githubSchema ??= buildClientSchema(schema.json as unknown as IntrospectionQuery);
  return githubSchema;
}

/** The messages GitHub's schema gives for a document: empty when GitHub would accept it. */
export function graphqlProblems(document: string): string[] {
  return validate(githubGraphqlSchema(), parse(document)).map((error) => error.message);
}
