import { PILLARS } from '../model/pillars.js';
import { PHASE_EXPECTATIONS, phaseText, productContextOf } from '../product-record/product-context.js';
import { recordStatusText } from '../product-record/snapshot-record.js';
import { weightedMeanScorer } from '../scoring/scorer.js';
import { rankNextSteps } from './next-steps.js';
import { REPORT_SCHEMA_VERSION, } from './report.js';
/** Turns evaluated signals into the report model, in the configured language. Pure. */
export function buildReport(input) {
    const { snapshot, config, evaluated } = input;
    const language = config.language;
    const text = (value) => value[language];
    const signals = evaluated.map(({ definition, result, thresholds }) => ({
        id: definition.id,
        pillar: definition.pillar,
        title: text(definition.title),
        definition: text(definition.definition),
        status: result.status,
        score: result.score === null ? null : Math.round(result.score),
        weight: config.weights.signals[definition.id] ?? 1,
        metrics: result.metrics,
        evidence: result.evidence,
        measured: text(result.measured),
        why: text(definition.why),
        guide: { title: text(definition.guide.title), url: definition.guide.url },
        advice: result.advice ? text(result.advice) : null,
        source: result.source ?? null,
        thresholds,
    }));
    const scores = (input.scorer ?? weightedMeanScorer)(signals, config.weights.pillars);
    const notice = noGradeNotice(snapshot);
    const nextSteps = rankNextSteps(signals, config.weights.pillars).flatMap((id) => {
        const signal = signals.find((s) => s.id === id);
        return signal?.advice
            ? [{ signal: id, pillar: signal.pillar, title: signal.title, advice: signal.advice }]
            : [];
    });
    return {
        schemaVersion: REPORT_SCHEMA_VERSION,
        tool: input.tool,
        repository: { ...snapshot.repository, source: input.source },
        generatedAt: snapshot.now,
        window: snapshot.window,
        language,
        // Without history there is nothing a grade could say about the product's health.
        score: notice ? null : scores.score,
        grade: notice ? null : scores.grade,
        partial: notice ? false : (scores.partial ?? false),
        scoredSignals: scores.scoredSignals ?? 0,
        applicableSignals: scores.applicableSignals ?? 0,
        notice: notice ? text(notice) : null,
        pillars: scores.pillars.map((pillar) => ({
            id: pillar.id,
            title: text(PILLARS[pillar.id].title),
            score: pillar.score,
            grade: pillar.grade,
            weight: config.weights.pillars[pillar.id],
            scoredSignals: pillar.scoredSignals,
            applicableSignals: pillar.applicableSignals ?? pillar.totalSignals,
            partial: pillar.partial ?? false,
            signals: signals.filter((s) => s.pillar === pillar.id).map((s) => s.id),
        })),
        signals,
        nextSteps,
        configProblems: input.configProblems,
        unavailable: unavailableParts(snapshot),
        cost: null,
        trends: null,
        context: contextReport(input, signals),
    };
}
function contextReport(input, signals) {
    const language = input.config.language;
    const { record, phase } = productContextOf(input.snapshot, input.config);
    const adjustments = input.evaluated.flatMap(({ definition, adjustment }) => {
        const to = signals.find((s) => s.id === definition.id)?.status;
        return adjustment && to
            ? [
                {
                    signal: definition.id,
                    from: adjustment.from,
                    to,
                    because: adjustment.because,
                    note: adjustment.note[language],
                },
            ]
            : [];
    });
    if (record.state === 'none' && phase === null)
        return null;
    const source = record.state === 'none' ? null : record.source;
    return {
        record: source && {
            id: source.id,
            url: source.url,
            identifiedBy: source.identifiedBy,
            status: record.state === 'none' ? 'linked' : record.state,
            repository: 'repository' in source ? source.repository : null,
            path: 'path' in source ? source.path : null,
            text: recordStatusText(record)?.[language] ?? '',
        },
        phase: phase && {
            phase: phase.phase,
            name: phase.name,
            source: phase.source,
            since: phase.since,
            text: phaseText(phase)[language],
            expectations: phase.phase ? PHASE_EXPECTATIONS[phase.phase][language] : null,
        },
        adjustments,
    };
}
/** A folder that is not a repository, or a repository without a commit, gets a message, not a grade. */
function noGradeNotice(snapshot) {
    const { commits } = snapshot;
    if (commits.available)
        return null;
    if (commits.reason === 'not-a-git-repository') {
        return {
            fr: 'Ce dossier n’est pas un dépôt git : sans historique, ni les déploiements, ni les versions, ni l’équipe ne peuvent être lus, et aucune note n’est donnée. Analysez un clone du dépôt (avec son historique) ou le dépôt sur GitHub.',
            en: 'This folder is not a git repository: without history, deployments, releases and the team cannot be read, and no grade is given. Scan a clone of the repository (with its history) or the repository on GitHub.',
        };
    }
    if (commits.reason === 'empty-repository') {
        return {
            fr: 'Ce dépôt n’a encore aucun commit : il n’y a rien à noter. Relancez l’analyse une fois le premier travail poussé.',
            en: 'This repository has no commit yet: there is nothing to grade. Scan it again once the first work is pushed.',
        };
    }
    return null;
}
const PARTS = [
    'files',
    'commits',
    'tags',
    'releases',
    'deployments',
    'workflowRuns',
    'issues',
    'discussionCategories',
];
function unavailableParts(snapshot) {
    return PARTS.flatMap((part) => {
        const value = snapshot[part];
        // A part skipped on purpose is not a problem to report.
        if (value.available || value.reason === 'not-needed')
            return [];
        return [{ part, reason: value.reason, detail: value.detail }];
    });
}
