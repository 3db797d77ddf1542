import { Octokit } from '@octokit/rest';
import { describe, expect, it, vi } from 'vitest';
import {
  generateOrganisation,
  SAMPLE_PROFILES,
  type SampleOrganisationOptions,
  type SampleProfile,
  sampleRepositories,
} from '../../dev/simulated-github/generate-organisation.js';
import type {
  SimulatedComment,
  SimulatedIssue,
  SimulatedRepositorySpec,
} from '../../dev/simulated-github/repository-spec.js';
import { mulberry32 } from '../../dev/simulated-github/seeded-random.js';
import { DEFAULT_CONFIG } from '../../src/config/default-config.js';
import { GitHubClient } from '../../src/github/github-client.js';
import { createGitHubSource } from '../../src/github/github-source.js';
import type { Report, SignalReport } from '../../src/report/report.js';
import { scanGitHubRepository } from '../../src/scan/scan-github-repository.js';
import { configPattern } from '../../src/signals/config-pattern.js';
import { SILENT_LOG } from '../helpers/fake-github.js';
import { useFakeGitHub } from '../helpers/use-fake-github.js';

const NOW = new Date('2026-11-22T12:00:00Z');
const OWNER = 'beta-exemple';
const DAY = 86_400_000;
const HOUR = 3_600_000;
const TARGET_HOURS = DEFAULT_CONFIG.feedback.responseTargetHours;
const FEEDBACK_LABELS = new Set(DEFAULT_CONFIG.feedback.labels);
const PRODUCTION = configPattern(DEFAULT_CONFIG.deployments.productionEnvironment);
const DEPLOY_WORKFLOW = configPattern(DEFAULT_CONFIG.deployments.workflow);
const PAAS_FILES = ['Procfile', 'scalingo.json', 'app.json', 'netlify.toml', 'vercel.json', 'fly.toml'];
const VISION_FILES = /(^|\/)vision[^/]*\.md$/i;
const ROADMAP_FILES = /(^|\/)(roadmap|feuille-de-route)[^/]*\.md$/i;
const CONTAINERS = ['README.md', 'FICHEPRODUIT.md'];
const DOCUMENT_FILES = /(vision|indicateurs|stats|kpi|roadmap|feuille-de-route|fiche-?produit)[^/]*\.md$/i;
const VISION_HEADING = /^## (Vision|Notre vision|Raison d’être)$/m;
const ROADMAP_HEADING = /^## (Feuille de route|Roadmap|Prochaines étapes)$/m;
const DOCUMENT_HEADING =
  /^## (Vision|Notre vision|Raison d’être|Indicateurs|Impact|Feuille de route|Roadmap|Prochaines étapes)$/m;

const fakeGitHub = useFakeGitHub();

function organisation(overrides: Partial<SampleOrganisationOptions> = {}) {
  return generateOrganisation({ owner: OWNER, repositories: 28, seed: 42, now: NOW, ...overrides });
}

/** Several repositories of one profile (each index has its own random stream: they differ). */
function specsOf(profile: SampleProfile, count: number, seed = 7): SimulatedRepositorySpec[] {
  return generateOrganisation({ owner: OWNER, repositories: count, seed, now: NOW, profiles: [profile] }).map(
    (repository) => repository.spec,
  );
}

async function scan(spec: SimulatedRepositorySpec): Promise<Report> {
  fakeGitHub.serve([spec], { now: () => NOW });
  const octokit = new Octokit({ log: SILENT_LOG });
  const source = createGitHubSource({
    client: new GitHubClient(octokit),
    owner: spec.owner,
    repo: spec.name,
  });
  const { report } = await scanGitHubRepository(source, { now: NOW, writeIssue: false, dryRun: false });
  return report;
}

function signal(report: Report, id: string): SignalReport {
  const found = report.signals.find((s) => s.id === id);
  if (!found) throw new Error(`no signal ${id}`);
  return found;
}

