import type { KeepHealthIssueResult } from '../issue/keep-health-issue.js';
import { formatMessage } from '../messages/format-message.js';
import type { Localized } from '../model/ids.js';
import type { OverviewIssueResult } from '../overview/keep-overview-issue.js';
import { colon } from '../render/labels.js';
import { safeHref } from '../render/neutral-link.js';
import { viewModel } from '../render/view-model.js';
import type { Report } from '../report/report.js';
import type { JobSummary, SummaryTableRow } from './action-io.js';

const ISSUE: Localized = { fr: 'Ticket de santé produit', en: 'Product-health issue' };
const OVERVIEW: Localized = {
  fr: 'Ticket de synthèse de l’organisation',
  en: 'Organisation overview issue',
};
/** What happened to an issue, as `KeepHealthIssueResult.action` and `OverviewIssueResult.action` name it. */
const ACTION: Localized = {
  fr: '{action, select, created {créé} updated {mis à jour} unchanged {inchangé} left_closed {laissé fermé, comme l’a voulu l’équipe} reopened {rouvert} skipped {non écrit} failed {non écrit (échec)} other {{action}}}',
  en: '{action, select, created {created} updated {updated} unchanged {unchanged} left_closed {left closed, as the team wanted} reopened {reopened} skipped {skipped} failed {not written (failed)} other {{action}}}',
};
const DRY_RUN: Localized = {
  fr: 'essai à blanc : rien n’a été écrit',
  en: 'dry run: nothing was written',
};

/**
 * The job summary of a run: the overall grade, the pillar table, the next steps, what could not
 * be read and the product-health issue. Added to `summary`'s buffer; the caller writes it.
 */
export function addJobSummary(
  summary: JobSummary,
  report: Report,
  issue: KeepHealthIssueResult | null,
  dryRun: boolean,
): JobSummary {
  const view = viewModel(report);
  const { labels: L, colon: separator } = view;
  const language = report.language;

  summary.addHeading(html(`${L.title} — ${report.repository.name}`), 2);
  const trend = view.overallTrend === '' ? '' : ` · ${html(view.overallTrend)}`;
  summary.addRaw(
    `<p><strong>${html(`${L.overall}${separator} ${view.gradeText}`)}</strong>${trend} · ` +
      `${html(`${L.window}${separator} ${report.window.days} ${L.days} (${view.since} → ${view.until})`)}</p>`,
    true,
  );

  const header: SummaryTableRow = [
    { data: html(L.pillar), header: true },
    { data: html(L.grade), header: true },
    ...(view.hasTrends ? [{ data: html(L.trend), header: true }] : []),
    { data: html(L.signals), header: true },
  ];
  const rows: SummaryTableRow[] = view.pillars.map((pillar) => [
    html(pillar.title),
    html(pillar.gradeText),
    ...(view.hasTrends ? [html(pillar.trendText || '—')] : []),
    pillar.signals.map((signal) => html(`${signal.icon} ${signal.title}`)).join('<br>'),
  ]);
  summary.addTable([header, ...rows]);

  summary.addHeading(html(L.nextSteps), 3);
  if (report.nextSteps.length === 0) summary.addRaw(`<p>${html(L.noNextSteps)}</p>`, true);
  else {
    summary.addList(
      report.nextSteps.map((step) => `<strong>${html(step.title)}</strong> — ${prose(step.advice)}`),
      true,
    );
  }

  if (report.unavailable.length > 0) {
    summary.addHeading(html(L.problems), 3);
    summary.addList(
      view.unavailable.map((part) =>
        html(`${part.part}${separator} ${part.reasonLabel}${part.detail ? ` (${part.detail})` : ''}`),
      ),
    );
  }
  if (report.configProblems.length > 0) {
    summary.addHeading(html(L.configProblems), 3);
    summary.addList(
      report.configProblems.map((problem) =>
        html(
          `${problem.file}${problem.line === null ? '' : ` (${L.line} ${problem.line})`}${problem.key ? ` — ${problem.key}` : ''}${separator} ${problem.message}`,
        ),
      ),
    );
  }

  if (issue) summary.addRaw(`<p>${issueLine(issue, dryRun, language)}</p>`, true);
  return summary;
}

/**
 * The line on the organisation overview issue (`overview: true`), with its link: added to
 * `summary`'s buffer after the run's own summary; the caller writes it.
 */
export function addOverviewSummary(
  summary: JobSummary,
  result: OverviewIssueResult,
  repository: string,
  dryRun: boolean,
  language: keyof Localized,
): JobSummary {
  const href = result.issue ? safeHref(result.issue.url) : null;
  const number = result.issue ? `#${result.issue.number}` : '';
  const where = number ? '' : ` (${html(repository)})`;
  const link = href ? ` <a href="${html(href)}">${number}</a>` : number && ` ${number}`;
  const notes = [actionText(result.action, language), ...(dryRun ? [DRY_RUN[language]] : [])].join(' — ');
  const message = result.message ? ` ${html(result.message)}` : '';
  return summary.addRaw(
    `<p>${html(OVERVIEW[language])}${link}${where}${colon(language)} ${html(notes)}.${message}</p>`,
    true,
  );
}

function issueLine(issue: KeepHealthIssueResult, dryRun: boolean, language: keyof Localized): string {
  const href = issue.issue ? safeHref(issue.issue.url) : null;
  const number = issue.issue ? `#${issue.issue.number}` : '';
  const link = href ? ` <a href="${html(href)}">${number}</a>` : number && ` ${number}`;
  const notes = [actionText(issue.action, language), ...(dryRun ? [DRY_RUN[language]] : [])].join(' — ');
  const message = issue.message ? ` ${html(issue.message)}` : '';
  return `${html(ISSUE[language])}${link}${colon(language)} ${html(notes)}.${message}`;
}

function actionText(action: string, language: keyof Localized): string {
  return formatMessage(language, ACTION[language], { action: action.replaceAll('-', '_') });
}

/** The advice's Markdown inline code as HTML; everything else as text. */
function prose(text: string): string {
  return html(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

/** Text for the summary's HTML: repository content and labels are never markup. */
function html(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
