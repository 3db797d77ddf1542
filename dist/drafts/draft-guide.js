import { GUIDE } from '../guide/guide-references.js';
/**
 * Why each starter document matters, in the guide's words (guide/vision-indicateurs-roadmap.md,
 * quoted as written; the English is a translation), with the page it is quoted from.
 */
export const DRAFT_GUIDE = {
    vision: {
        name: { fr: 'la vision produit', en: 'the product vision' },
        quote: {
            fr: "« La vision produit est essentielle car elle fournit une direction claire et partagée, ce qui réduit le risque d'avoir des produits qui manquent de cohérence ou de s'éparpiller sur des initiatives ou fonctionnalités non pertinentes. »",
            en: '“The product vision is essential because it provides a clear and shared direction, which reduces the risk of products that lack consistency or scatter across irrelevant initiatives or features.”',
        },
        guide: GUIDE.vision,
    },
    indicators: {
        name: { fr: 'les indicateurs', en: 'the indicators' },
        quote: {
            fr: '« Fixer des indicateurs permet d’aligner toutes les parties prenantes sur la stratégie, de prendre des décisions éclairées et de s’améliorer en continu. »',
            en: '“Setting indicators aligns every stakeholder on the strategy, supports informed decisions and continuous improvement.”',
        },
        guide: GUIDE.indicators,
    },
    roadmap: {
        name: { fr: 'la feuille de route court terme', en: 'the short-term roadmap' },
        quote: {
            fr: '« Une roadmap court terme permet de définir une vision claire et actionnable sur une période limitée, généralement de 3 à 6 mois. »',
            en: '“A short-term roadmap defines a clear and actionable vision over a limited period, usually 3 to 6 months.”',
        },
        guide: GUIDE.roadmap,
    },
};
