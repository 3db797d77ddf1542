/**
 * A deterministic generator of sample organisations for the simulated GitHub: N repositories of
 * French public-sector products with varied, realistic profiles (see `SAMPLE_PROFILES`), from a
 * seed. The same options always give deep-equal specs: a seeded PRNG (mulberry32) drives every
 * choice, and every date is relative to `options.now` (never the clock).
 *
 * Each repository has its own PRNG stream (seed × index), so repository `i` is the same whatever
 * the number of repositories asked for, and `sampleRepositories` can stream a large organisation
 * without holding it. Repositories stay small (tens of commits, issues and deployments) except the
 * `huge-issue-count` ones (1,500 feedback issues).
 *
 * What each profile holds (anything not listed is drawn at random) → what a scan judges:
 *
 * | profile                    | holds                                                                  | judgement                                    |
 * | -------------------------- | ---------------------------------------------------------------------- | -------------------------------------------- |
 * | `healthy`                  | 3–6 people sharing the work; complete, fresh vision/indicators/roadmap; | grade A or B                                 |
 * |                            | 2–5 production deployments a week; a release every 7–21 days;          |                                              |
 * |                            | feedback answered within hours; issue template and README support      |                                              |
 * | `no-documents`             | no product document, no README product section                         | indicators, roadmap `fail`; vision at most `warn` (README lead) |
 * | `stale-roadmap`            | a roadmap file unchanged for 100–400 days (a third of them Agilefall)  | roadmap `warn` (stale)                       |
 * | `vision-in-readme`         | a complete vision as a README section (`## Vision`, `## Notre vision`…) | vision `pass` from the README section        |
 * | `slow-feedback`            | 8–20 feedback issues, 10–60 % answered in time, the others days later  | feedback-handling `warn`/`fail`, answered    |
 * | `unanswered-feedback`      | 6–15 feedback issues, at most a quarter answered; bots comment         | feedback-handling `fail`, unanswered counted |
 * | `deploys-with-deployments` | GitHub deployments to `production`/`prod` from a deploy job            | deployment-frequency source `deployments`    |
 * | `deploys-with-workflow`    | deploy workflow runs, no production deployment (maybe review apps)    | source `workflow-runs`                       |
 * | `deploys-with-paas`        | a `Procfile` and/or `scalingo.json`, no deployment nor deploy run      | source `paas-pushes`                         |
 * | `no-deployments`           | CI only                                                                | deployment-frequency `unknown`               |
 * | `release-driven`           | a release every 7–21 days, a workflow deploying each one               | release-cadence `pass` from releases         |
 * | `archived`                 | the archived flag; everything 6 months to 2 years old                  | every signal `not-applicable`                |
 * | `issues-disabled`          | issues turned off, none listed, no issue template                      | feedback-handling `unknown` (`disabled`)     |
 * | `huge-issue-count`         | 1,500 feedback issues in the window                                    | feedback-handling counts all 1,500           |
 *
 * `test/simulated-github/generate-organisation.test.ts` scans each profile through the real core.
 */
import type { SimulatedRepositorySpec } from './repository-spec.js';
import { type SampleProfile } from './sample-profiles.js';
export { SAMPLE_PROFILES, type SampleProfile } from './sample-profiles.js';
export interface SampleOrganisationOptions {
    /** The organisation's login, owner of every repository. */
    owner: string;
    /** How many repositories (0 or more). */
    repositories: number;
    /** Any integer: the same seed gives the same organisation. */
    seed: number;
    /** The instant every date is relative to (the scans' `now`). */
    now: Date;
    /**
     * Profiles to cycle through, in order. Default: every profile, with `huge-issue-count` one
     * repository in 50 (see `profileAt`).
     */
    profiles?: SampleProfile[];
}
export interface SampleRepository {
    spec: SimulatedRepositorySpec;
    profile: SampleProfile;
}
/** The organisation's repositories, in order. */
export declare function generateOrganisation(options: SampleOrganisationOptions): SampleRepository[];
/** The same repositories as `generateOrganisation`, one at a time (for very large organisations). */
export declare function sampleRepositories(options: SampleOrganisationOptions): Generator<SampleRepository>;
