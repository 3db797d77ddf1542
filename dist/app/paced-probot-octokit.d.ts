import type { Logger, ProbotOctokit } from 'probot';
/**
 * Probot's Octokit with the product's rate-limit rules (wait for a reset only when it is near, else
 * the scan stops as rate-limited and is rescheduled) in place of Probot's (wait for any reset, an
 * hour away included, holding a scan slot). Probot's own throttling options (its Redis connection
 * when `REDIS_URL` is set) are kept: only the two decisions are replaced.
 */
export declare function pacedProbotOctokit(Octokit: typeof ProbotOctokit, log: Logger): typeof ProbotOctokit;
