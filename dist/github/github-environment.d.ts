/** Where GitHub's APIs are and how to authenticate, from the environment (GitHub Actions' variables). */
export interface GitHubEndpoints {
    /** REST base URL: `https://api.github.com`, or `https://HOST/api/v3` on GitHub Enterprise Server. */
    apiUrl: string;
    /** GraphQL endpoint when given (`https://HOST/api/graphql`); else Octokit derives it from `apiUrl`. */
    graphqlUrl: string | null;
}
export declare const GITHUB_COM_API = "https://api.github.com";
/** An API address in the environment that cannot be one: says which variable and what to set. */
export declare class GitHubEndpointError extends Error {
    readonly name = "GitHubEndpointError";
}
/**
 * The endpoints of the environment. Throws a `GitHubEndpointError` when `GITHUB_API_URL` or
 * `GITHUB_GRAPHQL_URL` is set to anything but an http(s) address: every request would fail, and
 * the run would end with a report of unknowns instead of saying what to fix.
 */
export declare function githubEndpoints(env: Readonly<Record<string, string | undefined>>): GitHubEndpoints;
/** Throws a `GitHubEndpointError` naming `variable` when `url` is not an http(s) address with a host. */
export declare function checkApiUrl(url: string, variable: string, expected: string): void;
/**
 * The token from `GITHUB_TOKEN`, else `GH_TOKEN` (the GitHub CLI's), else null; registered as a
 * secret value, so no redacted message carries it whatever its shape.
 */
export declare function githubToken(env: Readonly<Record<string, string | undefined>>): string | null;
