import { type ActionIo } from './action-io.js';
/**
 * The Action: scans the workflow's repository through the same core as the command line and the
 * app, keeps its product-health issue, and reports through outputs, warnings and the job summary;
 * with `overview: true`, then compares its owner's repositories and keeps the overview issue.
 * The one place that catches: a real failure (bad input, repository out of reach, a fault) fails
 * the step with a message saying what to fix; partial data only warns.
 */
export declare function runAction(io?: ActionIo): Promise<void>;
