import type { ConfigProblem } from '../config/config.js';
import type { ConfigInput } from '../scan/scan-repository.js';
import type { GitHubClient } from './github-client.js';
/** Files read through `_extends` at most, the repository's own not counted. */
export declare const MAX_EXTENDS_DEPTH = 3;
export interface ResolvedConfig {
    /** The merged configuration, or the file as found when it inherits nothing. */
    config: ConfigInput;
    /** What could not be followed or used, naming no key or value of another file. */
    problems: ConfigProblem[];
}
interface Location {
    owner: string;
    repo: string;
    path: string;
}
/**
 * Follows `_extends` by Probot's convention (GitHub's `.github` repository convention), within
 * the repository owner's own repositories only, at most `MAX_EXTENDS_DEPTH` files deep. Each file
 * is read through the configuration's size limit and parser; each top-level key of an extending
 * file replaces the inherited one whole. What cannot be followed (another owner, a missing, too
 * large or invalid file, no permission, too deep a chain) is a problem, and the chain stops there
 * with what was read. Requests go through `client`, so they count in the scan's cost. Never throws.
 */
export declare function resolveConfigExtends(client: GitHubClient, owner: string, found: {
    file: string;
    text: string;
}): Promise<ResolvedConfig>;
/** Where an `_extends` value points, the configuration's own path when it names none; null when malformed. */
export declare function parseExtends(value: string, owner: string): Location | null;
export {};
