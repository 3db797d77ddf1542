import { registerSecretValue } from '../util/secret-values.js';
export const GITHUB_COM_API = 'https://api.github.com';
/** An API address in the environment that cannot be one: says which variable and what to set. */
export class GitHubEndpointError extends Error {
    name = 'GitHubEndpointError';
}
const EXPECTED = {
    GITHUB_API_URL: `GitHub's REST API: ${GITHUB_COM_API}, or https://HOST/api/v3 on GitHub Enterprise Server`,
    GITHUB_GRAPHQL_URL: `GitHub's GraphQL API: ${GITHUB_COM_API}/graphql, or https://HOST/api/graphql on GitHub Enterprise Server`,
};
/**
 * The endpoints of the environment. Throws a `GitHubEndpointError` when `GITHUB_API_URL` or
 * `GITHUB_GRAPHQL_URL` is set to anything but an http(s) address: every request would fail, and
 * the run would end with a report of unknowns instead of saying what to fix.
 */
export function githubEndpoints(env) {
    const apiUrl = env.GITHUB_API_URL?.trim() || GITHUB_COM_API;
    const graphqlUrl = env.GITHUB_GRAPHQL_URL?.trim() || null;
    checkApiUrl(apiUrl, 'GITHUB_API_URL', EXPECTED.GITHUB_API_URL);
    if (graphqlUrl !== null)
        checkApiUrl(graphqlUrl, 'GITHUB_GRAPHQL_URL', EXPECTED.GITHUB_GRAPHQL_URL);
    return { apiUrl: apiUrl.replace(/\/+$/, ''), graphqlUrl: graphqlUrl?.replace(/\/+$/, '') ?? null };
}
/** Throws a `GitHubEndpointError` naming `variable` when `url` is not an http(s) address with a host. */
export function checkApiUrl(url, variable, expected) {
    if (isHttpUrl(url))
        return;
    throw new GitHubEndpointError(`${variable} is not an http(s) address (${JSON.stringify(shown(url))}): set it to ${expected}, or leave it unset for github.com.`);
}
function isHttpUrl(url) {
    try {
        const parsed = new URL(url);
        return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '';
    }
    catch {
        return false;
    }
}
/** The value as it may be shown: credentials written into it hidden, and not too long. */
function shown(url) {
    const hidden = url.replace(/\/\/[^/@\s]*@/, '//***@');
    return hidden.length > 120 ? `${hidden.slice(0, 120)}…` : hidden;
}
/**
 * The token from `GITHUB_TOKEN`, else `GH_TOKEN` (the GitHub CLI's), else null; registered as a
 * secret value, so no redacted message carries it whatever its shape.
 */
export function githubToken(env) {
    const token = env.GITHUB_TOKEN?.trim() || env.GH_TOKEN?.trim() || null;
    registerSecretValue(token);
    return token;
}
