import type { Language } from '../model/ids.js';
import { issueLabelsFor } from './issue-labels.js';

const SECRETS: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:gh[opsur]_|github_pat_)[A-Za-z0-9_]+/g, '[redacted]'],
  [/\b(bearer|token|basic)\s+[A-Za-z0-9._~+/=-]+/gi, '$1 [redacted]'],
  [/(https?:\/\/)[^/\s@]+@/gi, '$1[redacted]@'],
];

/** Why a write failed and what to fix, in the report's language; never carries a credential. */
export function writeFailureMessage(error: unknown, what: string, language: Language): string {
  const labels = issueLabelsFor(language);
  const status =
    typeof (error as { status?: unknown })?.status === 'number' ? (error as { status: number }).status : 0;
  const detail = redactSecrets(error instanceof Error ? error.message : String(error));
  const { failure } = labels;
  const reason =
    status === 403 && /rate limit|abuse/i.test(detail)
      ? failure.rateLimited
      : status === 403
        ? failure.forbidden
        : status === 401
          ? failure.unauthorized
          : status === 404
            ? failure.notFound
            : status === 410
              ? failure.gone
              : status === 422
                ? failure.invalid(detail)
                : status >= 500
                  ? failure.serverError(status)
                  : failure.network(detail);
  return labels.failed(what, reason);
}

/** Error text without tokens or credentials, on one line and short. */
export function redactSecrets(text: string): string {
  const flat = SECRETS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text)
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > 300 ? `${flat.slice(0, 299)}…` : flat;
}
