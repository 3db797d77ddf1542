export declare const PILLAR_IDS: readonly ['team', 'users', 'impact', 'iteration', 'vision'];
export type PillarId = (typeof PILLAR_IDS)[number];
export declare const SIGNAL_IDS: readonly ['deployment-frequency', 'release-cadence', 'vision', 'indicators', 'roadmap', 'feedback-handling', 'feedback-channel', 'team-continuity', 'delivery-automation'];
export type SignalId = (typeof SIGNAL_IDS)[number];
export declare const STATUSES: readonly ['pass', 'warn', 'fail', 'not-applicable', 'unknown'];
export type Status = (typeof STATUSES)[number];
export declare const LANGUAGES: readonly ['fr', 'en'];
export type Language = (typeof LANGUAGES)[number];
/** A user-facing text in both languages the product speaks. */
export interface Localized {
    fr: string;
    en: string;
}
