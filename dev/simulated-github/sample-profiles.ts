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
] as const;

export type SampleProfile = (typeof SAMPLE_PROFILES)[number];

/** How the product documents (vision, indicators, roadmap) are planned. */
export type DocumentsTrait = 'complete' | 'varied' | 'none' | 'stale-roadmap' | 'vision-in-readme';
/** How feedback issues are answered; `huge` is 1,500 of them, `none` no feedback issue at all. */
export type FeedbackTrait = 'fast' | 'slow' | 'unanswered' | 'varied' | 'none' | 'huge';
/** Where deployments show: GitHub deployments, deploy workflow runs, PaaS pushes, runs on each release. */
export type DeploymentsTrait = 'deployments' | 'workflow' | 'paas' | 'none' | 'on-release' | 'varied';
/** Releases: a steady cadence (every 7–21 days) or whatever the draw gives (none, tags, releases). */
export type ReleasesTrait = 'steady' | 'varied';
/** Team: three to six people sharing the work, or any size and spread (bus factor). */
export type TeamTrait = 'balanced' | 'varied';

export interface ProfileTraits {
  documents: DocumentsTrait;
  feedback: FeedbackTrait;
  deployments: DeploymentsTrait;
  releases: ReleasesTrait;
  team: TeamTrait;
  archived: boolean;
  issuesEnabled: boolean;
}

const VARIED: ProfileTraits = {
  documents: 'varied',
  feedback: 'varied',
  deployments: 'varied',
  releases: 'varied',
  team: 'varied',
  archived: false,
  issuesEnabled: true,
};

export const PROFILE_TRAITS: Readonly<Record<SampleProfile, ProfileTraits>> = {
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
export function profileAt(index: number, profiles?: readonly SampleProfile[]): SampleProfile {
  if (profiles !== undefined) {
    const profile = profiles[index % profiles.length];
    if (profile === undefined) throw new Error('generateOrganisation: `profiles` is empty');
    return profile;
  }
  const block = Math.floor(index / HUGE_EVERY);
  const slot = index % HUGE_EVERY;
  if (slot === HUGE_SLOT) return 'huge-issue-count';
  const ordinaryBefore = block * (HUGE_EVERY - 1) + (slot > HUGE_SLOT ? slot - 1 : slot);
  return ORDINARY[ordinaryBefore % ORDINARY.length] as SampleProfile;
}

export function isSampleProfile(value: unknown): value is SampleProfile {
  return typeof value === 'string' && (SAMPLE_PROFILES as readonly string[]).includes(value);
}
