import type { RateLimitedError } from '../github/rate-limited-error.js';
import type { GitHubScanResult } from '../scan/scan-github-repository.js';
import type { ComparisonRow } from './comparison.js';
import type { ComparedRepositoryNode } from './queries/compare-queries.js';
/** What the comparison takes from a repository's configuration file (its text read in the batch). */
export interface ComparedSettings {
    product: string | null;
    label: string;
}
export declare function comparedSettings(node: ComparedRepositoryNode): ComparedSettings;
export interface StoredRowOptions {
    now: Date;
    /** A state older than this (the last edit) is scanned again; 0 scans every repository. */
    maxAgeDays: number;
    /** The label the batch read health issues by; a repository configuring another one is scanned. */
    label: string;
    /** Product name from a mapping file, over the configuration's. */
    product?: string | null;
}
/**
 * The row kept in the repository's product-health issue, when it is fresh: the issue carries the
 * marker and a readable state, and was edited within `maxAgeDays`. The issue is edited only when
 * its judgement changes, so an unchanged repository is scanned again once its state is that old.
 * Null when the repository has to be scanned.
 */
export declare function storedRow(node: ComparedRepositoryNode, options: StoredRowOptions): ComparisonRow | null;
/** The row of a repository scanned during this run. */
export declare function scannedRow(repository: string, node: ComparedRepositoryNode | null, result: GitHubScanResult, product: string | null): ComparisonRow;
/** The row of a repository that could be neither read from its issue nor scanned. */
export declare function failedRow(repository: string, node: ComparedRepositoryNode | null, product: string | null, problem: string, webUrl: string): ComparisonRow;
/** A repository GitHub's hourly budget kept from being scanned (or finished): no scores, the reset said. */
export declare function rateLimitedRow(repository: string, node: ComparedRepositoryNode | null, product: string | null, limit: RateLimitedError, webUrl: string): ComparisonRow;
/** "12 repositories not refreshed: rate limit until 14:05 UTC", from the rows' reset times. */
export declare function rateLimitedSummary(rows: readonly ComparisonRow[]): string;
