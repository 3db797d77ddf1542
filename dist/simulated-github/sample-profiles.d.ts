/**
 * The profiles of the sample organisations' repositories: each names the judgement a scan of the
 * repository must give (see `generate-organisation.ts`), and fixes the few traits that produce it;
 * everything a profile does not fix is drawn at random (seeded), so the organisation stays varied.
 */
export declare const SAMPLE_PROFILES: readonly ['healthy', 'no-documents', 'stale-roadmap', 'vision-in-readme', 'slow-feedback', 'unanswered-feedback', 'deploys-with-deployments', 'deploys-with-workflow', 'deploys-with-paas', 'no-deployments', 'release-driven', 'archived', 'issues-disabled', 'huge-issue-count'];
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
export declare const PROFILE_TRAITS: Readonly<Record<SampleProfile, ProfileTraits>>;
/** One repository in this many is `huge-issue-count` in the default cycle. */
export declare const HUGE_EVERY = 50;
/**
 * The profile of the repository at `index`. With `profiles`, they are cycled through in order.
 * By default every ordinary profile is cycled through, and one repository in 50 (the 14th of each
 * block of 50) is `huge-issue-count`: fourteen repositories or more hold every profile.
 */
export declare function profileAt(index: number, profiles?: readonly SampleProfile[]): SampleProfile;
export declare function isSampleProfile(value: unknown): value is SampleProfile;
