import { documentLabel, evaluateDocumentSignal } from '../documents/document-signal.js';
import { analyzeRoadmap, ROADMAP_COMPONENTS } from '../documents/roadmap-analysis.js';
import { GUIDE } from '../guide/guide-references.js';
import { clamp } from '../util/stats.js';
/** The guide's four components of a short-term roadmap, in its words. */
const COMPONENT_TEXT = {
    objectives: {
        name: { fr: 'objectifs prioritaires', en: 'priority objectives' },
        advice: {
            fr: 'objectifs prioritaires : « Définir les résultats spécifiques que l’équipe souhaite atteindre à court terme. »',
            en: 'priority objectives: define the specific results the team wants to reach in the short term',
        },
    },
    initiatives: {
        name: { fr: 'initiatives clés', en: 'key initiatives' },
        advice: {
            fr: 'initiatives clés : « Identifier les fonctionnalités, expérimentations ou actions à mettre en œuvre. »',
            en: 'key initiatives: identify the features, experiments or actions to carry out',
        },
    },
    dependencies: {
        name: { fr: 'dépendances et risques', en: 'dependencies and risks' },
        advice: {
            fr: 'dépendances et risques : « Lister les éléments externes qui pourraient influencer la réalisation de la roadmap. »',
            en: 'dependencies and risks: list the outside factors that could affect the roadmap',
        },
    },
    calendar: {
        name: { fr: 'calendrier', en: 'calendar' },
        advice: {
            fr: 'calendrier : « Structurer les activités et livrables par semaine ou par mois. »',
            en: 'calendar: lay out activities and deliverables by week or by month',
        },
    },
};
const AGILEFALL = {
    fr: "Le Petit guide de l’approche produit met en garde : « Nous avons prévu une feuille de route des fonctionnalités à développer, sur les 2 prochaines années » → « Pas d'ajustement aux besoins avérés des utilisateurs », « Risque de développer des fonctionnalités “pour rien” » (l’« Agilefall »).",
    en: 'The DINUM’s short guide to the product approach warns: “We have planned a roadmap of the features to build over the next 2 years” → “No adjustment to users’ actual needs”, “Risk of building features ‘for nothing’” (the “Agilefall”).',
};
export const roadmapSignal = {
    id: 'roadmap',
    pillar: 'iteration',
    title: { fr: 'Feuille de route court terme', en: 'Short-term roadmap' },
    definition: {
        fr: 'Une feuille de route court terme (3 à 6 mois) existe avec objectifs prioritaires, initiatives clés, dépendances et risques, calendrier, et a été mise à jour dans le dernier trimestre. Un plan sur plusieurs années est l’« Agilefall » dont le guide met en garde.',
        en: 'A short-term roadmap (3–6 months) exists with priority objectives, key initiatives, dependencies & risks and a calendar, and was updated in the last quarter. A plan stretching years ahead is the guide’s “Agilefall” warning.',
    },
    why: {
        fr: '« Une roadmap court terme permet de définir une vision claire et actionnable sur une période limitée, généralement de 3 à 6 mois. Elle aide les équipes à prioriser les initiatives clés, à s’aligner sur des objectifs réalistes et à garder un cap malgré les imprévus ou les évolutions rapides. »',
        en: '“A short-term roadmap sets a clear, actionable vision over a limited period, usually 3 to 6 months. It helps teams prioritise key initiatives, align on realistic objectives and hold their course despite the unexpected or fast changes.”',
    },
    guide: GUIDE.roadmap,
    defaults: {
        passComponents: 3,
        maxAgeDays: 90,
        maxHorizonMonths: 12,
        idealHorizonMonths: 6,
        stalePenalty: 20,
        agilefallPenalty: 25,
        declaredUrlScore: 75,
        linkedUrlScore: 50,
    },
    evaluate(context) {
        const { thresholds, now } = context;
        return evaluateDocumentSignal(context, 'roadmap', (text, docs, freshness) => {
            const analysis = analyzeRoadmap(text, now);
            const covered = analysis.components.length;
            const horizon = analysis.horizonMonths;
            const agilefall = horizon !== null && horizon > thresholds.maxHorizonMonths;
            let status = covered >= thresholds.passComponents ? 'pass' : covered > 0 ? 'warn' : 'fail';
            if ((freshness.stale || agilefall) && status === 'pass')
                status = 'warn';
            const score = clamp(Math.round((covered / ROADMAP_COMPONENTS.length) * 100) -
                (freshness.stale ? thresholds.stalePenalty : 0) -
                (agilefall ? thresholds.agilefallPenalty : 0), 0, 100);
            const where = (language) => docs.map((doc) => documentLabel(doc, language)).join(', ');
            const names = (lang) => covered > 0 ? ` (${analysis.components.map((c) => COMPONENT_TEXT[c].name[lang]).join(', ')})` : '';
            const horizonLine = horizonText(horizon, analysis.horizonText, thresholds);
            return {
                status,
                score,
                measured: {
                    fr: `Feuille de route trouvée dans ${where('fr')} : ${covered} composante(s) sur ${ROADMAP_COMPONENTS.length} du guide${names('fr')}. ${horizonLine.fr}`,
                    en: `Roadmap found in ${where('en')}: ${covered} of the guide’s ${ROADMAP_COMPONENTS.length} components${names('en')}. ${horizonLine.en}`,
                },
                metrics: {
                    componentsCovered: covered,
                    componentsTotal: ROADMAP_COMPONENTS.length,
                    coveredComponents: [...analysis.components],
                    missingComponents: [...analysis.missing],
                    horizonMonths: horizon,
                    agilefall,
                },
                advice: advice(analysis.missing, agilefall, freshness.stale, context.thresholds.maxAgeDays),
            };
        });
    },
};
function horizonText(months, text, thresholds) {
    if (months === null) {
        return {
            fr: 'Aucune échéance future datée : horizon inconnu.',
            en: 'No dated future milestone: horizon unknown.',
        };
    }
    const basis = text ? ` (« ${text} »)` : '';
    const basisEn = text ? ` (“${text}”)` : '';
    const shown = Math.round(months);
    if (months > thresholds.maxHorizonMonths) {
        return {
            fr: `Horizon : ${shown} mois${basis}, au-delà de ${thresholds.maxHorizonMonths} mois.`,
            en: `Horizon: ${shown} months${basisEn}, beyond ${thresholds.maxHorizonMonths} months.`,
        };
    }
    const ideal = months > thresholds.idealHorizonMonths;
    return {
        fr: `Horizon : ${shown} mois${basis}${ideal ? ` (le guide conseille généralement 3 à ${thresholds.idealHorizonMonths} mois)` : ''}.`,
        en: `Horizon: ${shown} months${basisEn}${ideal ? ` (the guide usually advises 3 to ${thresholds.idealHorizonMonths} months)` : ''}.`,
    };
}
function advice(missing, agilefall, stale, maxAgeDays) {
    const fr = [];
    const en = [];
    if (agilefall) {
        fr.push(`Resserrer la feuille de route sur les 3 à 6 prochains mois et garder la suite comme des pistes à réévaluer. ${AGILEFALL.fr}`);
        en.push(`Narrow the roadmap to the next 3 to 6 months and keep the rest as options to revisit. ${AGILEFALL.en}`);
    }
    if (missing.length > 0) {
        fr.push(`Compléter la feuille de route — ${missing.map((c) => COMPONENT_TEXT[c].advice.fr).join(' ; ')}`);
        en.push(`Complete the roadmap — ${missing.map((c) => COMPONENT_TEXT[c].advice.en).join('; ')}.`);
    }
    if (stale) {
        fr.push(`Mettre à jour la feuille de route (plus de ${maxAgeDays} jours sans modification) : elle doit suivre les retours utilisateurs et les imprévus, au moins chaque trimestre.`);
        en.push(`Update the roadmap (unchanged for more than ${maxAgeDays} days): it should follow user feedback and the unexpected, at least every quarter.`);
    }
    return fr.length > 0 ? { fr: fr.join(' '), en: en.join(' ') } : null;
}
