import type { Source } from '../source.js';
import { type GitLimits } from './git.js';
export interface LocalSourceOptions {
    /** Bounds of each git command (tests shorten them). */
    git?: Partial<GitLimits>;
    /** A local checkout of the product records' repository (betagouv/beta.gouv.fr), to read the product's record. */
    betagouvDir?: string | null;
}
export declare function createLocalSource(directory: string, options?: LocalSourceOptions): Source;
/** `owner/name` of a github.com remote URL (https, ssh or scp-like), else null. */
export declare function parseGitHubRemote(url: string): string | null;
