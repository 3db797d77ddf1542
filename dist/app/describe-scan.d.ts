import type { RateLimitedError } from '../github/rate-limited-error.js';
import type { ScannedRepository } from './scan-installation-repository.js';
/** One line on a scan: grade, score and what happened to the issue. */
export declare function describeScanOutcome(result: ScannedRepository, dryRun?: boolean): string;
/**
 * What the operator should fix for this scan to be complete: an issue write that failed, and the
 * parts GitHub refused (each says which permission to grant). Empty when nothing is missing.
 */
export declare function scanProblems(result: ScannedRepository): string[];
/** Why a scan could not run at all, and what to fix; never carries a credential. */
export declare function describeScanFailure(error: unknown, repository: string): string;
/** One line on a repository GitHub's rate limit kept from being scanned (or finished). */
export declare function describeRateLimited(repository: string, limit: RateLimitedError): string;
/**
 * The summary of the repositories left for after the reset: "312 repositories not refreshed: rate
 * limit until 14:05 UTC"; the latest reset is given (all are free again by then).
 */
export declare function rateLimitSummary(limits: readonly RateLimitedError[]): string;
