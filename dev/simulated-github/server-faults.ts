import { createHash } from 'node:crypto';

/**
 * What a faulty request gets: an HTTP status (GitHub's error body, nothing applied), `reset` (the
 * connection is dropped before any answer, nothing applied), `timeout` (the request is applied, its
 * answer held `timeoutMs` — past the client's timeout) or `malformed` (the request is applied, the
 * answer is cut: status 200, invalid JSON).
 */
export type SimulatedFaultKind =
  | '403'
  | '404'
  | '410'
  | '500'
  | '502'
  | '503'
  | '504'
  | 'timeout'
  | 'reset'
  | 'malformed';

export const FAULT_KINDS: readonly SimulatedFaultKind[] = [
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

/** Faults injected server-wide, on top of the per-repository `faults` of the specs. */
export interface SimulatedServerFaults {
  /** Share of requests that fail, 0–1 (e.g. 0.05). */
  rate: number;
  /** What a failing request gets, drawn uniformly among these. */
  kinds: SimulatedFaultKind[];
  /** Seed of the draws (the simulator's `seed` unless told). */
  seed?: number;
  /** How long a `timeout` holds its answer, in ms: 30,000 unless told (past a client's timeout). */
  timeoutMs?: number;
  /**
   * Per-route overrides, keyed by Octokit route (`GET /repos/{owner}/{repo}/actions/runs`,
   * `POST /app/installations/{installation_id}/access_tokens`) or `graphql` (every GraphQL request): another rate,
   * other kinds, or both. `{ rate: 0 }` spares a route.
   */
  routes?: Record<string, { rate?: number; kinds?: SimulatedFaultKind[] }>;
}

/** Added to every answer: a fixed number of ms, or drawn between `min` and `max` (inclusive). */
export type SimulatedLatency = number | { min: number; max: number };

export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * A number in [0, 1) drawn from the seed and the parts: a counter-based PRNG. Each request draws
 * from its own identity (method, path, how many times it was seen), so the faults and latencies of
 * a run do not depend on the order concurrent requests arrive in.
 */
export function draw(seed: number, ...parts: Array<string | number>): number {
  const digest = createHash('sha256')
    .update(`${seed}\0${parts.join('\0')}`)
    .digest();
  return digest.readUInt32BE(0) / 2 ** 32;
}

/** The fault a request gets, or null: `route` is its Octokit route (or `graphql`). */
export function pickFault(
  faults: SimulatedServerFaults | undefined,
  seed: number,
  route: string | null,
  identity: string,
  occurrence: number,
): SimulatedFaultKind | null {
  if (!faults) return null;
  const override = route === null ? undefined : faults.routes?.[route];
  const rate = override?.rate ?? faults.rate;
  const kinds = override?.kinds ?? faults.kinds;
  if (!(rate > 0) || kinds.length === 0) return null;
  const fold = faults.seed ?? seed;
  if (draw(fold, 'fault', identity, occurrence) >= rate) return null;
  return kinds[Math.floor(draw(fold, 'kind', identity, occurrence) * kinds.length)] ?? null;
}

/** The latency of a request, in ms. */
export function pickLatency(
  latency: SimulatedLatency | undefined,
  seed: number,
  identity: string,
  occurrence: number,
): number {
  if (latency === undefined) return 0;
  if (typeof latency === 'number') return Math.max(0, latency);
  const min = Math.max(0, Math.min(latency.min, latency.max));
  const max = Math.max(min, latency.max);
  return min + Math.floor(draw(seed, 'latency', identity, occurrence) * (max - min + 1));
}

/** Checks a fault configuration, so a typo fails at construction rather than silently injecting nothing. */
export function checkFaults(faults: SimulatedServerFaults | undefined): void {
  if (!faults) return;
  const check = (rate: number | undefined, kinds: SimulatedFaultKind[] | undefined, where: string) => {
    if (rate !== undefined && !(rate >= 0 && rate <= 1)) {
      throw new Error(`SimulatedGitHub: faults${where}.rate must be between 0 and 1, not ${rate}`);
    }
    for (const kind of kinds ?? []) {
      if (!FAULT_KINDS.includes(kind)) {
        throw new Error(
          `SimulatedGitHub: unknown fault kind ${JSON.stringify(kind)} in faults${where}.kinds (known: ${FAULT_KINDS.join(', ')})`,
        );
      }
    }
  };
  check(faults.rate, faults.kinds, '');
  for (const [route, override] of Object.entries(faults.routes ?? {})) {
    check(override.rate, override.kinds, `.routes[${JSON.stringify(route)}]`);
  }
}
