import { createHash } from 'node:crypto';
export const FAULT_KINDS = [
    '403',
    '404',
    '410',
    '500',
    '502',
    '503',
    '504',
    'timeout',
    'reset',
    'malformed',
];
export const DEFAULT_TIMEOUT_MS = 30_000;
/**
 * A number in [0, 1) drawn from the seed and the parts: a counter-based PRNG. Each request draws
 * from its own identity (method, path, how many times it was seen), so the faults and latencies of
 * a run do not depend on the order concurrent requests arrive in.
 */
export function draw(seed, ...parts) {
    const digest = createHash('sha256')
        .update(`${seed}\0${parts.join('\0')}`)
        .digest();
    return digest.readUInt32BE(0) / 2 ** 32;
}
/** The fault a request gets, or null: `route` is its Octokit route (or `graphql`). */
export function pickFault(faults, seed, route, identity, occurrence) {
    if (!faults)
        return null;
    const override = route === null ? undefined : faults.routes?.[route];
    const rate = override?.rate ?? faults.rate;
    const kinds = override?.kinds ?? faults.kinds;
    if (!(rate > 0) || kinds.length === 0)
        return null;
    const fold = faults.seed ?? seed;
    if (draw(fold, 'fault', identity, occurrence) >= rate)
        return null;
    return kinds[Math.floor(draw(fold, 'kind', identity, occurrence) * kinds.length)] ?? null;
}
/** The latency of a request, in ms. */
export function pickLatency(latency, seed, identity, occurrence) {
    if (latency === undefined)
        return 0;
    if (typeof latency === 'number')
        return Math.max(0, latency);
    const min = Math.max(0, Math.min(latency.min, latency.max));
    const max = Math.max(min, latency.max);
    return min + Math.floor(draw(seed, 'latency', identity, occurrence) * (max - min + 1));
}
/** Checks a fault configuration, so a typo fails at construction rather than silently injecting nothing. */
export function checkFaults(faults) {
    if (!faults)
        return;
    const check = (rate, kinds, where) => {
        if (rate !== undefined && !(rate >= 0 && rate <= 1)) {
            throw new Error(`SimulatedGitHub: faults${where}.rate must be between 0 and 1, not ${rate}`);
        }
        for (const kind of kinds ?? []) {
            if (!FAULT_KINDS.includes(kind)) {
                throw new Error(`SimulatedGitHub: unknown fault kind ${JSON.stringify(kind)} in faults${where}.kinds (known: ${FAULT_KINDS.join(', ')})`);
            }
        }
    };
    check(faults.rate, faults.kinds, '');
    for (const [route, override] of Object.entries(faults.routes ?? {})) {
        check(override.rate, override.kinds, `.routes[${JSON.stringify(route)}]`);
    }
}
//# sourceMappingURL=server-faults.js.map