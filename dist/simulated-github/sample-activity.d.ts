/**
 * The dated activity of a sample repository: its team and commits, releases and tags, deployments
 * and workflow runs, feedback issues and their comments. Every date is drawn relative to `end` (the
 * organisation's `now`, or the day an archived repository stopped) and never after it.
 */
import type { SimulatedCommit, SimulatedDeployment, SimulatedIssue, SimulatedRelease, SimulatedTag, SimulatedWorkflowRun } from './repository-spec.js';
import type { DeploymentsTrait, FeedbackTrait, ReleasesTrait, TeamTrait } from './sample-profiles.js';
import type { SeededRandom } from './seeded-random.js';
export declare const DAY = 86400000;
export declare const HOUR = 3600000;
/** Activity is drawn within this many days before `end`: inside the default 90-day window. */
export declare const ACTIVITY_DAYS = 86;
export declare const HUGE_FEEDBACK_ISSUES = 1500;
/**
 * GitHub's spelling of a date (`2026-11-20T09:14:00Z`), to the minute: generated times need no
 * finer grain, and the day and minute parts are memoised, which keeps a 10,000-repository
 * organisation fast to generate (hundreds of thousands of dates).
 */
export declare function iso(time: number): string;
/** A weekday, working-hours time (7–18 h UTC) about `daysAgo` days before `end`, never after it. */
export declare function workingTime(random: SeededRandom, end: number, daysAgo: number): number;
export interface Member {
    name: string;
    email: string;
    login: string;
    /** Relative share of the commits. */
    weight: number;
}
/**
 * Two to six people (three to six for a balanced team). A varied team may share the work evenly,
 * lean on one person (about 75 %) or depend on one (about 90 %): the bus-factor spread.
 */
export declare function makeTeam(random: SeededRandom, trait: TeamTrait): Member[];
export interface CommitsInput {
    team: readonly Member[];
    end: number;
    /** Paths that ordinary work touches (never the README nor the product documents). */
    workPaths: readonly string[];
    /** Paths of the first commit, long ago. */
    initialPaths: readonly string[];
    initialDaysAgo: number;
    /** Commits that created or changed a document (or a README / product sheet holding one). */
    documentChanges: ReadonlyArray<{
        path: string;
        time: number;
        message: string;
    }>;
    lockFile: string;
}
/** The first commit, the document commits, 20–70 commits of work in the window, a few bot updates. */
export declare function makeCommits(random: SeededRandom, input: CommitsInput): SimulatedCommit[];
export interface ReleasesResult {
    releases: SimulatedRelease[];
    tags: SimulatedTag[];
    /** Times of the published (non-pre) releases, newest first, for workflows running on release. */
    releaseTimes: Array<{
        time: number;
        tagName: string;
    }>;
}
/**
 * `steady`: a GitHub release (and its tag) every 7–21 days, the last one within that interval,
 * sometimes with release candidates. `varied`: nothing, tags only, or releases every 14–60 days.
 */
export declare function makeReleases(random: SeededRandom, trait: ReleasesTrait, end: number): ReleasesResult;
export type DeliveryMode = Exclude<DeploymentsTrait, 'varied'>;
export interface DeliveryResult {
    mode: DeliveryMode;
    files: Record<string, string>;
    deployments: SimulatedDeployment[];
    workflowRuns: SimulatedWorkflowRun[];
}
export interface DeliveryInput {
    end: number;
    stack: {
        test: string;
        procfile: string;
    };
    releaseTimes: ReleasesResult['releaseTimes'];
    /** Healthy teams deploy at least twice a week. */
    frequent: boolean;
}
/**
 * CI always; then by mode: a deploy workflow with `environment: production` and the GitHub
 * deployments it records (`deployments`), a deploy workflow without environment and its runs
 * (`workflow`), a `Procfile` and/or `scalingo.json` (`paas`), a workflow running on each release
 * (`on-release`), or nothing (`none`).
 */
export declare function makeDelivery(random: SeededRandom, trait: DeploymentsTrait, input: DeliveryInput): DeliveryResult;
export interface IssuesInput {
    end: number;
    team: readonly Member[];
    feedbackLabel: string;
}
/** A feedback label as a team spells it: French or English, any case. */
export declare function pickFeedbackLabel(random: SeededRandom): string;
/**
 * Feedback issues opened by users within the window, answered fast (within hours), slowly (days
 * after the 72-hour target) or never; a triage bot and the authors comment too, and neither counts
 * as an answer. In slow and unanswered repositories issues are opened at least four days ago, so a
 * late answer has come and a missing one is past the target; there, the oldest unanswered issue is
 * left open. Plus a few issues of the team's own.
 */
export declare function makeIssues(random: SeededRandom, trait: FeedbackTrait, input: IssuesInput): SimulatedIssue[];
