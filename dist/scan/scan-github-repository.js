import { resolveConfigExtends } from '../github/resolve-config-extends.js';
import { findMarkedIssue } from '../issue/find-marked-issue.js';
import { nextIssueState, readIssueState, trendsFromState } from '../issue/issue-state.js';
import { keepHealthIssue } from '../issue/keep-health-issue.js';
import { scanWithConfig } from './scan-repository.js';
/**
 * Scans a repository through GitHub's API and, when asked, keeps its product-health issue: the
 * scores kept in the issue give the trends, the new report gives the new body. The app, the
 * Action and `product-health scan OWNER/REPO` all call this. Throws `RateLimitedError` when
 * GitHub's hourly budget ran out during the scan: nothing is reported or written from it.
 */
export async function scanGitHubRepository(source, options) {
    const { report: scanned, config, snapshot, } = await scanWithConfig(source, await withResolvedConfig(source, options));
    // Past a rate limit, what was read is a truncated picture: no report, no write is built from it.
    stopIfRateLimited(source);
    const known = source.healthIssues();
    const existing = known.available ? known.value : [];
    const previous = readIssueState(findMarkedIssue(existing).kept?.body ?? null);
    const state = nextIssueState(previous, scanned, options.now);
    const report = { ...scanned, trends: trendsFromState(state) };
    let issue = null;
    if (options.writeIssue || options.dryRun) {
        const refusal = !known.available
            ? `the existing product-health issue could not be looked up (${known.detail}); nothing was written, so that no duplicate is created`
            : source.overviewFailure()
                ? `the repository could not be read (${source.overviewFailure()?.detail}); the issue was left as it is`
                : null;
        issue = refusal
            ? skippedIssue(refusal)
            : await keepHealthIssue({
                client: source.client,
                owner: source.owner,
                repo: source.repo,
                report,
                state,
                existing,
                settings: config.issue,
                dryRun: options.dryRun,
                issuesEnabled: source.issuesEnabled(),
            });
        // A write refused for the limit: the issue is left for the scan after the reset. (A re-read
        // refused after writes that went through changes nothing: the next scan heals.)
        if (issue.action === 'failed')
            stopIfRateLimited(source);
    }
    return { report: { ...report, cost: source.client.cost() }, issue, state, config, snapshot };
}
/** Throws the rate limit the scan's client met (`RateLimitedError`), if any. */
function stopIfRateLimited(source) {
    const limited = source.client.rateLimited();
    if (limited)
        throw limited;
}
/** The configuration the source found, with its `_extends` followed (see `resolveConfigExtends`). */
async function withResolvedConfig(source, options) {
    if (options.config !== undefined)
        return options;
    const found = await source.readConfig({ now: options.now, windowDays: options.overrides?.windowDays });
    if (found === null)
        return { ...options, config: null };
    const resolved = await resolveConfigExtends(source.client, source.owner, found);
    return {
        ...options,
        config: resolved.config,
        configProblems: [...(options.configProblems ?? []), ...resolved.problems],
    };
}
function skippedIssue(message) {
    return {
        action: 'skipped',
        issue: null,
        title: '',
        body: '',
        writes: [],
        healed: [],
        omittedSections: [],
        message,
    };
}
