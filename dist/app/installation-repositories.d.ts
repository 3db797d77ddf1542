import type { OctokitLike } from '../github/github-client.js';
/** A repository an installation can see, as `GET /installation/repositories` lists it. */
export interface InstallationRepository {
    id: number;
    owner: string;
    repo: string;
    archived: boolean;
}
/**
 * Every repository an installation can see (one request per 100), with its archived flag. Needs
 * an Octokit authenticated as the installation.
 */
export declare function listInstallationRepositories(octokit: OctokitLike): Promise<InstallationRepository[]>;
/**
 * The repositories to scan: not archived (nothing to coach, and the issue could not be written), and
 * among `only` (ids or `owner/repo` names) when given.
 */
export declare function repositoriesToScan(listed: readonly InstallationRepository[], only?: ReadonlyArray<{
    id?: number;
    full_name?: string;
}>): {
    scan: InstallationRepository[];
    archived: InstallationRepository[];
};
export declare function fullName(repository: {
    owner: string;
    repo: string;
}): string;
