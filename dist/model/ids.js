export const PILLAR_IDS = ['team', 'users', 'impact', 'iteration', 'vision'];
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
];
export const STATUSES = ['pass', 'warn', 'fail', 'not-applicable', 'unknown'];
export const LANGUAGES = ['fr', 'en'];
