import { describe, expect, it } from 'vitest';
import { buildDetailsQuery, type DetailsRequest } from '../../src/github/queries/details-query.js';
import { OVERVIEW_QUERY } from '../../src/github/queries/overview-query.js';
import { graphqlProblems } from '../helpers/github-schema.js';

const FULL_DETAILS: DetailsRequest = {
  owner: 'octo',
  name: 'service',
  since: '2026-08-24T00:00:00.000Z',
  head: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
  files: ['README.md', 'docs/vision.md'],
  datedFiles: ['README.md'],
  feedback: { labels: ['feedback'], after: 'Y3Vyc29yOjE=' },
  healthLabel: 'product-health',
  more: {
    history: 'Y3Vyc29yOjI=',
    releases: 'Y3Vyc29yOjM=',
    tags: 'Y3Vyc29yOjQ=',
    deployments: 'Y3Vyc29yOjU=',
  },
  comments: [{ issueId: 'I_kwDOA', after: 'Y3Vyc29yOjY=' }],
  record: { owner: 'betagouv', name: 'beta.gouv.fr', path: 'content/_startups/service.md' },
};

describe('GraphQL documents against GitHub’s published schema', () => {
  it('accepts the overview query', () => {
    expect(graphqlProblems(OVERVIEW_QUERY)).toEqual([]);
  });

  it('accepts the details query with every part asked for', () => {
    const built = buildDetailsQuery(FULL_DETAILS);
    expect(built).not.toBeNull();
    expect(graphqlProblems(built?.document ?? '')).toEqual([]);
  });

  it('accepts each part of the details query alone (no unused variable or fragment)', () => {
    const empty: DetailsRequest = {
      ...FULL_DETAILS,
      files: [],
      datedFiles: [],
      feedback: null,
      healthLabel: null,
      more: {},
      comments: [],
      record: null,
    };
    const variants: DetailsRequest[] = [
      { ...empty, files: ['README.md'] },
      { ...empty, datedFiles: ['README.md'] },
      { ...empty, feedback: { labels: ['feedback'], after: null } },
      { ...empty, healthLabel: 'product-health' },
      { ...empty, more: { history: null } },
      { ...empty, more: { releases: 'x' } },
      { ...empty, more: { tags: 'x' } },
      { ...empty, more: { deployments: 'x' } },
      { ...empty, comments: [{ issueId: 'I_1', after: 'x' }] },
      { ...empty, record: { owner: 'betagouv', name: 'beta.gouv.fr', path: 'content/_startups/x.md' } },
    ];
    for (const variant of variants) {
      const built = buildDetailsQuery(variant);
      expect(built, JSON.stringify(variant)).not.toBeNull();
      expect(graphqlProblems(built?.document ?? ''), JSON.stringify(variant)).toEqual([]);
    }
    expect(buildDetailsQuery(empty)).toBeNull();
  });

  it('declares exactly the variables it sends', () => {
    const built = buildDetailsQuery(FULL_DETAILS);
    const declared = [...(built?.document.matchAll(/\$(\w+):/g) ?? [])].map(([, name]) => name).sort();
    expect(declared).toEqual(Object.keys(built?.variables ?? {}).sort());
  });

  it('fails on a field GitHub’s schema lacks', () => {
    const broken = OVERVIEW_QUERY.replace('isArchived', 'isArchived healthScore');
    expect(graphqlProblems(broken)).toEqual([expect.stringContaining('healthScore')]);
  });
});
