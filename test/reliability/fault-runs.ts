/** What a fault scenario runs and measures: its world, one scan by an entry point, the requests seen. */

import type { SimulatedGitHub, SimulatedRequest } from '../../dev/simulated-github/simulated-github.js';
import type { Report } from '../../src/report/report.js';
import type { testClock } from '../simulated-github/simulated-server.js';
import { isTicked } from './fault-harness.js';

/** The simulated GitHub of a scenario, where it is served, and its clock. */
export interface FaultWorld {
  simulated: SimulatedGitHub;
  url: string;
  clock: ReturnType<typeof testClock>;
}

/** One scan, as an entry point (the app, the command line) ran it. */
export interface RunOutcome {
  /** The scan ended with a report (the app called back; the command exited 0). */
  finished: boolean;
  report: Report | null;
  /** What happened to the product-health issue. */
  action: string | null;
  /** The reason given for it, when any. */
  message: string | null;
}

/** An entry point of the product, run once per call. */
export interface Entry {
  run(): Promise<RunOutcome>;
}

/** A request as the client sent it: method, path and body (GraphQL: its query and variables). */
function identity(request: SimulatedRequest): string {
  const body =
    request.kind === 'graphql' ? { query: request.query, variables: request.variables } : request.body;
  return `${request.method} ${request.path} ${JSON.stringify(body ?? null)}`;
}

/** How many times each distinct request was sent. */
export function attemptsOfEachRequest(requests: readonly SimulatedRequest[]): Map<string, number> {
  const attempts = new Map<string, number>();
  for (const request of requests) attempts.set(identity(request), (attempts.get(identity(request)) ?? 0) + 1);
  return attempts;
}

/** Requests sent again (same method, path and body): the retries. */
export function repeatedRequests(requests: readonly SimulatedRequest[]): number {
  return requests.length - attemptsOfEachRequest(requests).size;
}

/**
 * Whether the body keeps the person's tick of step `key`: shown ticked, or (unless `shown` is
 * required) remembered in the hidden comment while the step's signal is unknown.
 */
export function heldTick(body: string | undefined, key: string, options: { shown?: boolean } = {}): boolean {
  if (isTicked(body, key)) return true;
  if (options.shown) return false;
  const remembered = /<!--\s*product-health:ticked\s+([a-z0-9:,-]*)\s*-->/.exec(body ?? '')?.[1] ?? '';
  return remembered.split(',').includes(key);
}
