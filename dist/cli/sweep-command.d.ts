import { Command } from 'commander';
import { ProbotOctokit } from 'probot';
import type { CliIo } from './cli-io.js';
export interface SweepDependencies {
    /** The Octokit class (tests turn retries and throttling off); Probot's, with both, by default. */
    Octokit?: typeof ProbotOctokit;
}
/**
 * `product-health sweep`: authenticated as the GitHub App (`APP_ID`, `PRIVATE_KEY` or
 * `PRIVATE_KEY_PATH`), visits every installation and every repository it can see, scans them with
 * bounded concurrency and keeps their product-health issues. Rate limits are honoured (Octokit's
 * throttling waits for a reset that is near); each installation's budget, as GitHub's answers tell
 * it, decides whether one more repository can be scanned now, and a repository it cannot (or whose
 * scan met the limit) is listed `rate-limited` with the reset time, never half-scanned. Exits 1
 * when a repository failed or was rate-limited, after visiting all of them.
 */
export declare function sweepCommand(io: CliIo, dependencies?: SweepDependencies): Command;
