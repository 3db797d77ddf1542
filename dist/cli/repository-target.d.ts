/** `OWNER/REPO`, or a repository's web address, as the owner and the name; null for anything else. */
export declare function parseRepositoryTarget(target: string): {
    owner: string;
    repo: string;
} | null;