const time = (date: string) => Date.parse(date);
const ageDays = (date: string) => (NOW.getTime() - time(date)) / DAY;

function isBot(comment: SimulatedComment): boolean {
  return comment.isBot === true || (comment.author ?? '').endsWith('[bot]');
}

function feedbackIssues(spec: SimulatedRepositorySpec): SimulatedIssue[] {
  return (spec.issues ?? []).filter((issue) =>
    (issue.labels ?? []).some((label) => FEEDBACK_LABELS.has(label.toLowerCase())),
  );
}

/** The first comment by a human other than the author: what the product counts as an answer. */
function firstAnswer(issue: SimulatedIssue): SimulatedComment | undefined {
  return [...(issue.comments ?? [])]
    .sort((a, b) => time(a.createdAt) - time(b.createdAt))
    .find((comment) => !isBot(comment) && comment.author !== issue.author);
}

function answerHours(issue: SimulatedIssue): number | null {
  const answer = firstAnswer(issue);
  return answer ? (time(answer.createdAt) - time(issue.createdAt)) / HOUR : null;
}

/** The last commit touching `path`: the document's last change as GitHub's history tells it. */
function lastChange(spec: SimulatedRepositorySpec, path: string): number {
  return Math.max(
    ...(spec.commits ?? [])
      .filter((commit) => commit.paths?.includes(path))
      .map((commit) => time(commit.date)),
  );
}

function everyDate(spec: SimulatedRepositorySpec): string[] {
  return [
    ...(spec.commits ?? []).map((c) => c.date),
    ...(spec.releases ?? []).map((r) => r.createdAt),
    ...(spec.tags ?? []).map((t) => t.date),
    ...(spec.deployments ?? []).map((d) => d.createdAt),
    ...(spec.workflowRuns ?? []).map((r) => r.createdAt),
    ...(spec.issues ?? []).flatMap((i) => [
      i.createdAt,
      ...(i.closedAt ? [i.closedAt] : []),
      ...(i.comments ?? []).map((c) => c.createdAt),
    ]),
  ];
}

