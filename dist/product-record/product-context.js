import { PHASE_TEXT, resolvePhase } from './product-phase.js';
import { readSnapshotRecord, recordLabel } from './snapshot-record.js';
export function productContextOf(snapshot, config) {
    const record = readSnapshotRecord(snapshot);
    return {
        record,
        phase: resolvePhase(config.product.phase, record.state === 'found' ? record.record : null),
    };
}
/** The phase in words: `accélération (fiche beta.gouv.fr, depuis le 2023-01-13)`. */
export function phaseText(phase) {
    const name = phase.phase
        ? PHASE_TEXT[phase.phase]
        : { fr: `« ${phase.name} »`, en: `“${phase.name}”` };
    const from = phase.source === 'config'
        ? { fr: 'déclarée dans `product.phase`', en: 'declared in `product.phase`' }
        : phase.since
            ? {
                fr: `fiche beta.gouv.fr, depuis le ${phase.since}`,
                en: `beta.gouv.fr record, since ${phase.since}`,
            }
            : { fr: 'fiche beta.gouv.fr', en: 'beta.gouv.fr record' };
    const unknown = phase.phase
        ? { fr: '', en: '' }
        : {
            fr: ' : pas une phase que le produit connaît, les attentes restent celles par défaut',
            en: ': not a phase the product knows, expectations stay the default ones',
        };
    return { fr: `${name.fr} (${from.fr})${unknown.fr}`, en: `${name.en} (${from.en})${unknown.en}` };
}
/** What each phase expects, as a coach would say it; shown once in the report. */
export const PHASE_EXPECTATIONS = {
    investigation: {
        fr: 'En investigation, l’équipe explore le problème avec ses utilisateurs : la vision et le contact avec les utilisateurs comptent, la cadence de livraison et la fréquence de déploiement ne sont pas encore attendues.',
        en: 'In investigation, the team explores the problem with its users: the vision and the contact with users matter, release cadence and deployment frequency are not expected yet.',
    },
    construction: {
        fr: 'En construction, l’équipe livre un premier service à de vrais utilisateurs : livrer souvent et écouter les retours comptent ; les indicateurs se définissent.',
        en: 'In construction, the team ships a first service to real users: frequent delivery and listening to feedback matter; indicators are being defined.',
    },
    acceleration: {
        fr: 'En accélération, le service passe à l’échelle et doit prouver son impact : les indicateurs doivent avoir des cibles mesurables.',
        en: 'In acceleration, the service scales up and must prove its impact: indicators need measurable targets.',
    },
    consolidation: {
        fr: 'En consolidation / généralisation, le service s’installe durablement : impact mesuré (indicateurs avec cibles mesurables) et amélioration continue sont attendus.',
        en: 'In consolidation / scaling up, the service settles for the long run: measured impact (indicators with measurable targets) and continuous improvement are expected.',
    },
};
/**
 * A signal's result in the product's context: the record's contact counts as a way in for users;
 * the phase changes what is expected (release cadence is not expected in investigation, measurable
 * targets are in acceleration and later). Null when nothing changes. Pure.
 */
export function adjustForContext(id, result, context, thresholds = {}) {
    if (id === 'feedback-channel')
        return recordContact(result, context.record);
    const phase = context.phase?.phase ?? null;
    if (phase === null)
        return null;
    if (phase === 'investigation' && (id === 'release-cadence' || id === 'deployment-frequency')) {
        if (result.status === 'not-applicable' || result.status === 'pass')
            return null;
        const note = id === 'release-cadence'
            ? {
                fr: 'Phase d’investigation : la cadence de livraison n’est pas encore attendue, l’équipe explore le problème avec ses utilisateurs.',
                en: 'Investigation phase: a release cadence is not expected yet, the team explores the problem with its users.',
            }
            : {
                fr: 'Phase d’investigation : des déploiements réguliers en production ne sont pas encore attendus.',
                en: 'Investigation phase: regular production deployments are not expected yet.',
            };
        return adjusted(result, 'not-applicable', null, note, 'phase', null);
    }
    if (id === 'indicators')
        return indicatorsInPhase(phase, result, thresholds);
    return null;
}
/**
 * Measurable targets are what acceleration asks for: before it (investigation, construction),
 * indicators that name their kinds and objectives pass without figures yet; from acceleration on,
 * indicators without targets stay at most `warn` and the report says why.
 */
