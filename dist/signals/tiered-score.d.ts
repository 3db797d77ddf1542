import type { Status } from '../model/ids.js';
/**
 * A score that agrees with the status: pass lands in 80–100, warn in 50–79, fail in 0–49, and
 * `fraction` (0–1, e.g. `scoreBetween(...) / 100`) says where in that tier. Null for the other statuses.
 */
export declare function tieredScore(status: Status, fraction: number): number | null;
