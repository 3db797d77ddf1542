/**
 * The repository the workflow runs for: `GITHUB_REPOSITORY` (`owner/repo`), else the event
 * payload's `repository`; null when neither says.
 */
export declare function workflowRepository(env: Readonly<Record<string, string | undefined>>, payload: {
    repository?: {
        name?: unknown;
        owner?: {
            login?: unknown;
        };
    };
} | null | undefined): {
    owner: string;
    repo: string;
} | null;
