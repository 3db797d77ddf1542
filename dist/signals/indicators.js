import { documentLabel, evaluateDocumentSignal } from '../documents/document-signal.js';
import { analyzeIndicators, INDICATOR_KINDS } from '../documents/indicator-analysis.js';
import { GUIDE } from '../guide/guide-references.js';
import { clamp } from '../util/stats.js';
const KIND_NAME = {
    success: { fr: 'succès (KPI)', en: 'success (KPI)' },
    impact: { fr: 'impact', en: 'impact' },
    direction: { fr: 'direction (progrès/tendance)', en: 'direction (progress/trend)' },
};
/** What each kind measures, with the guide's examples. */
const KIND_ADVICE = {
    success: {
        fr: 'des indicateurs de succès (KPI) : taux d’usage, audience, NPS ou note de satisfaction',
        en: 'success indicators (KPIs): usage rate, audience, NPS or satisfaction score',
    },
    impact: {
        fr: 'des indicateurs d’impact : économies réalisées, taux de dématérialisation, réduction des délais',
        en: 'impact indicators: savings, share of online procedures, shorter processing times',
    },
    direction: {
        fr: 'des indicateurs de direction (progrès/tendance), garde-fous qui vérifient que l’on progresse dans la bonne direction',
        en: 'direction (progress/trend) indicators, guard-rails that check progress goes the right way',
    },
};
export const indicatorsSignal = {
    id: 'indicators',
    pillar: 'impact',
    title: { fr: 'Indicateurs d’impact', en: 'Impact indicators' },
    definition: {
        fr: 'Un document d’indicateurs existe, nomme les types d’indicateurs (succès/KPI, impact, direction), distingue les objectifs des indicateurs mesurables (chiffres, cibles) et a été mis à jour récemment.',
        en: 'An indicators document exists, names the kinds of indicators (success/KPI, impact, direction), tells objectives from measurable indicators (figures, targets), and was updated recently.',
    },
    why: {
        fr: '« Les indicateurs jouent un rôle central dans notre capacité à piloter nos produits efficacement. Fixer des indicateurs permet d’aligner toutes les parties prenantes sur la stratégie, de prendre des décisions éclairées et de s’améliorer en continu. » — « On ne peut améliorer que ce que l’on mesure ».',
        en: '“Indicators play a central role in our ability to steer our products effectively. Setting indicators aligns every stakeholder on the strategy, supports informed decisions and continuous improvement.” — “You can only improve what you measure.”',
    },
    guide: GUIDE.indicators,
    defaults: {
        passKinds: 2,
        minTargets: 1,
        maxAgeDays: 180,
        stalePenalty: 20,
        declaredUrlScore: 75,
        linkedUrlScore: 50,
    },
    evaluate(context) {
        const { thresholds } = context;
        return evaluateDocumentSignal(context, 'indicators', (text, docs, freshness) => {
            const analysis = analyzeIndicators(text);
            const kinds = analysis.kinds.length;
            const measurable = analysis.targetCount >= thresholds.minTargets;
            let status = 'warn';
            if (kinds >= thresholds.passKinds && measurable && analysis.objectives)
                status = 'pass';
            if (kinds === 0 && analysis.targetCount === 0)
                status = 'fail';
            if (freshness.stale && status === 'pass')
                status = 'warn';
            const raw = 15 +
                15 * Math.min(kinds, INDICATOR_KINDS.length) +
                (analysis.objectives ? 15 : 0) +
                (measurable ? 25 : Math.round((25 * analysis.targetCount) / Math.max(1, thresholds.minTargets)));
            const score = clamp(raw - (freshness.stale ? thresholds.stalePenalty : 0), 0, 100);
            const where = (language) => docs.map((doc) => documentLabel(doc, language)).join(', ');
            const kindList = (lang) => kinds > 0
                ? analysis.kinds.map((kind) => KIND_NAME[kind][lang]).join(', ')
                : lang === 'fr'
                    ? 'aucun'
                    : 'none';
            const objectivesFr = analysis.objectives ? 'objectifs nommés' : 'pas d’objectif nommé';
            const objectivesEn = analysis.objectives ? 'objectives named' : 'no objective named';
            return {
                status,
                score,
                measured: {
                    fr: `Indicateurs trouvés dans ${where('fr')} : types d’indicateurs ${kindList('fr')} ; ${objectivesFr} ; ${analysis.targetCount} ligne(s) chiffrée(s) (cibles mesurables).`,
                    en: `Indicators found in ${where('en')}: kinds ${kindList('en')}; ${objectivesEn}; ${analysis.targetCount} line(s) with figures (measurable targets).`,
                },
                metrics: {
                    kindsFound: [...analysis.kinds],
                    kindsMissing: INDICATOR_KINDS.filter((kind) => !analysis.kinds.includes(kind)),
                    objectives: analysis.objectives,
                    measurableTargets: analysis.targetCount,
                    objectivesAndIndicatorsDistinct: analysis.distinct,
                },
                advice: advice(analysis.kinds, analysis.objectives, measurable, freshness.stale, context.thresholds.maxAgeDays),
            };
        });
    },
};
function advice(found, objectives, measurable, stale, maxAgeDays) {
    const fr = [];
    const en = [];
    const missing = INDICATOR_KINDS.filter((kind) => !found.includes(kind));
    if (missing.length > 0) {
        fr.push(`Ajouter ${missing.map((kind) => KIND_ADVICE[kind].fr).join(' ; ')}.`);
        en.push(`Add ${missing.map((kind) => KIND_ADVICE[kind].en).join('; ')}.`);
    }
    if (!objectives) {
        fr.push('Nommer les objectifs, distincts des indicateurs : « Les objectifs définissent une ambition ou un résultat qualitatif précis (ex: améliorer l’expérience utilisateur, réduire le temps de traitement d’une tâche). »');
        en.push('Name the objectives, apart from the indicators: objectives set an ambition or a precise qualitative result (e.g. improve the user experience, cut the time a task takes).');
    }
    if (!measurable) {
        fr.push('Chiffrer les indicateurs avec une cible : « Les indicateurs (ou KPIs) mesurent l’avancement concret vers ces objectifs (ex: augmentation de 20 % de la satisfaction utilisateur, réduction de 30 % du temps de traitement). »');
        en.push('Give the indicators figures and targets: indicators measure concrete progress towards the objectives (e.g. +20% user satisfaction, −30% processing time).');
    }
    if (stale) {
        fr.push(`Mettre à jour les valeurs mesurées (plus de ${maxAgeDays} jours sans modification).`);
        en.push(`Update the measured values (unchanged for more than ${maxAgeDays} days).`);
    }
    return fr.length > 0 ? { fr: fr.join(' '), en: en.join(' ') } : null;
}
