import { type GraphQLSchema } from 'graphql';
/** GitHub's published GraphQL schema (`@octokit/graphql-schema`), built once. */
export declare function githubGraphqlSchema(): GraphQLSchema;
