export const PILLAR_IDS = ['team', 'users', 'impact', 'iteration', 'vision'] as const;
export type PillarId = (typeof PILLAR_IDS)[number];

export const SIGNAL_IDS = [
  'deployment-frequency',
  'release-cadence',
  'vision',
  'indicators',
  'roadmap',
  'feedback-handling',
  'feedback-channel',
  'team-continuity',
  'delivery-automation',
] as const;
export type SignalId = (typeof SIGNAL_IDS)[number];

export const STATUSES = ['pass', 'warn', 'fail', 'not-applicable', 'unknown'] as const;
export type Status = (typeof STATUSES)[number];

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A user-facing text in both languages the product speaks. */
export interface Localized {
  fr: string;
  en: string;
}
