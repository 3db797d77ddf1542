import { clamp } from '../util/stats.js';
const TIERS = { pass: [80, 100], warn: [50, 79], fail: [0, 49] };
/**
 * A score that agrees with the status: pass lands in 80–100, warn in 50–79, fail in 0–49, and
 * `fraction` (0–1, e.g. `scoreBetween(...) / 100`) says where in that tier. Null for the other statuses.
 */
export function tieredScore(status, fraction) {
    const tier = TIERS[status];
    if (!tier)
        return null;
    const [low, high] = tier;
    return Math.round(low + (high - low) * clamp(Number.isFinite(fraction) ? fraction : 0, 0, 1));
}
