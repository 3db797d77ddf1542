import { formatMessage } from '../messages/format-message.js';
import { reasonText, shownDetail } from '../signals/outcome.js';
import { escapeMarkdown, inlineCode } from './escape-markdown.js';
import { colon, labelsFor, STATUS_ICONS } from './labels.js';
import { neutralIssueLink, parseIssueUrl, safeHref } from './neutral-link.js';
import { trendText } from './trend-text.js';
/** What the templates see: the report plus labels and display-ready values (Liquid calls no functions). */
export function viewModel(report) {
    const plain = labelsFor(report.language);
    // The steps' heading counts what it lists: one, two or three steps.
    const labels = {
        ...plain,
        nextSteps: formatMessage(report.language, plain.nextSteps, {
            count: Math.max(1, report.nextSteps.length),
        }),
    };
    const signal = (s) => ({
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
        gradeText: gradeText(report.grade, report.score, labels.noData, partialText(report, labels.partial, report.language)),
        notice: report.notice ?? null,
        overallTrend: trendText(report.trends?.overall, report.language),
        hasTrends: report.trends !== null,
        pillars: report.pillars.map((p) => ({
            ...p,
            gradeText: gradeText(p.grade, p.score, labels.noData, partialText(p, labels.partial, report.language)),
            trendText: trendText(report.trends?.pillars[p.id], report.language),
            signals: signals.filter((s) => s.pillar === p.id),
        })),
        unavailable: report.unavailable.map((u) => ({
            ...u,
            reasonLabel: reasonText(u.reason)[report.language],
            detail: shownDetail(u),
        })),
        hasProblems: report.configProblems.length > 0 || report.unavailable.length > 0,
    };
}
function gradeText(grade, score, noData, partial) {
    if (grade === null || score === null)
        return `? (${noData})`;
    return partial ? `${grade} (${score}/100, ${partial})` : `${grade} (${score}/100)`;
}
/** "partial: 3 of 5 signals known" when the grade rests on fewer known signals than apply. */
function partialText(graded, template, language) {
    if (graded.partial !== true)
        return null;
    return formatMessage(language, template, {
        known: graded.scoredSignals ?? 0,
        applicable: graded.applicableSignals ?? 0,
    });
}
/** One piece of evidence as Markdown: repository content is escaped, links to issues are neutral. */
function evidenceItem(report, evidence) {
    const declared = evidence.declared === true;
    if (evidence.kind === 'url')
        return { markdown: urlMarkdown(evidence, report), declared };
    const { url, defaultBranch } = report.repository;
    const [path, heading] = evidence.ref.split('#', 2);
    const text = inlineCode(evidence.ref);
    if ((evidence.kind === 'file' || evidence.kind === 'section') && url && defaultBranch && path) {
        const base = safeHref(url)?.replace(/\/$/, '');
        if (base) {
            let link = `${base}/blob/${encodeURIComponent(defaultBranch)}/${path.split('/').map(encodeURIComponent).join('/')}`;
            if (heading)
                link += `#${slug(heading)}`;
            return { markdown: `[${text}](${link})`, declared };
        }
    }
    return { markdown: text, declared };
}
function urlMarkdown(evidence, report) {
    const issue = parseIssueUrl(evidence.ref);
    if (issue)
        return neutralIssueLink(issue, evidence.label ?? null, report.language, report.repository.name);
    const href = safeHref(evidence.ref);
    const code = inlineCode(evidence.ref);
    const label = evidence.label?.trim() ? escapeMarkdown(evidence.label) : null;
    if (href)
        return `[${label ?? code}](${href})`;
    return label ? `${label} (${code})` : code;
}
/** GitHub's heading anchor: lower case, punctuation dropped, spaces to dashes. */
function slug(heading) {
    return heading
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-');
}
