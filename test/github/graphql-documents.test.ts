import { describe, expect, it } from 'vitest';
import { OVERVIEW_QUERY } from '../../src/github/queries/overview-query.js';
import { graphqlProblems } from '../helpers/github-schema.js';

describe('GraphQL documents against GitHub’s published schema', () => {
  it('accepts the overview query', () => {
    expect(graphqlProblems(OVERVIEW_QUERY)).toEqual([]);
  });
});
