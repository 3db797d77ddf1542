import { redactSecrets } from '../util/redact.js';
import { issueLabelsFor } from './issue-labels.js';
// The redaction lives in util/redact.ts; re-exported for the modules that import it from here.
export { redactCredentials, redactSecrets } from '../util/redact.js';
/** Why a write failed and what to fix, in the report's language; never carries a credential. */
export function writeFailureMessage(error, what, language) {
    const labels = issueLabelsFor(language);
    const status = typeof error?.status === 'number' ? error.status : 0;
    const detail = redactSecrets(error instanceof Error ? error.message : String(error));
    const { failure } = labels;
    const reason = status === 403 && /rate limit|abuse/i.test(detail)
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
