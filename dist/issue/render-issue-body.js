import { GUIDE } from '../guide/guide-references.js';
import { PILLARS } from '../model/pillars.js';
import { escapeMarkdown } from '../render/escape-markdown.js';
import { labelsFor } from '../render/labels.js';
import { templateEngine } from '../render/template-engine.js';
import { viewModel } from '../render/view-model.js';
import { issueChanges } from './issue-changes.js';
import { issueLabelsFor } from './issue-labels.js';
import { HEALTH_ISSUE_MARKER } from './issue-marker.js';
import { stateComment } from './issue-state.js';
import { RESCAN_KEY, stepKeyComment } from './ticked-items.js';
/** GitHub refuses bodies over 65,536 characters; keep a margin. */
export const MAX_BODY_CHARS = 60_000;
const DATA_PARTS = ['git', 'api'];
/** Signals shown in full; the others (healthy, not applicable) take one line each. */
const SHOWN_IN_FULL = ['fail', 'warn', 'unknown'];
/**
 * The product-health issue's title and body, short enough to be read to the end: an intro, the
 * grade, what changed and the next steps first (the first screen on a phone), then each pillar
 * with its failing and warning signals in full, the others one line each and the guide's words
 * folded. The JSON report keeps every detail. Nothing volatile (no time, no run): the same report
 * and state give the same bytes. Over the size limit, whole sections are left out, least useful
 * first; the marker, the grade, the next steps and the state always stay.
 */
export function renderIssueBody(report, state, options) {
    const order = dropOrder(report);
    const render = (omitted) => renderBody(report, state, options.ticked, omitted);
    let omitted = [];
    let body = render(omitted);
    for (const id of order) {
        if (body.length <= MAX_BODY_CHARS)
            break;
        omitted = [...omitted, id];
        body = render(omitted);
    }
    // Put back, most useful first, what fits again now that larger sections are out.
    for (const id of [...omitted].reverse()) {
        const fewer = omitted.filter((other) => other !== id);
        const candidate = render(fewer);
        if (candidate.length <= MAX_BODY_CHARS) {
            omitted = fewer;
            body = candidate;
        }
    }
    return { title: issueLabelsFor(report.language).title, body, omittedSections: omitted };
}
/**
 * Sections in the order they are left out: the guide's quotes, the problem lists, then the details of unknown, warning and failing signals (most evidence first), which
 * then take one line like the healthy ones.
 */
function dropOrder(report) {
    const signals = (statuses) => report.signals
        .filter((s) => statuses.includes(s.status))
        .sort((a, b) => b.evidence.length - a.evidence.length)
        .map((s) => `signal:${s.id}`);
    return [
        'guide-quotes',
        ...(report.configProblems.length > 0 ? ['config-problems'] : []),
        ...(report.unavailable.length > 0 ? ['unavailable'] : []),
        ...signals(['unknown']),
        ...signals(['warn']),
        ...signals(['fail']),
    ];
}
function renderBody(report, state, ticked, omitted) {
    const view = viewModel(report);
    const labels = labelsFor(report.language);
    const issueLabels = issueLabelsFor(report.language);
    const shown = (id) => !omitted.includes(id);
    const stepNumbers = new Map(report.nextSteps.map((step, index) => [step.signal, String(index + 1)]));
    const sectionName = (id) => {
        if (id === 'config-problems')
            return labels.configProblems;
        if (id === 'unavailable')
            return issueLabels.unavailableSection;
        if (id === 'guide-quotes')
            return issueLabels.guideSays;
        return report.signals.find((s) => `signal:${s.id}` === id)?.title ?? id;
    };
    const rendered = templateEngine().renderFileSync('issue.md.liquid', {
        ...view,
        issueLabels,
        marker: HEALTH_ISSUE_MARKER,
        intro: issueLabels.intro(GUIDE.pillars.url),
        changes: issueChanges(report),
        omittedNote: omitted.length > 0
            ? issueLabels.omitted(omitted.map((id) => issueLabels.quote(escapeMarkdown(sectionName(id)))).join(', '))
            : '',
        steps: report.nextSteps.map((step) => ({
            ...step,
            checked: ticked.has(step.signal),
            key: stepKeyComment(step.signal),
        })),
        // Never shown ticked: a tick asks for one rescan, and the rescan's body lets it go.
        rescanKey: RESCAN_KEY,
        pillars: view.pillars.map((p) => ({
            ...p,
            trendText: report.trends?.pillars[p.id]?.change ? p.trendText : '',
            detailed: p.signals
                .filter((s) => SHOWN_IN_FULL.includes(s.status) && shown(`signal:${s.id}`))
                .map((s) => ({
                ...s,
                stepNumber: stepNumbers.get(s.id) ?? null,
                // What a maintainer can open or edit; the data parts read (git, API) are named in `measured`.
                evidenceItems: s.evidenceItems.filter((_, index) => !DATA_PARTS.includes(s.evidence[index]?.kind)),
            })),
            brief: p.signals.filter((s) => !SHOWN_IN_FULL.includes(s.status) || !shown(`signal:${s.id}`)),
            // Why the pillar matters, where something in it needs work.
            quote: shown('guide-quotes') && p.signals.some((s) => SHOWN_IN_FULL.includes(s.status))
                ? issueLabels.quote(PILLARS[p.id].gist[report.language])
                : null,
        })),
        configProblems: shown('config-problems') ? report.configProblems : [],
        unavailable: shown('unavailable') ? view.unavailable : [],
        stateComment: stateComment(state),
    });
    return rendered.replace(/\n{3,}/g, '\n\n').trimEnd();
}
