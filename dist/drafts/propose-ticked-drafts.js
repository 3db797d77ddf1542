import { OPTIONAL_PERMISSIONS } from '../github/github-permissions.js';
import { draftFacts } from './draft-facts.js';
import { proposeDraft } from './propose-draft.js';
import { draftPath, renderDraft } from './render-draft.js';
/**
 * The starter documents a person asked for by ticking next steps, each proposed (pull request or
 * comment, see `proposeDraft`) only while its signal is still missing or weak (`fail`, `warn`).
 */
export async function proposeTickedDrafts(input) {
    const { report, config, snapshot } = input.scan;
    const facts = draftFacts(snapshot, config);
    const results = [];
    for (const kind of input.kinds) {
        const path = draftPath(kind, config);
        const status = report.signals.find((signal) => signal.id === kind)?.status ?? 'absent';
        if (status !== 'fail' && status !== 'warn') {
            results.push({ kind, path, outcome: { action: 'not-needed', status } });
            continue;
        }
        const outcome = await proposeDraft({
            client: input.client,
            owner: input.owner,
            repo: input.repo,
            kind,
            path,
            draft: renderDraft(kind, facts, report.language),
            language: report.language,
            base: snapshot.repository.defaultBranch ?? 'main',
            issueNumber: input.issueNumber,
            pullRequests: config.coaching.pullRequests,
        });
        results.push({ kind, path, outcome });
    }
    return results;
}
/** One outcome in a log line. */
export function describeDraftOutcome(kind, path, outcome) {
    switch (outcome.action) {
        case 'opened':
            return `${kind} starter: pull request #${outcome.pullRequest} opened on ${outcome.branch} (${path})`;
        case 'updated':
            return `${kind} starter: pull request #${outcome.pullRequest} updated (${path})`;
        case 'commented':
            return `${kind} starter: posted on the product-health issue (${outcome.reason === 'off' ? 'coaching.pullRequests is off' : outcome.reason === 'exists' ? `${path} already exists` : `grant ${OPTIONAL_PERMISSIONS.contents} and ${OPTIONAL_PERMISSIONS.pullRequests} for a pull request`})`;
        case 'left-closed':
            return `${kind} starter: pull request #${outcome.pullRequest} was closed by the team; not reopened`;
        case 'merged':
            return `${kind} starter: pull request #${outcome.pullRequest} was merged; the step is done`;
        case 'not-needed':
            return `${kind} starter: not proposed, the ${kind} signal is ${outcome.status}`;
        case 'failed':
            return `${kind} starter: failed: ${outcome.detail}`;
    }
}
