/**
 * The profiles of the sample organisations' repositories: each names the judgement a scan of the
 * repository must give (see `generate-organisation.ts`), and fixes the few traits that produce it;
 * everything a profile does not fix is drawn at random (seeded), so the organisation stays varied.
 */
export const SAMPLE_PROFILES = [
    'healthy',
    'no-documents',
    'stale-roadmap',
    'vision-in-readme',
    'slow-feedback',
    'unanswered-feedback',
    'deploys-with-deployments',
    'deploys-with-workflow',
    'deploys-with-paas',
    'no-deployments',
    'release-driven',
    'archived',
    'issues-disabled',
    'huge-issue-count',
];
const VARIED = {
    documents: 'varied',
    feedback: 'varied',
    deployments: 'varied',
    releases: 'varied',
    team: 'varied',
    archived: false,
    issuesEnabled: true,
};
export const PROFILE_TRAITS = {
    healthy: {
        ...VARIED,
        documents: 'complete',
        feedback: 'fast',
        deployments: 'deployments',
        releases: 'steady',
        team: 'balanced',
    },
    'no-documents': { ...VARIED, documents: 'none' },
    'stale-roadmap': { ...VARIED, documents: 'stale-roadmap' },
    'vision-in-readme': { ...VARIED, documents: 'vision-in-readme' },
    'slow-feedback': { ...VARIED, feedback: 'slow' },
    'unanswered-feedback': { ...VARIED, feedback: 'unanswered' },
    'deploys-with-deployments': { ...VARIED, deployments: 'deployments' },
    'deploys-with-workflow': { ...VARIED, deployments: 'workflow' },
    'deploys-with-paas': { ...VARIED, deployments: 'paas' },
    'no-deployments': { ...VARIED, deployments: 'none' },
    'release-driven': { ...VARIED, releases: 'steady', deployments: 'on-release' },
    archived: { ...VARIED, archived: true },
    'issues-disabled': { ...VARIED, feedback: 'none', issuesEnabled: false },
    'huge-issue-count': { ...VARIED, feedback: 'huge' },
};
/** One repository in this many is `huge-issue-count` in the default cycle. */
export const HUGE_EVERY = 50;
/** Its slot in each block of `HUGE_EVERY`: right after one of each ordinary profile. */
const HUGE_SLOT = SAMPLE_PROFILES.length - 1;
const ORDINARY = SAMPLE_PROFILES.filter((profile) => profile !== 'huge-issue-count');
/**
 * The profile of the repository at `index`. With `profiles`, they are cycled through in order.
 * By default every ordinary profile is cycled through, and one repository in 50 (the 14th of each
 * block of 50) is `huge-issue-count`: fourteen repositories or more hold every profile.
 */
export function profileAt(index, profiles) {
    if (profiles !== undefined) {
        const profile = profiles[index % profiles.length];
        if (profile === undefined)
            throw new Error('generateOrganisation: `profiles` is empty');
        return profile;
    }
    const block = Math.floor(index / HUGE_EVERY);
    const slot = index % HUGE_EVERY;
    if (slot === HUGE_SLOT)
        return 'huge-issue-count';
    const ordinaryBefore = block * (HUGE_EVERY - 1) + (slot > HUGE_SLOT ? slot - 1 : slot);
    return ORDINARY[ordinaryBefore % ORDINARY.length];
}
export function isSampleProfile(value) {
    return typeof value === 'string' && SAMPLE_PROFILES.includes(value);
}
//# sourceMappingURL=sample-profiles.js.map