function indicatorsInPhase(phase, result, thresholds) {
    const { metrics } = result;
    if (metrics.measurableTargets !== 0 || (result.status !== 'warn' && result.status !== 'pass'))
        return null;
    const name = PHASE_TEXT[phase];
    if (phase === 'investigation' || phase === 'construction') {
        const kinds = Array.isArray(metrics.kindsFound) ? metrics.kindsFound.length : 0;
        if (result.status !== 'warn' || metrics.objectives !== true || metrics.stale === true)
            return null;
        if (kinds < (thresholds.passKinds ?? 2))
            return null;
        const note = {
            fr: `Phase ${name.fr} : les objectifs et les types d’indicateurs suffisent pour l’instant ; des cibles mesurables seront attendues en accélération.`,
            en: `${capitalize(name.en)} phase: objectives and kinds of indicators are enough for now; measurable targets will be expected in acceleration.`,
        };
        return adjusted(result, 'pass', Math.max(result.score ?? 0, 75), note, 'phase', null);
    }
    const note = {
        fr: `Phase ${name.fr} : les indicateurs doivent avoir des cibles mesurables (chiffres, valeurs visées), au plus « à surveiller » sans elles.`,
        en: `${capitalize(name.en)} phase: indicators need measurable targets (figures, target values), at most “warn” without them.`,
    };
    const advice = {
        fr: 'Chiffrer les indicateurs avec une cible : « augmentation de 20 % de la satisfaction utilisateur, réduction de 30 % du temps de traitement ».',
        en: 'Give the indicators figures and targets: “+20% user satisfaction, −30% processing time”.',
    };
    return adjusted(result, 'warn', Math.min(result.score ?? 60, 60), note, 'phase', result.advice ?? advice);
}
function recordContact(result, record) {
    if (record.state !== 'found' || record.record.contact === null)
        return null;
    if (result.metrics.contactPath !== false || (result.status !== 'fail' && result.status !== 'warn'))
        return null;
    const contact = record.record.contact;
    const label = recordLabel(record.source);
    const note = {
        fr: `La fiche produit (${label}) donne un contact : ${contact}.`,
        en: `The product record (${label}) gives a contact: ${contact}.`,
    };
    if (result.status === 'warn') {
        const withRecord = adjusted(result, 'pass', 100, note, 'record', null);
        withRecord.result.evidence.push({ kind: 'url', ref: record.source.url, label });
        return withRecord;
    }
    const advice = {
        fr: `Ajoutez un modèle d’issue pour les retours (\`.github/ISSUE_TEMPLATE/retour-utilisateur.yml\`) ou ouvrez une catégorie de discussion « Retours », et rendez le contact de la fiche (${contact}) visible dans le README.`,
        en: `Add an issue template for feedback (\`.github/ISSUE_TEMPLATE/user-feedback.yml\`) or open a “Feedback” discussion category, and make the record’s contact (${contact}) visible in the README.`,
    };
    const withRecord = adjusted(result, 'warn', 60, note, 'record', advice);
    withRecord.result.evidence.push({ kind: 'url', ref: record.source.url, label });
    return withRecord;
}
function adjusted(result, status, score, note, because, advice) {
    return {
        result: {
            ...result,
            status,
            score: status === 'not-applicable' ? null : score,
            evidence: [...result.evidence],
            measured: { fr: `${result.measured.fr} ${note.fr}`, en: `${result.measured.en} ${note.en}` },
            advice: status === 'pass' || status === 'not-applicable' ? null : (advice ?? result.advice),
        },
        adjustment: { from: result.status, because, note },
    };
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
