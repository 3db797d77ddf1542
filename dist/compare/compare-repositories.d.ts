import { type OctokitLike } from '../github/github-client.js';
import type { WritePacer } from '../github/write-pacer.js';
import type { Comparison } from './comparison.js';
import { type Shard } from './shard.js';
export type CompareTarget = {
    owner: string;
} | {
    repositories: readonly string[];
};
export interface CompareOptions {
    octokit: OctokitLike;
    graphqlUrl?: string | null;
    writePacer?: WritePacer | null;
    /** Web address of GitHub (`https://github.com`, or the GHES host), for rows that could not be read. */
    webUrl: string;
    target: CompareTarget;
    now: Date;
    /** A health issue edited longer ago than this is not trusted: the repository is scanned. */
    maxAgeDays: number;
    /** Keep the product-health issue of each repository scanned (so the next comparison reads it). */
    writeIssues: boolean;
    /** Work out those writes without sending them. */
    dryRun: boolean;
    includeArchived: boolean;
    includeForks: boolean;
    concurrency: number;
    shard: Shard | null;
    /** Product names by `owner/name` (lowercase), from a mapping file; over the repositories' own. */
    products?: ReadonlyMap<string, string>;
    /** Called once the repositories to compare are known, then after each one. */
    onProgress?: (done: number, total: number) => void;
}
/**
 * `product-health compare`: lists the repositories (an owner's, or the ones given), reads every
 * repository's product-health issue in batches, keeps the rows whose stored state is fresh and
 * scans the others with the same core as the app. A repository that cannot be read is a `failed`
 * row with the reason; one GitHub's hourly budget cannot scan now (as its answers tell what is
 * left) is a `rate-limited` row with the reset time, never half-scanned: the comparison always
 * completes.
 */
export declare function compareRepositories(options: CompareOptions): Promise<Comparison>;
