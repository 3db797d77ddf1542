import { statusOf } from '../github/classify-error.js';
import { countOf } from '../messages/format-message.js';
import { redactCredentials, redactSecrets } from '../util/redact.js';
/** One line on a scan: grade, score and what happened to the issue. */
export function describeScanOutcome(result, dryRun = false) {
    const { report, issue } = result;
    const grade = report.grade === null ? 'no grade (no data)' : `grade ${report.grade} (${report.score}/100)`;
    const where = issue?.issue ? ` ${issue.issue.url}` : '';
    const count = issue && issue.action !== 'failed' ? issue.writes.length : 0;
    const writes = count === 0
        ? ''
        : dryRun
            ? `, ${countOf(count, 'write', 'writes')} not sent (dry run)`
            : `, ${countOf(count, 'write', 'writes')}`;
    const issueText = issue ? `issue ${issue.action}${where}${writes}` : 'issue not kept';
    return `${result.owner}/${result.repo}: ${grade}; ${issueText}`;
}
/**
 * What the operator should fix for this scan to be complete: an issue write that failed, and the
 * parts GitHub refused (each says which permission to grant). Empty when nothing is missing.
 */
export function scanProblems(result) {
    const problems = [];
    // The issue's message is redacted where it is made (`writeFailureMessage`); the parts' details quote GitHub.
    if (result.issue?.action === 'failed' && result.issue.message)
        problems.push(result.issue.message);
    for (const part of result.report.unavailable) {
        if (part.reason === 'no-permission')
            problems.push(`${part.part}: ${redactCredentials(part.detail)}`);
    }
    return problems;
}
/** Why a scan could not run at all, and what to fix; never carries a credential. */
export function describeScanFailure(error, repository) {
    const status = statusOf(error);
    const raw = error instanceof Error ? error.message : String(error);
    // The core's own message says what to fix; a refusal it quotes may repeat the credential sent.
    if (error?.name === 'RepositoryAccessError')
        return redactCredentials(raw);
    const message = redactSecrets(raw);
    if (status === 401 || /json web token|\bpem\b|private key|integration not found/i.test(raw)) {
        return `${repository}: GitHub refused the app's credentials (${message}); check APP_ID and PRIVATE_KEY or PRIVATE_KEY_PATH: the private key must be one generated for this app.`;
    }
    if (status === 403 && /rate limit/i.test(raw)) {
        return `${repository}: GitHub's rate limit was reached (${message}); the next event or sweep will scan it again.`;
    }
    if (status === 403) {
        return `${repository}: GitHub refused a request (${message}); the app needs the permissions of app.yml (docs/permissions.md) — an owner must accept them in the installation's settings.`;
    }
    if (status === 404) {
        return `${repository}: not found (${message}); the app may have been uninstalled from it or the repository removed.`;
    }
    return `${repository}: the scan failed (${message}).`;
}
/** One line on a repository GitHub's rate limit kept from being scanned (or finished). */
export function describeRateLimited(repository, limit) {
    const until = limit.resetAt ? ` until ${limit.resetAt.toISOString()}` : ' (reset time unknown)';
    const budget = limit.resource === 'graphql' ? 'GraphQL points' : 'REST requests';
    return `${repository}: rate-limited${until} — the hour's ${budget} are spent; not refreshed, nothing written`;
}
/**
 * The summary of the repositories left for after the reset: "312 repositories not refreshed: rate
 * limit until 14:05 UTC"; the latest reset is given (all are free again by then).
 */
export function rateLimitSummary(limits) {
    const resets = limits.flatMap((limit) => (limit.resetAt ? [limit.resetAt.getTime()] : []));
    const until = resets.length > 0
        ? `until ${new Date(Math.max(...resets)).toISOString().slice(11, 16)} UTC`
        : '(reset time unknown)';
    return `${limits.length} ${limits.length === 1 ? 'repository' : 'repositories'} not refreshed: rate limit ${until}`;
}
