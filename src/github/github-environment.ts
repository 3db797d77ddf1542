import { registerSecretValue } from '../util/secret-values.js';

/** Where GitHub's APIs are and how to authenticate, from the environment (GitHub Actions' variables). */
export interface GitHubEndpoints {
  /** REST base URL: `https://api.github.com`, or `https://HOST/api/v3` on GitHub Enterprise Server. */
  apiUrl: string;
  /** GraphQL endpoint when given (`https://HOST/api/graphql`); else Octokit derives it from `apiUrl`. */
  graphqlUrl: string | null;
}

export const GITHUB_COM_API = 'https://api.github.com';

export function githubEndpoints(env: Readonly<Record<string, string | undefined>>): GitHubEndpoints {
  const apiUrl = env.GITHUB_API_URL?.trim() || GITHUB_COM_API;
  const graphqlUrl = env.GITHUB_GRAPHQL_URL?.trim() || null;
  return { apiUrl: apiUrl.replace(/\/+$/, ''), graphqlUrl: graphqlUrl?.replace(/\/+$/, '') ?? null };
}

/**
 * The token from `GITHUB_TOKEN`, else `GH_TOKEN` (the GitHub CLI's), else null; registered as a
 * secret value, so no redacted message carries it whatever its shape.
 */
export function githubToken(env: Readonly<Record<string, string | undefined>>): string | null {
  const token = env.GITHUB_TOKEN?.trim() || env.GH_TOKEN?.trim() || null;
  registerSecretValue(token);
  return token;
}
