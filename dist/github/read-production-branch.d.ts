import type { BranchHistory, TimeWindow } from '../model/raw-snapshot.js';
import type { GitHubClient } from './github-client.js';
/**
 * The first-parent history of the production branch inside the window, when it is not the default
 * branch (whose history the overview already read): one request for a typical window.
 */
export declare function readProductionBranch(client: GitHubClient, owner: string, name: string, branch: string, window: TimeWindow): Promise<BranchHistory>;
