import type { Evidence } from '../model/signal.js';
import type { Report, SignalReport } from '../report/report.js';
import { reasonText } from '../signals/outcome.js';
import { colon, labelsFor, STATUS_ICONS } from './labels.js';

/** What the templates see: the report plus labels and display-ready values (Liquid calls no functions). */
export function viewModel(report: Report) {
  const labels = labelsFor(report.language);
  const signal = (s: SignalReport) => ({
    ...s,
    icon: STATUS_ICONS[s.status],
    statusLabel: labels.status[s.status],
    scoreText: s.score === null ? labels.status[s.status] : `${s.score}/100`,
    evidenceItems: s.evidence.map((e) => evidenceItem(report, e)),
  });
  const signals = report.signals.map(signal);
  return {
    report,
    labels,
    colon: colon(report.language),
    sourceLabel: labels.source[report.repository.source],
    since: report.window.since.slice(0, 10),
    until: report.window.until.slice(0, 10),
    gradeText: gradeText(report.grade, report.score, labels.noData),
    pillars: report.pillars.map((p) => ({
      ...p,
      gradeText: gradeText(p.grade, p.score, labels.noData),
      signals: signals.filter((s) => s.pillar === p.id),
    })),
    unavailable: report.unavailable.map((u) => ({
      ...u,
      reasonLabel: reasonText(u.reason)[report.language],
    })),
    hasProblems: report.configProblems.length > 0 || report.unavailable.length > 0,
  };
}

function gradeText(grade: string | null, score: number | null, noData: string): string {
  return grade === null || score === null ? `? (${noData})` : `${grade} (${score}/100)`;
}

function evidenceItem(
  report: Report,
  evidence: Evidence,
): { text: string; url: string | null; declared: boolean } {
  const { url, defaultBranch } = report.repository;
  const [path, heading] = evidence.ref.split('#', 2);
  let link: string | null = null;
  if (evidence.kind === 'url') link = /^https?:\/\//.test(evidence.ref) ? evidence.ref : null;
  else if ((evidence.kind === 'file' || evidence.kind === 'section') && url && defaultBranch && path) {
    link = `${url}/blob/${encodeURIComponent(defaultBranch)}/${path.split('/').map(encodeURIComponent).join('/')}`;
    if (heading) link += `#${slug(heading)}`;
  }
  return { text: evidence.ref, url: link, declared: evidence.declared === true };
}

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to dashes. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}
