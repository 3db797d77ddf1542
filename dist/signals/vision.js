import { documentLabel, evaluateDocumentSignal } from '../documents/document-signal.js';
import { VISION_ITEMS, visionChecklist } from '../documents/vision-checklist.js';
import { GUIDE } from '../guide/guide-references.js';
import { clamp } from '../util/stats.js';
/** The guide's checklist items, in its words (« Quelques pistes pour matérialiser cette vision »). */
const ITEM_TEXT = {
    purpose: {
        fr: 'Une phrase qui clarifie la raison d’être du produit.',
        en: 'A sentence that clarifies why the product exists.',
    },
    users: { fr: 'Préciser qui sont les utilisateurs.', en: 'Say who the users are.' },
    problems: {
        fr: 'Identifier les problèmes/besoins à adresser.',
        en: 'Identify the problems/needs to address.',
    },
    solution: {
        fr: 'Définir la solution et sa proposition de valeur : quel est son axe différenciant ?',
        en: 'Define the solution and its value proposition: what sets it apart?',
    },
    impact: { fr: 'Décrire l’impact attendu.', en: 'Describe the expected impact.' },
};
const ITEM_NAME = {
    purpose: { fr: 'raison d’être', en: 'purpose' },
    users: { fr: 'utilisateurs', en: 'users' },
    problems: { fr: 'problèmes/besoins', en: 'problems/needs' },
    solution: { fr: 'solution et proposition de valeur', en: 'solution and value proposition' },
    impact: { fr: 'impact attendu', en: 'expected impact' },
};
export const visionSignal = {
    id: 'vision',
    pillar: 'vision',
    title: { fr: 'Vision produit', en: 'Product vision' },
    definition: {
        fr: 'Un document de vision existe et couvre la checklist du guide : la raison d’être en une phrase, qui sont les utilisateurs, les problèmes/besoins, la solution et sa proposition de valeur, l’impact attendu.',
        en: 'A vision document exists and covers the guide’s checklist: the purpose in one sentence, who the users are, the problems/needs, the solution and its value proposition, the expected impact.',
    },
    why: {
        fr: "« La vision produit est essentielle car elle fournit une direction claire et partagée, ce qui réduit le risque d'avoir des produits qui manquent de cohérence ou de s'éparpiller sur des initiatives ou fonctionnalités non pertinentes. Elle rappelle aux équipes pourquoi elles travaillent sur un sujet, ce qui permet d'aligner les efforts sur ce qui est vraiment important et facilite ainsi la priorisation. »",
        en: '“The product vision is essential because it provides a clear and shared direction, which reduces the risk of products that lack consistency or scatter across irrelevant initiatives or features. It reminds teams why they work on a topic, which aligns efforts on what really matters and so makes prioritisation easier.”',
    },
    guide: GUIDE.vision,
    defaults: {
        passItems: 4,
        warnItems: 2,
        maxAgeDays: 730,
        stalePenalty: 15,
        declaredUrlScore: 75,
        linkedUrlScore: 50,
    },
    evaluate(context) {
        const { thresholds } = context;
        return evaluateDocumentSignal(context, 'vision', (text, docs, freshness) => {
            const checklist = visionChecklist(text);
            const covered = checklist.covered.length;
            // A sentence giving the product's purpose is the guide's first item: a start, never "nothing".
            const started = covered >= thresholds.warnItems || checklist.covered.includes('purpose');
            let status = covered >= thresholds.passItems ? 'pass' : started ? 'warn' : 'fail';
            if (freshness.stale && status === 'pass')
                status = 'warn';
            const score = clamp(Math.round((covered / VISION_ITEMS.length) * 100) - (freshness.stale ? thresholds.stalePenalty : 0), 0, 100);
            const where = (language) => docs.map((doc) => documentLabel(doc, language)).join(', ');
            const names = (lang, items) => items.map((item) => ITEM_NAME[item][lang]).join(', ');
            const found = (lang) => covered > 0 ? ` (${names(lang, checklist.covered)})` : '';
            return {
                status,
                score,
                measured: {
                    fr: `Vision trouvée dans ${where('fr')} : ${covered} élément(s) sur ${VISION_ITEMS.length} de la checklist du guide${found('fr')}.`,
                    en: `Vision found in ${where('en')}: ${covered} of the guide’s ${VISION_ITEMS.length} checklist items${found('en')}.`,
                },
                metrics: {
                    itemsCovered: covered,
                    itemsTotal: VISION_ITEMS.length,
                    coveredItems: [...checklist.covered],
                    missingItems: [...checklist.missing],
                },
                advice: advice(checklist.missing, freshness.stale, context.thresholds.maxAgeDays),
            };
        });
    },
};
function advice(missing, stale, maxAgeDays) {
    const fr = [];
    const en = [];
    if (missing.length > 0) {
        fr.push(`Compléter la vision avec les pistes du guide : ${missing.map((item) => `« ${ITEM_TEXT[item].fr} »`).join(' ')}`);
        en.push(`Complete the vision with the guide’s checklist: ${missing.map((item) => `“${ITEM_TEXT[item].en}”`).join(' ')}`);
    }
    if (stale) {
        fr.push(`Revisiter la vision avec l’équipe (plus de ${maxAgeDays} jours sans modification) : « Il est essentiel de la revisiter régulièrement pour s’assurer qu’elle reste pertinente. »`);
        en.push(`Revisit the vision with the team (unchanged for more than ${maxAgeDays} days): “It is essential to revisit it regularly to make sure it stays relevant.”`);
    }
    return fr.length > 0 ? { fr: fr.join(' '), en: en.join(' ') } : null;
}
