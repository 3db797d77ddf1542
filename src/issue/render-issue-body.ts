import type { Status } from '../model/ids.js';
import { escapeMarkdown } from '../render/escape-markdown.js';
import { labelsFor } from '../render/labels.js';
import { templateEngine } from '../render/template-engine.js';
import { viewModel } from '../render/view-model.js';
import type { Report } from '../report/report.js';
import { issueLabelsFor } from './issue-labels.js';
import { HEALTH_ISSUE_MARKER } from './issue-marker.js';
import { type IssueState, stateComment } from './issue-state.js';
import { RESCAN_KEY, stepKeyComment } from './ticked-items.js';

/** GitHub refuses bodies over 65,536 characters; keep a margin. */
export const MAX_BODY_CHARS = 60_000;

export interface RenderedIssue {
  title: string;
  body: string;
  /** Ids of the sections left out to fit (`signal:<id>`, `config-problems`, `unavailable`, `how-scored`). */
  omittedSections: string[];
}

/**
 * The product-health issue's title and body. Nothing volatile (no time, no run): the same report and
 * state give the same bytes. Over the size limit, whole sections are left out, least useful first;
 * the marker, the summary, the next steps and the state always stay.
 */
export function renderIssueBody(
  report: Report,
  state: IssueState,
  options: { ticked: ReadonlySet<string> },
): RenderedIssue {
  const order = dropOrder(report);
  const render = (omitted: readonly string[]) => renderBody(report, state, options.ticked, omitted);
  let omitted: string[] = [];
  let body = render(omitted);
  for (const id of order) {
    if (body.length <= MAX_BODY_CHARS) break;
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
 * Sections in the order they are left out: details of healthy and not-applicable signals (most
 * evidence first), the problem lists, the scoring notes, then unknown, warning and failing signals.
 */
function dropOrder(report: Report): string[] {
  const signals = (statuses: Status[]) =>
    report.signals
      .filter((s) => statuses.includes(s.status))
      .sort((a, b) => b.evidence.length - a.evidence.length)
      .map((s) => `signal:${s.id}`);
  return [
    ...signals(['pass', 'not-applicable']),
    ...(report.configProblems.length > 0 ? ['config-problems'] : []),
    ...(report.unavailable.length > 0 ? ['unavailable'] : []),
    'how-scored',
    ...signals(['unknown']),
    ...signals(['warn']),
    ...signals(['fail']),
  ];
}

function renderBody(
  report: Report,
  state: IssueState,
  ticked: ReadonlySet<string>,
  omitted: readonly string[],
): string {
  const view = viewModel(report);
  const labels = labelsFor(report.language);
  const issueLabels = issueLabelsFor(report.language);
  const shown = (id: string) => !omitted.includes(id);
  const sectionName = (id: string) => {
    if (id === 'config-problems') return labels.configProblems;
    if (id === 'unavailable') return issueLabels.unavailableSection;
    if (id === 'how-scored') return labels.howScored;
    return report.signals.find((s) => `signal:${s.id}` === id)?.title ?? id;
  };
  const rendered = templateEngine().renderFileSync('issue.md.liquid', {
    ...view,
    issueLabels,
    marker: HEALTH_ISSUE_MARKER,
    omittedNote:
      omitted.length > 0
        ? issueLabels.omitted(
            omitted.map((id) => issueLabels.quote(escapeMarkdown(sectionName(id)))).join(', '),
          )
        : '',
    steps: report.nextSteps.map((step) => ({
      ...step,
      checked: ticked.has(step.signal),
      key: stepKeyComment(step.signal),
    })),
    // Never shown ticked: a tick asks for one rescan, and the rescan's body lets it go.
    rescanKey: stepKeyComment(RESCAN_KEY),
    summaryPillars: view.pillars,
    pillars: view.pillars.map((p) => ({ ...p, signals: p.signals.filter((s) => shown(`signal:${s.id}`)) })),
    configProblems: shown('config-problems') ? report.configProblems : [],
    unavailable: shown('unavailable') ? view.unavailable : [],
    showHowScored: shown('how-scored'),
    stateComment: stateComment(state),
  }) as string;
  return rendered.replace(/\n{3,}/g, '\n\n').trimEnd();
}
