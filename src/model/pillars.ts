import type { Localized, PillarId } from './ids.js';

/** The five pillars, named as the guide names them (guide/piliers.md), with a short name for table headers. */
export const PILLARS: Record<PillarId, { short: Localized; title: Localized; gist: Localized }> = {
  team: {
    short: { fr: 'Équipe', en: 'Team' },
    title: { fr: 'Une équipe pluridisciplinaire et autonome', en: 'A multidisciplinary, autonomous team' },
    gist: {
      fr: 'Elle est responsable du produit de bout en bout : de la compréhension des besoins à la mise en production, jusqu’au suivi de l’impact.',
      en: 'It owns the product end to end: from understanding needs to going live, up to following its impact.',
    },
  },
  users: {
    short: { fr: 'Utilisateurs', en: 'Users' },
    title: { fr: 'Un contact permanent avec les utilisateurs', en: 'Constant contact with users' },
    gist: {
      fr: 'Le produit est conçu avec les usagers, pas seulement pour eux.',
      en: 'The product is designed with its users, not only for them.',
    },
  },
  impact: {
    short: { fr: 'Impact', en: 'Impact' },
    title: { fr: 'Un service piloté par l’impact', en: 'A service steered by its impact' },
    gist: {
      fr: 'Ce n’est pas la complétude fonctionnelle qui fait le succès d’un produit, mais sa capacité à produire un effet utile et mesurable.',
      en: 'A product succeeds not through feature completeness but through its ability to produce a useful, measurable effect.',
    },
  },
  iteration: {
    short: { fr: 'Itération', en: 'Iteration' },
    title: {
      fr: 'Une amélioration continue, itérative et incrémentale',
      en: 'Continuous, iterative and incremental improvement',
    },
    gist: {
      fr: 'On construit le produit par petits pas, avec des cycles courts (quelques semaines) qui permettent de tester, apprendre et ajuster.',
      en: 'The product is built in small steps, with short cycles (a few weeks) to test, learn and adjust.',
    },
  },
  vision: {
    short: { fr: 'Vision', en: 'Vision' },
    title: { fr: 'Une vision produit claire et partagée', en: 'A clear, shared product vision' },
    gist: {
      fr: 'La vision produit donne le cap commun à toute l’équipe. Elle synthétise ce qu’on veut accomplir, pour qui, et pourquoi.',
      en: 'The product vision gives the whole team a common heading: what we want to achieve, for whom, and why.',
    },
  },
};
