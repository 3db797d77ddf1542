import { type Part } from '../model/part.js';
import type { GitHubClient } from './github-client.js';
export interface TreeResult {
    files: Part<string[]>;
}
/** The default branch's file paths, from the recursive git tree (GraphQL has no recursive listing). */
export declare function readTree(client: GitHubClient, owner: string, repo: string): Promise<TreeResult>;