describe('generateOrganisation: deterministic', () => {
  it('gives deep-equal organisations for the same options, without Math.random or the clock', () => {
    const random = vi.spyOn(Math, 'random');
    const clock = vi.spyOn(Date, 'now');
    try {
      const first = organisation({ repositories: 60 });
      const second = organisation({ repositories: 60 });
      expect(second).toEqual(first);
      expect(random).not.toHaveBeenCalled();
      expect(clock).not.toHaveBeenCalled();
    } finally {
      random.mockRestore();
      clock.mockRestore();
    }
  });

  it('differs from one seed to another', () => {
    const one = organisation({ seed: 1 });
    const two = organisation({ seed: 2 });
    expect(two).not.toEqual(one);
    expect(two.map((r) => r.spec.name)).not.toEqual(one.map((r) => r.spec.name));
    // Same profiles in the same order: only the draws differ.
    expect(two.map((r) => r.profile)).toEqual(one.map((r) => r.profile));
  });

  it('gives repository i the same whatever the size, and streams the same repositories', () => {
    const large = organisation({ repositories: 40 });
    expect(organisation({ repositories: 10 })).toEqual(large.slice(0, 10));
    expect([...sampleRepositories({ owner: OWNER, repositories: 40, seed: 42, now: NOW })]).toEqual(large);
  });

  it('dates everything relative to `now`, never after it', () => {
    const week = new Date(NOW.getTime() + 7 * DAY);
    const now = organisation();
    const later = organisation({ now: week });
    for (const [index, { spec }] of now.entries()) {
      for (const date of everyDate(spec)) expect(time(date)).toBeLessThanOrEqual(NOW.getTime());
      // A week later (same weekdays) every commit is exactly a week later.
      const shifted = (later[index]?.spec.commits ?? []).map((c) => time(c.date) - 7 * DAY);
      expect(shifted).toEqual((spec.commits ?? []).map((c) => time(c.date)));
    }
  });

  it('names repositories uniquely, after French products', () => {
    const names = generateOrganisation({ owner: OWNER, repositories: 1000, seed: 3, now: NOW }).map(
      (r) => r.spec.name,
    );
    expect(new Set(names).size).toBe(1000);
    for (const name of names) expect(name).toMatch(/^[a-z]+(-[a-z]+)+(-\d+)?$/);
    expect(names).toContain('trouve-ta-formation');
    expect(names).toContain('mon-suivi-social');
    expect(names).toContain('aides-jeunes');
  });

  it('cycles through every profile, huge-issue-count one repository in 50', () => {
    const profiles = generateOrganisation({ owner: OWNER, repositories: 100, seed: 5, now: NOW }).map(
      (r) => r.profile,
    );
    expect(new Set(profiles)).toEqual(new Set(SAMPLE_PROFILES));
    expect(profiles.filter((p) => p === 'huge-issue-count')).toHaveLength(2);
    expect(profiles.slice(0, 14)).toEqual([...SAMPLE_PROFILES]);
    const chosen = organisation({ repositories: 5, profiles: ['archived', 'healthy'] }).map((r) => r.profile);
    expect(chosen).toEqual(['archived', 'healthy', 'archived', 'healthy', 'archived']);
  });

  it('refuses options it cannot honour', () => {
    expect(() => organisation({ repositories: -1 })).toThrow(/repositories/);
    expect(() => organisation({ repositories: 1.5 })).toThrow(/repositories/);
    expect(() => organisation({ seed: Number.NaN })).toThrow(/seed/);
    expect(() => organisation({ now: new Date('nope') })).toThrow(/now/);
    expect(() => organisation({ profiles: [] })).toThrow(/profiles/);
    expect(() => organisation({ profiles: ['nope' as SampleProfile] })).toThrow(/nope/);
    expect(() => organisation({ owner: '' })).toThrow(/owner/);
    expect(organisation({ repositories: 0 })).toEqual([]);
  });

  it('uses mulberry32, the reference sequence', () => {
    const next = mulberry32(42);
    expect([next(), next(), next()].map((x) => x.toFixed(6))).toEqual(['0.601104', '0.448291', '0.852466']);
  });
});

describe('generateOrganisation: modest repositories', () => {
  it('keeps 1,000 repositories small, except the huge ones', () => {
    const started = performance.now();
    const repositories = generateOrganisation({ owner: OWNER, repositories: 1000, seed: 11, now: NOW });
    const elapsed = performance.now() - started;
    // A sanity bound only (it takes a fraction of a second): sizes are what this test checks.
    expect(elapsed).toBeLessThan(10_000);

    const ordinary = repositories.filter((r) => r.profile !== 'huge-issue-count').map((r) => r.spec);
    const huge = repositories.filter((r) => r.profile === 'huge-issue-count').map((r) => r.spec);
    expect(huge).toHaveLength(20);
    for (const spec of ordinary) {
      expect(spec.commits?.length).toBeLessThanOrEqual(90);
      expect(spec.issues?.length).toBeLessThanOrEqual(30);
      expect(spec.deployments?.length).toBeLessThanOrEqual(150);
      expect(spec.workflowRuns?.length).toBeLessThanOrEqual(100);
      expect((spec.releases?.length ?? 0) + (spec.tags?.length ?? 0)).toBeLessThanOrEqual(60);
      expect(Object.keys(spec.files ?? {}).length).toBeLessThanOrEqual(30);
      expect(JSON.stringify(spec.files).length).toBeLessThan(8_000);
    }
    for (const spec of huge) {
      expect(feedbackIssues(spec)).toHaveLength(1500);
      for (const issue of spec.issues ?? []) expect(issue.comments?.length).toBeLessThanOrEqual(1);
    }
    const total = (pick: (spec: SimulatedRepositorySpec) => unknown[] | undefined) =>
      ordinary.reduce((sum, spec) => sum + (pick(spec)?.length ?? 0), 0);
    expect(total((s) => s.commits) / ordinary.length).toBeLessThan(70);
    expect(total((s) => s.issues) / ordinary.length).toBeLessThan(15);
    expect(total((s) => s.deployments) / ordinary.length).toBeLessThan(40);
  });
});

