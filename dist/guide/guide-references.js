/**
 * Where the coaching text comes from. The product guide of the ministères sociaux (GitBook)
 * holds the pillars and the vision / indicators / roadmap pages; the DINUM's "Petit guide de
 * l'approche produit" (2022) holds the warnings about long plans and autonomous teams.
 */
const RESSOURCES = 'https://direction-du-numerique-ministere.gitbook.io/ressources/organisation-produit';
const PRINCIPES = `${RESSOURCES}/principes`;
const PILIERS = `${RESSOURCES}/les-piliers-dune-organisation-produit`;
export const GUIDE = {
    pillars: {
        title: { fr: 'Les piliers d’une organisation produit', en: 'The pillars of a product organisation' },
        url: PILIERS,
    },
    vision: {
        title: { fr: 'Organisation produit — Vision', en: 'Product organisation — Vision' },
        url: `${PRINCIPES}#vision`,
    },
    indicators: {
        title: {
            fr: 'Organisation produit — Indicateurs d’impact',
            en: 'Product organisation — Impact indicators',
        },
        url: `${PRINCIPES}#indicateurs-dimpact`,
    },
    roadmap: {
        title: {
            fr: 'Organisation produit — La roadmap court terme',
            en: 'Product organisation — The short-term roadmap',
        },
        url: `${PRINCIPES}#la-roadmap-court-terme`,
    },
    iterations: {
        title: { fr: 'Organisation produit — Itérations courtes', en: 'Product organisation — Short iterations' },
        url: `${PRINCIPES}#iterations-courtes`,
    },
    petitGuide: {
        title: {
            fr: 'Petit guide de l’approche produit (DINUM, 2022)',
            en: 'Short guide to the product approach (DINUM, 2022)',
        },
        url: null,
    },
};
