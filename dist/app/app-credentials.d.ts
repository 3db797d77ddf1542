/** A GitHub App's identity: what authenticates as the app, then as each installation. */
export interface AppCredentials {
    appId: number;
    privateKey: string;
}
/**
 * `APP_ID` and `PRIVATE_KEY` (the .pem's content, with real or `\n` line breaks, or base64) or
 * `PRIVATE_KEY_PATH` (relative to `cwd`), as Probot reads them. A problem says what to set. The key
 * read is registered as a secret value (`registerSecretValue`).
 */
export declare function readAppCredentials(env: Readonly<Record<string, string | undefined>>, cwd: string): Promise<{
    credentials: AppCredentials;
} | {
    problem: string;
}>;
/**
 * The REST base URL and GraphQL endpoint as Probot finds them: `GHE_HOST` (with `GHE_PROTOCOL`,
 * https by default) for GitHub Enterprise Server, else `GITHUB_API_URL` / `GITHUB_GRAPHQL_URL`
 * (GitHub Actions' variables), else github.com.
 */
export declare function appEndpoints(env: Readonly<Record<string, string | undefined>>): {
    baseUrl: string;
    graphqlUrl: string | null;
};
