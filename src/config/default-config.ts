import type { ProductHealthConfig } from './config.js';

export const DEFAULT_CONFIG: ProductHealthConfig = {
  language: 'fr',
  windowDays: 90,
  documents: { vision: [], indicators: [], roadmap: [], exclude: [] },
  feedback: {
    labels: [
      'feedback',
      'user feedback',
      'user-feedback',
      'retour',
      'retours',
      'retour utilisateur',
      'retour-utilisateur',
      'retours utilisateurs',
      'support',
      'usager',
    ],
    responseTargetHours: 72,
    responders: 'anyone',
    channels: [],
  },
  deployments: {
    productionEnvironment: '^(prod|production|live)([-_ ].*)?$',
    workflow: 'deploy|déploi|deploi|release|mise en production|\\bmep\\b|\\bcd\\b',
    branch: null,
    tags: null,
  },
  releases: { expected: null },
  issue: { label: 'product-health', reopenClosed: false },
  product: { betagouv: null, phase: null, betagouvRepository: 'betagouv/beta.gouv.fr' },
  thresholds: {},
  disabledSignals: [],
  weights: {
    pillars: { team: 1, users: 1, impact: 1, iteration: 1, vision: 1 },
    signals: {
      'deployment-frequency': 1,
      'release-cadence': 1,
      vision: 1,
      indicators: 1,
      roadmap: 1,
      'feedback-handling': 1,
      'feedback-channel': 1,
      'team-continuity': 1,
      'delivery-automation': 1,
    },
  },
};
