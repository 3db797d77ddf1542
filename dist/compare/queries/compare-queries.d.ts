/** One page of an owner's repositories (user or organisation), names only: sharding happens on this list. */
export declare const OWNER_REPOSITORIES_QUERY = "\n  query OwnerRepositories($login: String!, $after: String) {\n    repositoryOwner(login: $login) {\n      login\n      repositories(first: 100, after: $after, orderBy: { field: NAME, direction: ASC }) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          nameWithOwner\n          isArchived\n          isFork\n        }\n      }\n    }\n    rateLimit {\n      cost\n      remaining\n      resetAt\n    }\n  }\n";
export interface OwnerRepositoriesResponse {
    repositoryOwner: {
        login: string;
        repositories: {
            pageInfo: {
                hasNextPage: boolean;
                endCursor: string | null;
            };
            nodes: Array<{
                nameWithOwner: string;
                isArchived: boolean;
                isFork: boolean;
            } | null> | null;
        };
    } | null;
}
/** Health issues read per repository: the marked one is the oldest carrying the label. */
export declare const HEALTH_ISSUES_READ = 5;
/**
 * What a comparison reads of `count` repositories in one request: topics, the configuration's
 * text (its product name and issue label) and the health issues with their hidden state.
 * Variables: `$label`, `$owner0`, `$name0`, … Each repository has its own alias (`r0`, `r1`, …), so
 * one that cannot be read costs its row only.
 */
export declare function comparedRepositoriesQuery(count: number): string;
export interface ComparedRepositoryNode {
    nameWithOwner: string;
    url: string;
    isArchived: boolean;
    isFork: boolean;
    repositoryTopics: {
        nodes: Array<{
            topic: {
                name: string;
            };
        } | null> | null;
    };
    configFile: {
        text?: string | null;
    } | null;
    healthIssues: {
        nodes: Array<{
            number: number;
            url: string;
            state: 'OPEN' | 'CLOSED';
            updatedAt: string;
            body: string;
        } | null> | null;
    };
}
