import { GUIDE } from '../guide/guide-references.js';
import { isFeedbackResponse } from '../model/feedback-response.js';
import { daysBetween, hoursBetween } from '../util/dates.js';
import { median, percentile, round, scoreBetween } from '../util/stats.js';
import { formatNumber } from './format-number.js';
import { notApplicableResult, unknownResult } from './outcome.js';
import { tieredScore } from './tiered-score.js';
const MAX_LINKED_ISSUES = 5;
export const feedbackHandlingSignal = {
    id: 'feedback-handling',
    pillar: 'users',
    title: { fr: 'Traitement des retours utilisateurs', en: 'Handling of user feedback' },
    definition: {
        fr: 'Issues portant une étiquette de retour utilisateur : délai de première réponse humaine (médiane, 90e centile), part des réponses dans le délai cible, issues ouvertes sans réponse, délai de clôture. Les issues sans réponse sont comptées, jamais écartées.',
        en: 'Issues carrying a feedback label: time to the first human response (median, 90th percentile), share answered within the target, open issues without a response, time to close. Issues without any response are counted, never dropped.',
    },
    why: {
        fr: "Garder le contact avec les utilisateurs : « Continuer d'aller à la rencontre des \"vrais\" utilisateurs, d'être à leur écoute et d'assurer un support de qualité ».",
        en: 'Keep in touch with users: “Keep going out to meet the "real" users, listening to them and providing quality support.”',
    },
    guide: GUIDE.petitGuide,
    defaults: { passShareWithinTarget: 0.8, warnShareWithinTarget: 0.5 },
    evaluate: evaluateFeedbackHandling,
};
function evaluateFeedbackHandling(context) {
    const part = context.snapshot.issues;
    const what = { fr: 'Issues de retours utilisateurs', en: 'User feedback issues' };
    if (!part.available)
        return unknownResult(what, part);
    const { labels, responseTargetHours: target, responders } = context.config.feedback;
    const wanted = new Set(labels.map((label) => label.trim().toLowerCase()));
    const issues = part.value.filter((issue) => issue.labels.some((label) => wanted.has(label.trim().toLowerCase())));
    const evidence = [{ kind: 'api', ref: 'issues' }];
    if (issues.length === 0) {
        return notApplicableResult({
            fr: `Aucune issue de retour utilisateur sur la période (étiquettes cherchées : ${labels.join(', ')}).`,
            en: `No user feedback issue in the window (labels looked for: ${labels.join(', ')}).`,
        }, { issues: 0, labels }, evidence);
    }
    const outcomes = issues.map((issue) => ({
        issue,
        outcome: judgeIssue(issue, target, responders === 'maintainers', context.now),
    }));
    const answeredHours = outcomes.flatMap(({ outcome }) => outcome.kind === 'answered' ? [outcome.hours] : []);
    const hits = answeredHours.filter((hours) => hours <= target).length;
    const missed = outcomes.filter(({ outcome }) => outcome.kind === 'missed');
    const judged = answeredHours.length + missed.length;
    const pending = outcomes.filter(({ outcome }) => outcome.kind === 'pending').length;
    const unknownResponse = outcomes.filter(({ outcome }) => outcome.kind === 'unknown-response').length;
    const closedWithoutResponse = outcomes.filter(({ outcome }) => outcome.kind === 'closed-unanswered').length;
    const unansweredOpen = outcomes.filter(({ issue, outcome }) => issue.state === 'open' && (outcome.kind === 'missed' || outcome.kind === 'pending')).length;
    const overdueOpen = missed.filter(({ issue }) => issue.state === 'open').map(({ issue }) => issue);
    const closeDays = issues.flatMap((issue) => issue.state === 'closed' && issue.closedAt ? [daysBetween(issue.createdAt, issue.closedAt)] : []);
    const medianHours = median(answeredHours);
    const p90Hours = percentile(answeredHours, 90);
    const medianDaysToClose = median(closeDays);
    const share = judged > 0 ? hits / judged : null;
    const metrics = {
        issues: issues.length,
        answered: answeredHours.length,
        unansweredOpen,
        overdueOpen: overdueOpen.length,
        pending,
        unknownResponse,
        closedWithoutResponse,
        medianHours: medianHours === null ? null : round(medianHours, 1),
        p90Hours: p90Hours === null ? null : round(p90Hours, 1),
        shareWithinTarget: share === null ? null : round(share, 2),
        medianDaysToClose: medianDaysToClose === null ? null : round(medianDaysToClose, 1),
        responseTargetHours: target,
        responders,
    };
    const linked = overdueOpen
        .flatMap((issue) => issue.url ? [{ kind: 'url', ref: issue.url, label: issue.title }] : [])
        .slice(0, MAX_LINKED_ISSUES);
    const notes = notesText(pending, unknownResponse, closedWithoutResponse);
    if (share === null) {
        return notApplicableResult({
            fr: `${issues.length} issue(s) de retour utilisateur, aucune encore jugeable : ${notes.fr}.`,
            en: `${issues.length} user feedback issue(s), none can be judged yet: ${notes.en}.`,
        }, metrics, evidence);
    }
    const { passShareWithinTarget: passShare, warnShareWithinTarget: warnShare } = context.thresholds;
    const status = share >= passShare && overdueOpen.length === 0 ? 'pass' : share >= warnShare ? 'warn' : 'fail';
    const fraction = status === 'pass'
        ? scoreBetween(share, passShare, 1) / 100
        : status === 'warn'
            ? scoreBetween(share, warnShare, passShare) / 100
            : scoreBetween(share, 0, warnShare) / 100;
    return {
        status,
        score: tieredScore(status, fraction),
        metrics,
        evidence: [...evidence, ...linked],
        measured: measuredText(metrics, share, notes, hits, judged),
        advice: status === 'pass' ? null : adviceText(target, overdueOpen.length),
    };
}
function judgeIssue(issue, targetHours, maintainersOnly, now) {
    const response = [...issue.comments]
        .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt))
        .find((comment) => isFeedbackResponse(comment, issue, maintainersOnly));
    if (response)
        return { kind: 'answered', hours: Math.max(0, hoursBetween(issue.createdAt, response.createdAt)) };
    if (!issue.commentsComplete)
        return { kind: 'unknown-response' };
    if (issue.state === 'closed' && issue.closedAt) {
        return hoursBetween(issue.createdAt, issue.closedAt) > targetHours
            ? { kind: 'missed' }
            : { kind: 'closed-unanswered' };
    }
    return hoursBetween(issue.createdAt, now) > targetHours ? { kind: 'missed' } : { kind: 'pending' };
}
function notesText(pending, unknownResponse, closedWithoutResponse) {
    const fr = [];
    const en = [];
    if (pending > 0) {
        fr.push(`${pending} ouverte(s) sans réponse mais encore dans le délai cible`);
        en.push(`${pending} open without a response but still within the target`);
    }
    if (unknownResponse > 0) {
        fr.push(`${unknownResponse} dont les commentaires n’ont pas pu être tous lus (réponse inconnue)`);
        en.push(`${unknownResponse} whose comments could not all be read (response unknown)`);
    }
    if (closedWithoutResponse > 0) {
        fr.push(`${closedWithoutResponse} fermée(s) sans commentaire avant la fin du délai cible`);
        en.push(`${closedWithoutResponse} closed without a comment before the target elapsed`);
    }
    return { fr: fr.join(', '), en: en.join(', ') };
}
function measuredText(metrics, share, notes, hits, judged) {
    const percent = Math.round(share * 100);
    const times = metrics.medianHours === null || metrics.p90Hours === null
        ? { fr: '', en: '' }
        : {
            fr: ` Première réponse : médiane ${formatNumber(metrics.medianHours).fr} h, 90e centile ${formatNumber(metrics.p90Hours).fr} h.`,
            en: ` First response: median ${formatNumber(metrics.medianHours).en} h, 90th percentile ${formatNumber(metrics.p90Hours).en} h.`,
        };
    const close = metrics.medianDaysToClose === null
        ? { fr: '', en: '' }
        : {
            fr: ` Clôture en ${formatNumber(metrics.medianDaysToClose).fr} j (médiane).`,
            en: ` Closed in ${formatNumber(metrics.medianDaysToClose).en} days (median).`,
        };
    const overdue = metrics.overdueOpen > 0
        ? {
            fr: ` ${metrics.overdueOpen} issue(s) ouverte(s) toujours sans réponse au-delà du délai.`,
            en: ` ${metrics.overdueOpen} open issue(s) still unanswered past the target.`,
        }
        : { fr: '', en: '' };
    const extra = notes.fr
        ? { fr: ` Hors calcul : ${notes.fr}.`, en: ` Not counted: ${notes.en}.` }
        : { fr: '', en: '' };
    return {
        fr: `${metrics.issues} issue(s) de retour utilisateur, ${metrics.answered} avec une réponse ; ${hits} sur ${judged} (${percent} %) ont reçu une première réponse en ${metrics.responseTargetHours} h ou moins.${times.fr}${close.fr}${overdue.fr}${extra.fr}`,
        en: `${metrics.issues} user feedback issue(s), ${metrics.answered} answered; ${hits} of ${judged} (${percent}%) got a first response within ${metrics.responseTargetHours} h.${times.en}${close.en}${overdue.en}${extra.en}`,
    };
}
function adviceText(targetHours, overdueOpen) {
    const first = overdueOpen > 0
        ? {
            fr: `Répondez d’abord aux ${overdueOpen} retour(s) ouvert(s) restés sans réponse, même brièvement (accusé de réception, question de précision).`,
            en: `First answer the ${overdueOpen} open feedback issue(s) left without a response, even briefly (acknowledgement, clarifying question).`,
        }
        : {
            fr: 'Répondez plus vite aux retours, même brièvement (accusé de réception, question de précision).',
            en: 'Answer feedback faster, even briefly (acknowledgement, clarifying question).',
        };
    return {
        fr: `${first.fr} Organisez un tour de support pour qu’un membre de l’équipe réponde à chaque retour sous ${targetHours} h.`,
        en: `${first.en} Set up a support rota so a team member answers each piece of feedback within ${targetHours} h.`,
    };
}
