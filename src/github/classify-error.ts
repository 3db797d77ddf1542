import type { UnavailableReason } from '../model/part.js';
import { redactSecrets } from '../util/redact.js';

/** Why a read failed, in the words of the raw snapshot. */
export interface ReadFailure {
  reason: UnavailableReason;
  detail: string;
}

export interface GraphqlErrorEntry {
  type?: string;
  message: string;
  path?: ReadonlyArray<string | number>;
}

/** The data and errors of a GraphQL answer that carried errors (Octokit's `GraphqlResponseError`). */
export function graphqlErrorsOf(error: unknown): { data: unknown; errors: GraphqlErrorEntry[] } | null {
  const candidate = error as { name?: unknown; errors?: unknown; data?: unknown } | null;
  if (candidate?.name !== 'GraphqlResponseError' || !Array.isArray(candidate.errors)) return null;
  return { data: candidate.data ?? null, errors: candidate.errors as GraphqlErrorEntry[] };
}

/**
 * Turns a failed request into a reason and a message saying what to fix. `permission` names the
 * permission the read needs (e.g. "Actions: read").
 */
export function readFailure(error: unknown, what: string, permission: string): ReadFailure {
  const status = statusOf(error);
  const message = shortMessage(error);
  if (status === 404) return { reason: 'not-found', detail: `${what}: not found (HTTP 404)` };
  if (status === 410)
    return { reason: 'disabled', detail: `${what}: disabled on this repository (HTTP 410)` };
  if (status === 409)
    return { reason: 'empty-repository', detail: `${what}: the repository is empty (HTTP 409)` };
  if ((status === 403 || status === 429) && isRateLimit(error)) {
    return {
      reason: 'api-fault',
      detail: `${what}: GitHub's rate limit was reached (HTTP ${status}); the next run will retry`,
    };
  }
  if (status === 401) {
    return {
      reason: 'no-permission',
      detail: `${what}: the token was refused (HTTP 401); check that it is valid`,
    };
  }
  if (status === 403) {
    return {
      reason: 'no-permission',
      detail: `${what}: not allowed (HTTP 403${message ? `, ${message}` : ''}); grant the token or app "${permission}"`,
    };
  }
  return {
    reason: 'api-fault',
    detail: `${what}: ${status ? `HTTP ${status}` : 'request failed'}${message ? ` — ${message}` : ''}`,
  };
}

/** The failure matching one GraphQL error (`FORBIDDEN`, `NOT_FOUND`, …). */
export function graphqlFailure(entry: GraphqlErrorEntry, what: string, permission: string): ReadFailure {
  const message = redactSecrets(entry.message).slice(0, 200);
  switch (entry.type) {
    case 'NOT_FOUND':
      return { reason: 'not-found', detail: `${what}: not found — ${message}` };
    case 'FORBIDDEN':
    case 'INSUFFICIENT_SCOPES':
      return {
        reason: 'no-permission',
        detail: `${what}: ${message}; grant the token or app "${permission}"`,
      };
    case 'RATE_LIMITED':
      return {
        reason: 'api-fault',
        detail: `${what}: GitHub's rate limit was reached; the next run will retry`,
      };
    default:
      return { reason: 'api-fault', detail: `${what}: ${message}` };
  }
}

export function statusOf(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : null;
}

function isRateLimit(error: unknown): boolean {
  const response = (error as { response?: { headers?: Record<string, unknown> } } | null)?.response;
  if (
    response?.headers?.['x-ratelimit-remaining'] === '0' ||
    response?.headers?.['retry-after'] !== undefined
  ) {
    return true;
  }
  return /rate limit/i.test(shortMessage(error));
}

/** The first line of the error's message, without the URL or headers Octokit may append. */
function shortMessage(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  if (typeof message !== 'string') return '';
  return redactSecrets((message.split('\n')[0] ?? '').replace(/ - https?:\/\/\S+$/, '')).slice(0, 200);
}
