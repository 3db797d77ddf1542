import { hasHealthMarker } from './issue-marker.js';
import { keepMarkedIssue } from './keep-marked-issue.js';
import { duplicateWrites, planHealthIssueWrites, } from './plan-health-issue-writes.js';
import { writeFailureMessage } from './write-failure-message.js';
export { planHealthIssueWrites, } from './plan-health-issue-writes.js';
/**
 * Keeps the one product-health issue of a repository: plans the writes, then sends them through
 * the keeper shared with the organisation overview (`keepMarkedIssue`: in order, the issue read
 * again after a creation so that concurrent first scans end with one open issue). Never throws: a
 * refused write gives `failed` with what to fix.
 */
export async function keepHealthIssue(input) {
    const plan = planHealthIssueWrites(input);
    if (input.dryRun)
        return plan;
    return keepMarkedIssue({
        client: input.client,
        owner: input.owner,
        repo: input.repo,
        label: input.settings.label,
        isMarked: hasHealthMarker,
        duplicateWrites: (duplicate, kept) => duplicateWrites(input, duplicate, kept),
        describeFailure: (error, write) => writeFailureMessage(error, write.description, input.report.language),
    }, plan);
}