describe('generateOrganisation: what each profile holds', () => {
  const VARIANTS = 20;

  it('healthy: a balanced team, complete fresh documents, weekly deployments, releases, fast answers', () => {
    for (const spec of specsOf('healthy', VARIANTS)) {
      const human = (spec.commits ?? []).filter((c) => ageDays(c.date) <= 90 && !c.login?.endsWith('[bot]'));
      const counts = new Map<string, number>();
      for (const commit of human) counts.set(commit.login ?? '', (counts.get(commit.login ?? '') ?? 0) + 1);
      expect(counts.size).toBeGreaterThanOrEqual(3);
      expect(counts.size).toBeLessThanOrEqual(6);
      expect(Math.max(...counts.values()) / human.length).toBeLessThan(0.7);
      const production = (spec.deployments ?? []).filter((d) => PRODUCTION.test(d.environment));
      expect(production.filter((d) => ageDays(d.createdAt) <= 90).length).toBeGreaterThanOrEqual(20);
      expect((spec.releases ?? []).filter((r) => ageDays(r.createdAt) <= 90).length).toBeGreaterThanOrEqual(
        4,
      );
      const readme = String(spec.files?.['README.md']);
      expect(readme).toMatch(/^## (Support|Nous contacter|Contact|Aide)$/m);
      expect(Object.keys(spec.files ?? {}).some((p) => p.startsWith('.github/ISSUE_TEMPLATE/'))).toBe(true);
      for (const issue of feedbackIssues(spec)) {
        const hours = answerHours(issue);
        if (hours === null) expect(ageDays(issue.createdAt) * 24).toBeLessThan(TARGET_HOURS);
        else expect(hours).toBeLessThanOrEqual(TARGET_HOURS);
      }
    }
  });

  it('no-documents: no product document file nor README section', () => {
    for (const spec of specsOf('no-documents', VARIANTS)) {
      expect(Object.keys(spec.files ?? {}).filter((path) => DOCUMENT_FILES.test(path))).toEqual([]);
      expect(String(spec.files?.['README.md'])).not.toMatch(DOCUMENT_HEADING);
    }
  });

  it('stale-roadmap: a roadmap file unchanged for more than a quarter, and no other roadmap', () => {
    for (const spec of specsOf('stale-roadmap', VARIANTS)) {
      const roadmaps = Object.keys(spec.files ?? {}).filter((path) => ROADMAP_FILES.test(path));
      expect(roadmaps).toHaveLength(1);
      const [path] = roadmaps as [string];
      expect(spec.files?.[path]).toMatch(/Calendrier/);
      expect(NOW.getTime() - lastChange(spec, path)).toBeGreaterThan(90 * DAY);
      for (const path of CONTAINERS) expect(String(spec.files?.[path] ?? '')).not.toMatch(ROADMAP_HEADING);
    }
    const agilefall = specsOf('stale-roadmap', VARIANTS).filter((spec) =>
      Object.values(spec.files ?? {}).some((text) => /2 prochaines années/.test(String(text))),
    );
    expect(agilefall.length).toBeGreaterThan(0);
  });

  it('vision-in-readme: the vision is a README section, not a file', () => {
    for (const spec of specsOf('vision-in-readme', VARIANTS)) {
      expect(String(spec.files?.['README.md'])).toMatch(VISION_HEADING);
      expect(Object.keys(spec.files ?? {}).filter((path) => VISION_FILES.test(path))).toEqual([]);
      expect(String(spec.files?.['FICHEPRODUIT.md'] ?? '')).not.toMatch(VISION_HEADING);
    }
  });

  it('slow-feedback: feedback answered, much of it days after the target', () => {
    for (const spec of specsOf('slow-feedback', VARIANTS)) {
      const issues = feedbackIssues(spec);
      expect(issues.length).toBeGreaterThanOrEqual(8);
      const hours = issues.map(answerHours).filter((h): h is number => h !== null);
      expect(hours.filter((h) => h > TARGET_HOURS).length / issues.length).toBeGreaterThanOrEqual(0.25);
      expect(hours.filter((h) => h <= TARGET_HOURS).length / issues.length).toBeLessThan(0.8);
    }
  });

  it('unanswered-feedback: open feedback left without a human answer past the target (bots comment)', () => {
    const specs = specsOf('unanswered-feedback', VARIANTS);
    for (const spec of specs) {
      const left = feedbackIssues(spec).filter(
        (issue) => !issue.closedAt && !firstAnswer(issue) && ageDays(issue.createdAt) * 24 > TARGET_HOURS,
      );
      expect(left.length).toBeGreaterThan(0);
    }
    const comments = specs.flatMap((spec) => feedbackIssues(spec).flatMap((issue) => issue.comments ?? []));
    expect(comments.some(isBot)).toBe(true);
  });

  it('deploys-with-deployments: production deployments recorded by a deploy job with an environment', () => {
    for (const spec of specsOf('deploys-with-deployments', VARIANTS)) {
      expect((spec.deployments ?? []).some((d) => PRODUCTION.test(d.environment))).toBe(true);
      const workflows = Object.entries(spec.files ?? {}).filter(([path]) =>
        path.startsWith('.github/workflows/'),
      );
      expect(workflows.some(([, text]) => /environment: (production|prod)$/m.test(String(text)))).toBe(true);
    }
  });

  it('deploys-with-workflow: deploy workflow runs, no production deployment, no PaaS descriptor', () => {
    for (const spec of specsOf('deploys-with-workflow', VARIANTS)) {
      expect((spec.deployments ?? []).some((d) => PRODUCTION.test(d.environment))).toBe(false);
      expect((spec.workflowRuns ?? []).some((run) => DEPLOY_WORKFLOW.test(run.name))).toBe(true);
      expect(PAAS_FILES.filter((path) => spec.files?.[path] !== undefined)).toEqual([]);
    }
  });

  it('deploys-with-paas: a Procfile or scalingo.json, neither deployments nor deploy runs', () => {
    for (const spec of specsOf('deploys-with-paas', VARIANTS)) {
      expect(spec.files?.Procfile ?? spec.files?.['scalingo.json']).toBeDefined();
      expect(spec.deployments).toEqual([]);
      expect((spec.workflowRuns ?? []).some((run) => DEPLOY_WORKFLOW.test(run.name))).toBe(false);
    }
  });

  it('no-deployments: CI only — no deployments, deploy runs nor PaaS descriptor', () => {
    for (const spec of specsOf('no-deployments', VARIANTS)) {
      expect(spec.deployments).toEqual([]);
      expect(spec.workflowRuns?.length).toBeGreaterThan(0);
      expect((spec.workflowRuns ?? []).some((run) => DEPLOY_WORKFLOW.test(run.name))).toBe(false);
      expect(PAAS_FILES.filter((path) => spec.files?.[path] !== undefined)).toEqual([]);
    }
  });

  it('release-driven: a release every 7–21 days, deployed by a workflow run on each release', () => {
    for (const spec of specsOf('release-driven', VARIANTS)) {
      const published = (spec.releases ?? [])
        .filter((r) => !r.prerelease)
        .map((r) => time(r.createdAt))
        .sort((a, b) => b - a);
      expect(published.length).toBeGreaterThanOrEqual(5);
      expect((NOW.getTime() - (published[0] ?? 0)) / DAY).toBeLessThanOrEqual(21);
      for (const [i, at] of published.slice(1).entries()) {
        expect(((published[i] ?? 0) - at) / DAY).toBeLessThanOrEqual(22);
      }
      expect((spec.tags ?? []).length).toBe(published.length);
      expect((spec.workflowRuns ?? []).filter((run) => run.event === 'release')).toHaveLength(
        published.length,
      );
    }
  });

  it('archived: the archived flag, and nothing new for six months or more', () => {
    for (const spec of specsOf('archived', VARIANTS)) {
      expect(spec.archived).toBe(true);
      expect(Math.min(...everyDate(spec).map(ageDays))).toBeGreaterThanOrEqual(179);
    }
  });

  it('issues-disabled: issues off, none listed, no issue template', () => {
    for (const spec of specsOf('issues-disabled', VARIANTS)) {
      expect(spec.issuesEnabled).toBe(false);
      expect(spec.issues).toEqual([]);
      expect(Object.keys(spec.files ?? {}).filter((p) => p.startsWith('.github/ISSUE_TEMPLATE/'))).toEqual(
        [],
      );
    }
  });

  it('huge-issue-count: 1,500 feedback issues, all opened within the window', () => {
    for (const spec of specsOf('huge-issue-count', 2)) {
      const issues = feedbackIssues(spec);
      expect(issues).toHaveLength(1500);
      expect(Math.max(...issues.map((issue) => ageDays(issue.createdAt)))).toBeLessThan(89);
    }
  });
});

describe('generateOrganisation: each profile gives its judgement when scanned', () => {
  /** Variants of each profile scanned through the real core (the huge one once: 1,500 issues). */
  const scanned = (profile: SampleProfile) => specsOf(profile, profile === 'huge-issue-count' ? 1 : 3, 42);

  it('healthy → grade A or B', async () => {
    for (const spec of scanned('healthy')) {
      const report = await scan(spec);
      expect(['A', 'B'], `${spec.name}: ${report.grade} ${report.score}`).toContain(report.grade);
    }
  });

  it('no-documents → indicators and roadmap fail; vision only has the README lead line', async () => {
    for (const spec of scanned('no-documents')) {
      const report = await scan(spec);
      for (const id of ['indicators', 'roadmap']) {
        expect(signal(report, id)).toMatchObject({ status: 'fail', metrics: { documents: 0 } });
      }
      // The README's one-line description is read as a (medium-confidence) vision lead: never a pass.
      const vision = signal(report, 'vision');
      expect(['warn', 'fail']).toContain(vision.status);
      expect(vision.evidence.map((evidence) => evidence.ref)).toEqual(['README.md']);
    }
  });

  it('stale-roadmap → roadmap warn or fail, stale, the last change given as the reason', async () => {
    for (const spec of scanned('stale-roadmap')) {
      const roadmap = signal(await scan(spec), 'roadmap');
      expect(['warn', 'fail']).toContain(roadmap.status);
      expect(roadmap.metrics).toMatchObject({ stale: true });
      expect(roadmap.metrics.ageDays).toBeGreaterThan(90);
      expect(roadmap.measured).toMatch(/plus de 90 jours avant l’analyse/);
    }
  });

  it('vision-in-readme → the vision is found in a README section', async () => {
    for (const spec of scanned('vision-in-readme')) {
      const vision = signal(await scan(spec), 'vision');
      expect(vision.status).toBe('pass');
      expect(vision.evidence[0]).toMatchObject({
        kind: 'section',
        ref: expect.stringMatching(/^README\.md#/),
      });
      // The README's lead line follows the section, as a lower-confidence candidate.
      expect(vision.evidence.every((evidence) => evidence.ref.startsWith('README.md'))).toBe(true);
    }
  });

  it('slow-feedback → feedback handling warn or fail, with answers past the target', async () => {
    for (const spec of scanned('slow-feedback')) {
      const feedback = signal(await scan(spec), 'feedback-handling');
      expect(['warn', 'fail']).toContain(feedback.status);
      expect(feedback.metrics.answered).toBeGreaterThan(0);
      expect(feedback.metrics.p90Hours).toBeGreaterThan(TARGET_HOURS);
      expect(feedback.metrics.shareWithinTarget).toBeLessThan(0.8);
    }
  });

  it('unanswered-feedback → the unanswered open issues are counted (bots do not answer)', async () => {
    for (const spec of scanned('unanswered-feedback')) {
      const issues = feedbackIssues(spec);
      const feedback = signal(await scan(spec), 'feedback-handling');
      expect(feedback.status).toBe('fail');
      expect(feedback.metrics).toMatchObject({
        issues: issues.length,
        answered: issues.filter((issue) => firstAnswer(issue)).length,
        unansweredOpen: issues.filter((issue) => !issue.closedAt && !firstAnswer(issue)).length,
      });
      expect(feedback.metrics.overdueOpen).toBeGreaterThan(0);
    }
  });

  it('deploys-with-deployments → deployment frequency from GitHub deployments', async () => {
    for (const spec of scanned('deploys-with-deployments')) {
      const report = await scan(spec);
      const since = time(report.window.since);
      const expected = (spec.deployments ?? []).filter(
        (d) => PRODUCTION.test(d.environment) && d.state === 'success' && time(d.createdAt) >= since,
      ).length;
      expect(signal(report, 'deployment-frequency')).toMatchObject({
        source: 'deployments',
        metrics: { count: expected },
      });
    }
  });

  it('deploys-with-workflow → deployment frequency from deploy workflow runs', async () => {
    for (const spec of scanned('deploys-with-workflow')) {
      expect(signal(await scan(spec), 'deployment-frequency').source).toBe('workflow-runs');
    }
  });

  it('deploys-with-paas → deployment frequency from pushes to the default branch', async () => {
    for (const spec of scanned('deploys-with-paas')) {
      expect(signal(await scan(spec), 'deployment-frequency').source).toBe('paas-pushes');
    }
  });

  // Unknown, not fail: none of the three sources shows a trace, which is an absence of evidence
  // (the team may deploy from a platform the repository does not show), so the product says it
  // could not tell, and the signal is left out of the averages instead of counting as zero.
  it('no-deployments → deployment frequency unknown, each source looked at named', async () => {
    for (const spec of scanned('no-deployments')) {
      const frequency = signal(await scan(spec), 'deployment-frequency');
      expect(frequency).toMatchObject({ status: 'unknown', score: null, source: null });
      expect(frequency.metrics.skipped).toEqual([
        'deployments: no deployment to a production environment',
        'workflowRuns: no deploy workflow run on the default branch',
        'files: no production branch or tags (workflow trigger, docs, PaaS descriptor)',
      ]);
    }
  });

  it('release-driven → release cadence passes, from releases', async () => {
    for (const spec of scanned('release-driven')) {
      const report = await scan(spec);
      expect(signal(report, 'release-cadence')).toMatchObject({ status: 'pass', source: 'releases' });
      expect(signal(report, 'deployment-frequency').source).toBe('workflow-runs');
    }
  });

  it('archived → every signal not applicable, no grade', async () => {
    for (const spec of scanned('archived')) {
      const report = await scan(spec);
      expect(report.signals.map((s) => s.status)).toEqual(report.signals.map(() => 'not-applicable'));
      expect(report.grade).toBeNull();
    }
  });

  it('issues-disabled → feedback handling unknown: disabled', async () => {
    for (const spec of scanned('issues-disabled')) {
      const feedback = signal(await scan(spec), 'feedback-handling');
      expect(feedback).toMatchObject({ status: 'unknown', metrics: { unavailable: 'disabled' } });
    }
  });

  it('huge-issue-count → feedback handling counts all 1,500 issues', async () => {
    for (const spec of scanned('huge-issue-count')) {
      const issues = feedbackIssues(spec);
      const feedback = signal(await scan(spec), 'feedback-handling');
      expect(feedback.metrics).toMatchObject({
        issues: 1500,
        answered: issues.filter((issue) => firstAnswer(issue)).length,
        unansweredOpen: issues.filter((issue) => !issue.closedAt && !firstAnswer(issue)).length,
      });
    }
  });
});
