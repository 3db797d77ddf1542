import { Octokit } from '@octokit/rest';
import { GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { githubGraphqlSchema } from '../../dev/simulated-github/github-graphql-schema.js';
import { OVERVIEW_QUERY } from '../../src/github/queries/overview-query.js';
import { GITHUB_NOW, NAME, OWNER, productGitHubSpec } from '../helpers/product-github-spec.js';
import { useSimulatedGitHub } from './simulated-server.js';

const simulatedGitHub = useSimulatedGitHub();

async function postGraphql(url: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { authorization: 'bearer any-token', 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('GraphQL over HTTP, checked against GitHub’s published schema', () => {
  it('rejects a field GitHub’s schema lacks: errors and no data', async () => {
    const repository = githubGraphqlSchema().getType('Repository');
    expect(repository).toBeInstanceOf(GraphQLObjectType);
    const fields = (repository as GraphQLObjectType).getFields();
    expect(fields.healthScore).toBeUndefined();
    expect(fields.nameWithOwner).toBeDefined();

    const { url, simulated } = await simulatedGitHub.serve([productGitHubSpec()]);
    const query =
      'query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { nameWithOwner healthScore } }';
    const refused = await postGraphql(url, query, { owner: OWNER, name: NAME });
    expect(refused.status).toBe(200);
    expect(refused.body).not.toHaveProperty('data');
    expect(refused.body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('Cannot query field "healthScore" on type "Repository"'),
        locations: [expect.objectContaining({ line: 1 })],
      }),
    ]);

    // Octokit turns it into a GraphqlResponseError without data, as it does with GitHub's answer.
    const octokit = new Octokit({ baseUrl: url, auth: 'any-token' });
    const error = await octokit
      .graphql(query, { owner: OWNER, name: NAME })
      .catch((caught: { name: string; data: unknown; errors: unknown[] }) => caught);
    expect(error).toMatchObject({ name: 'GraphqlResponseError', data: undefined });

    // The same query without the unknown field is answered; refused documents cost no points.
    const accepted = await postGraphql(
      url,
      'query($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { nameWithOwner } rateLimit { remaining } }',
      { owner: OWNER, name: NAME },
    );
    expect(accepted.body).toEqual({
      data: { repository: { nameWithOwner: `${OWNER}/${NAME}` }, rateLimit: { remaining: 4999 } },
    });
    expect(simulated.requests.map((request) => request.status)).toEqual([200, 200, 200]);
  });

  it('rejects an unknown argument, a wrong variable type and a misspelt type condition', async () => {
    const { url } = await simulatedGitHub.serve([productGitHubSpec()]);
    const cases = [
      [
        `{ repository(owner: "${OWNER}", name: "${NAME}", branch: "main") { name } }`,
        /Unknown argument "branch"/,
      ],
      [
        'query($n: Int!) { repository(owner: "x", name: $n) { name } }',
        /Variable "\$n" of type "Int!" used in position expecting type "String!"/,
      ],
      [
        `{ repository(owner: "${OWNER}", name: "${NAME}") { object(expression: "HEAD") { ... on Comit { oid } } } }`,
        /Unknown type "Comit"/,
      ],
    ] as const;
    for (const [query, message] of cases) {
      const { body } = await postGraphql(url, query);
      expect(body).not.toHaveProperty('data');
      expect((body.errors as Array<{ message: string }>).map((error) => error.message).join('\n')).toMatch(
        message,
      );
    }
  });

  it('answers the project’s own overview query over HTTP', async () => {
    const { url } = await simulatedGitHub.serve(
      [productGitHubSpec(), { owner: OWNER, name: '.github', files: { 'README.md': '# Example\n' } }],
      { now: () => new Date(GITHUB_NOW) },
    );
    const octokit = new Octokit({ baseUrl: url, auth: 'any-token' });
    const data = await octokit.graphql<{ repository: { nameWithOwner: string } }>(OVERVIEW_QUERY, {
      owner: OWNER,
      name: NAME,
      since: '2026-08-24T00:00:00Z',
    });
    expect(data.repository.nameWithOwner).toBe(`${OWNER}/${NAME}`);
  });
});
