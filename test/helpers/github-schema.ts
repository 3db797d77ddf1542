import { parse, validate } from 'graphql';
import { githubGraphqlSchema } from '../../dev/simulated-github/github-graphql-schema.js';

export { githubGraphqlSchema };

/** The messages GitHub's schema gives for a document: empty when GitHub would accept it. */
export function graphqlProblems(document: string): string[] {
  return validate(githubGraphqlSchema(), parse(document)).map((error) => error.message);
}
