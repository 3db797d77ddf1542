/** One page of an owner's repositories (user or organisation), names only: sharding happens on this list. */
export const OWNER_REPOSITORIES_QUERY = /* GraphQL */ `
  query OwnerRepositories($login: String!, $after: String) {
    repositoryOwner(login: $login) {
      login
      repositories(first: 100, after: $after, orderBy: { field: NAME, direction: ASC }) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          nameWithOwner
          isArchived
          isFork
        }
      }
    }
    rateLimit {
      cost
      remaining
      resetAt
    }
  }
`;
/** Health issues read per repository: the marked one is the oldest carrying the label. */
export const HEALTH_ISSUES_READ = 5;
const COMPARED_REPOSITORY_FIELDS = `
    nameWithOwner
    url
    isArchived
    isFork
    repositoryTopics(first: 20) {
      nodes {
        topic {
          name
        }
      }
    }
    configFile: object(expression: "HEAD:.github/product-health.yml") {
      ... on Blob {
        text
      }
    }
    healthIssues: issues(
      first: ${HEALTH_ISSUES_READ}
      labels: [$label]
      states: [OPEN, CLOSED]
      orderBy: { field: CREATED_AT, direction: ASC }
    ) {
      nodes {
        number
        url
        state
        updatedAt
        body
      }
    }`;
/**
 * What a comparison reads of `count` repositories in one request: topics, the configuration's
 * text (its product name and issue label) and the health issues with their hidden state.
 * Variables: `$label`, `$owner0`, `$name0`, … Each repository has its own alias (`r0`, `r1`, …), so
 * one that cannot be read costs its row only.
 */
export function comparedRepositoriesQuery(count) {
    const variables = Array.from({ length: count }, (_, i) => `$owner${i}: String!, $name${i}: String!`);
    const fields = Array.from({ length: count }, (_, i) => `  r${i}: repository(owner: $owner${i}, name: $name${i}) {${COMPARED_REPOSITORY_FIELDS}\n  }`);
    return `query ComparedRepositories($label: String!, ${variables.join(', ')}) {\n${fields.join('\n')}\n  rateLimit {\n    cost\n    remaining\n    resetAt\n  }\n}\n`;
}
