/**
 * Hostile issue titles, bodies, labels and logins (feedback issues and their comments), scanned and
 * rendered: the Markdown report and the product-health issue body mention nobody, reference no
 * issue, inject no HTML, cannot close the hidden state comment, stay under 60,000 characters, and
 * the JSON report validates.
 */
import { isDeepStrictEqual } from 'node:util';
import { Octokit } from '@octokit/rest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GitHubClient } from '../../src/github/github-client.js';
import { createGitHubSource } from '../../src/github/github-source.js';
import { HEALTH_ISSUE_MARKER } from '../../src/issue/issue-marker.js';
import { nextIssueState, readIssueState, stateComment } from '../../src/issue/issue-state.js';
import { MAX_BODY_CHARS, renderIssueBody } from '../../src/issue/render-issue-body.js';
import { available } from '../../src/model/part.js';
import type { AuthorAssociation, Issue } from '../../src/model/raw-snapshot.js';
import { escapeMarkdown } from '../../src/render/escape-markdown.js';
import { renderReport } from '../../src/render/render-report.js';
import type { Report } from '../../src/report/report.js';
import { scanGitHubRepository } from '../../src/scan/scan-github-repository.js';
import { scanRepository } from '../../src/scan/scan-repository.js';
import type { Source } from '../../src/sources/source.js';
import { type FakeIssue, SILENT_LOG } from '../helpers/fake-github.js';
import { FULL_NAME, GITHUB_NOW, NAME, OWNER, productGitHubSpec } from '../helpers/product-github-spec.js';
import { validateReport } from '../helpers/report-schema.js';
import { buildSnapshot, DEFAULT_NOW, repoFiles } from '../helpers/snapshot-builder.js';
import { useFakeGitHub } from '../helpers/use-fake-github.js';
import {
  auditMarkdown,
  CLEAN,
  type CrashCount,
  guarded,
  hostileLogin,
  hostileSuite,
  hostileText,
  hostileWords,
  type MarkdownAudit,
} from './hostile-arbitraries.js';

const SEED = 640_003;
const FILE = 'test/reliability/hostile-issue-content.test.ts';
const DAY = 86_400_000;

const fakeGitHub = useFakeGitHub();
const { figures, measure, command } = hostileSuite(FILE, SEED);

// ---------------------------------------------------------------------------------------------
// Arbitraries

const ASSOCIATIONS: AuthorAssociation[] = ['OWNER', 'MEMBER', 'COLLABORATOR', 'CONTRIBUTOR', 'NONE'];

/** A feedback label as a configuration may declare it (1–100 characters, not blank). */
const hostileLabel = hostileWords(4).filter((label) => label.length <= 100);

const hostileComment = fc.record({
  author: fc.option(hostileLogin, { nil: null }),
  body: hostileText({ maxParts: 10 }),
  association: fc.constantFrom(...ASSOCIATIONS),
  hoursAfter: fc.double({ min: 0.01, max: 400, noNaN: true }),
});

const hostileIssue = fc.record({
  title: hostileWords(12).map((title) => title.slice(0, 400)),
  body: hostileText({ maxParts: 20 }),
  author: fc.option(hostileLogin, { nil: null }),
  open: fc.boolean(),
  ageDays: fc.integer({ min: 1, max: 80 }),
  labelPicks: fc.array(fc.nat(), { maxLength: 3 }),
  extraLabels: fc.array(hostileLabel, { maxLength: 2 }),
  comments: fc.array(hostileComment, { maxLength: 3 }),
});
type HostileIssue = typeof hostileIssue extends fc.Arbitrary<infer T> ? T : never;

/** Feedback labels of the configuration, issues carrying some of them, and the report's language. */
const hostileCase = fc.record({
  labels: fc.array(hostileLabel, { minLength: 1, maxLength: 4 }),
  issues: fc.array(hostileIssue, { maxLength: 10 }),
  language: fc.constantFrom<'fr' | 'en'>('fr', 'en'),
});
type HostileCase = typeof hostileCase extends fc.Arbitrary<infer T> ? T : never;

function issueLabels(issue: HostileIssue, labels: string[]): string[] {
  return [
    ...new Set([
      ...issue.labelPicks.map((pick) => labels[pick % labels.length] as string),
      ...issue.extraLabels,
    ]),
  ];
}

/** The configuration declaring the hostile labels (JSON is YAML). */
function configText(labels: string[]): string {
  return JSON.stringify({ feedback: { labels } });
}

// ---------------------------------------------------------------------------------------------
// Checks

interface Tally {
  mentions: number;
  references: number;
  unescapedHtml: number;
  stateLost: number;
  maxBodyChars: number;
  titlesQuoted: number;
}

function newTally(): Tally {
  return { mentions: 0, references: 0, unescapedHtml: 0, stateLost: 0, maxBodyChars: 0, titlesQuoted: 0 };
}

function add(tally: Tally, audit: MarkdownAudit): void {
  tally.mentions += audit.mentions.length;
  tally.references += audit.references.length;
  tally.unescapedHtml += audit.html.length;
}

/** The Markdown and JSON reports and the issue body, checked; returns the body. */
function expectSafeRendering(report: Report, count: CrashCount, tally: Tally): string {
  const markdown = guarded(count, () => renderReport(report, 'markdown'));
  const json = guarded(count, () => renderReport(report, 'json'));
  guarded(count, () => renderReport(report, 'text'));
  expect(validateReport(JSON.parse(json)), JSON.stringify(validateReport.errors)).toBe(true);
  const reportAudit = auditMarkdown(markdown);
  add(tally, reportAudit);
  expect(reportAudit).toEqual(CLEAN);

  const state = nextIssueState(null, report, new Date(report.generatedAt));
  const { body } = guarded(count, () => renderIssueBody(report, state, { ticked: new Set() }));
  expectSafeBody(body, state, tally);

  countQuotedTitles(report, markdown, tally);
  return body;
}

/** Counts the hostile titles quoted (escaped) in the Markdown report: they are shown, not dropped. */
function countQuotedTitles(report: Report, markdown: string, tally: Tally): void {
  for (const signal of report.signals) {
    for (const evidence of signal.evidence) {
      if (!evidence.label) continue;
      const quoted = escapeMarkdown([...evidence.label.trim()].slice(0, 100).join('')).slice(0, 40);
      if (quoted.trim() !== '' && markdown.includes(quoted)) tally.titlesQuoted += 1;
    }
  }
}

function expectSafeBody(body: string, state: ReturnType<typeof nextIssueState>, tally: Tally): void {
  tally.maxBodyChars = Math.max(tally.maxBodyChars, body.length);
  expect(body.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
  expect(body.startsWith(`${HEALTH_ISSUE_MARKER}\n`)).toBe(true);
  expect(body.split('\n')).toContain(stateComment(state));
  const read = readIssueState(body);
  if (!isDeepStrictEqual(read, state)) tally.stateLost += 1;
  expect(read).toEqual(state);
  const audit = auditMarkdown(body, { issueBody: true });
  add(tally, audit);
  expect(audit).toEqual(CLEAN);
}

/** The case as a snapshot's feedback issues (what a source hands the signals). */
async function scanSnapshot(hostile: HostileCase, now = DEFAULT_NOW): Promise<Report> {
  const end = Date.parse(now);
  const issues: Issue[] = hostile.issues.map((issue, index) => {
    const created = end - issue.ageDays * DAY;
    const number = 100 + index;
    return {
      number,
      title: issue.title,
      url: `https://github.com/example/product/issues/${number}`,
      author: issue.author === null ? null : { login: issue.author, isBot: issue.author.endsWith('[bot]') },
      state: issue.open ? 'open' : 'closed',
      createdAt: new Date(created).toISOString(),
      closedAt: issue.open ? null : new Date(Math.min(end, created + DAY)).toISOString(),
      labels: issueLabels(issue, hostile.labels),
      comments: issue.comments.map((comment) => ({
        author:
          comment.author === null ? null : { login: comment.author, isBot: comment.author.endsWith('[bot]') },
        authorAssociation: comment.association,
        createdAt: new Date(Math.min(end, created + comment.hoursAfter * 3_600_000)).toISOString(),
      })),
      commentsComplete: true,
    };
  });
  const snapshot = buildSnapshot({
    now,
    ...repoFiles({ 'README.md': '# Produit\n' }),
    issues: available(issues),
  });
  const source: Source = {
    kind: 'github',
    readConfig: async () => ({ file: '.github/product-health.yml', text: configText(hostile.labels) }),
    collect: async () => snapshot,
  };
  return scanRepository(source, { now: new Date(now), overrides: { language: hostile.language } });
}

/** The case as the fake GitHub's issues, for a scan through the API. */
function fakeIssues(hostile: HostileCase): FakeIssue[] {
  const end = Date.parse(GITHUB_NOW);
  return hostile.issues.map((issue) => {
    const created = end - issue.ageDays * DAY;
    return {
      title: issue.title,
      body: issue.body,
      author: issue.author,
      createdAt: new Date(created).toISOString(),
      closedAt: issue.open ? null : new Date(Math.min(end, created + DAY)).toISOString(),
      labels: issueLabels(issue, hostile.labels),
      comments: issue.comments.map((comment) => ({
        author: comment.author,
        association: comment.association,
        body: comment.body,
        createdAt: new Date(Math.min(end, created + comment.hoursAfter * 3_600_000)).toISOString(),
      })),
    };
  });
}

// ---------------------------------------------------------------------------------------------

describe('the audit of rendered Markdown', () => {
  it('finds mentions, references, HTML and comment ends, and lets code spans and our own markup be', () => {
    const raw = auditMarkdown(
      'Hi @octocat, see #12 and GH-3 <img src=x> --> https://github.com/o/r/issues/5 \u202E',
    );
    expect(raw.mentions).toHaveLength(1);
    expect(raw.references).toHaveLength(3);
    expect(raw.html).toEqual(['<i', '-->']);
    expect(raw.bidi).toBe(1);
    expect(auditMarkdown('see (www.github.com/o/r/pull/7)').references).toHaveLength(1);
    expect(auditMarkdown('[x](javascript:alert(1))').unsafeLinks).toEqual(['javascript:alert(1']);
    expect(auditMarkdown('[x](https://github.com/o/r/issues/5)').unsafeLinks).toHaveLength(1);
    expect(auditMarkdown('\\`@octocat\\` `` ` `` @x')).toMatchObject({ mentions: ['@o', '@x'] });
    expect(
      auditMarkdown(escapeMarkdown('@octocat #12 <b> --> GH-3 https://github.com/o/r/issues/5')),
    ).toEqual(CLEAN);
    expect(auditMarkdown('`@octocat #12 <b> -->` and ``a ` <b>``')).toEqual(CLEAN);
    const state = '<!-- product-health:state {"version":1} -->';
    const body = `${HEALTH_ISSUE_MARKER}\n\n- [ ] **A** — b <!-- product-health:step:vision -->\n\n<sub>x</sub>\n\n${state}`;
    expect(auditMarkdown(body, { issueBody: true })).toEqual(CLEAN);
    // Our markup anywhere else is flagged.
    expect(auditMarkdown(`text ${state}`, { issueBody: true }).html).toHaveLength(2);
    expect(auditMarkdown(`x <sub>y</sub> z`).html).toHaveLength(2);
  });
});

describe('hostile issue titles, bodies, labels and logins', () => {
  it('scanned from a snapshot: clean Markdown report and issue body, valid JSON, state intact', async () => {
    const tally = newTally();
    let feedbackIssues = 0;
    const result = await measure(200, (count) =>
      fc.asyncProperty(hostileCase, async (hostile) => {
        const report = await guarded(count, () => scanSnapshot(hostile));
        const handling = report.signals.find((s) => s.id === 'feedback-handling');
        expect(handling?.status).not.toBe('unknown');
        feedbackIssues += Number(handling?.metrics.issues ?? 0);
        expectSafeRendering(report, count, tally);
      }),
    );
    expect(feedbackIssues).toBeGreaterThan(100);
    expect(tally.titlesQuoted).toBeGreaterThan(20);
    figures.push({
      area: 'hostile input',
      tried: 'issue content: hostile feedback titles, labels and logins scanned from a snapshot and rendered',
      figures: { ...result, feedbackIssues, ...tally },
      command: command('scanned from a snapshot'),
    });
  });

  it('many long hostile titles: a few quoted, every one escaped, the body bounded', async () => {
    const tally = newTally();
    const result = await measure(20, (count) =>
      fc.asyncProperty(
        fc.record({
          labels: fc.constant<string[]>(['feedback']),
          issues: fc.array(
            hostileIssue.map((issue) => ({
              ...issue,
              title: `${issue.title}${'@everyone #1 <b>'.repeat(30)}`.slice(0, 256),
              open: true,
              labelPicks: [0],
              comments: [],
            })),
            { minLength: 50, maxLength: 300 },
          ),
          language: fc.constantFrom<'fr' | 'en'>('fr', 'en'),
        }),
        async (hostile) => {
          const report = await guarded(count, () => scanSnapshot(hostile));
          expectSafeRendering(report, count, tally);
        },
      ),
    );
    figures.push({
      area: 'hostile input',
      tried: 'issue content: 50–300 open feedback issues with 256-character hostile titles',
      figures: { ...result, ...tally },
      command: command('many long hostile titles'),
    });
  });

  it('through the fake GitHub: the issue written mentions nobody, and a second run leaves it alone', async () => {
    const tally = newTally();
    let unchanged = 0;
    const result = await measure(60, (count) =>
      fc.asyncProperty(hostileCase, async (hostile) => {
        const spec = productGitHubSpec({ releases: 3, feedbackIssues: 0 });
        spec.issues = fakeIssues(hostile);
        spec.files = { ...spec.files, '.github/product-health.yml': configText(hostile.labels) };
        const github = fakeGitHub.serve([spec]);
        const scan = () => {
          const octokit = new Octokit({ auth: 'token', log: SILENT_LOG });
          const source = createGitHubSource({ client: new GitHubClient(octokit), owner: OWNER, repo: NAME });
          return guarded(count, () =>
            scanGitHubRepository(source, {
              now: new Date(GITHUB_NOW),
              writeIssue: true,
              dryRun: false,
              overrides: { language: hostile.language },
            }),
          );
        };
        const first = await scan();
        expect(first.issue?.action).toBe('created');
        const issues = github.repository(FULL_NAME).issues ?? [];
        const written = issues.find((issue) => issue.number === first.issue?.issue?.number);
        // Users' issues holding the marker are not adopted: they lack the product-health label.
        expect(issues.filter((issue) => issue.labels?.includes('product-health'))).toEqual([written]);
        const state = nextIssueState(null, first.report, new Date(GITHUB_NOW));
        expectSafeBody(written?.body ?? '', state, tally);
        const markdown = renderReport(first.report, 'markdown');
        countQuotedTitles(first.report, markdown, tally);
        const markdownAudit = auditMarkdown(markdown);
        add(tally, markdownAudit);
        expect(markdownAudit).toEqual(CLEAN);
        expect(validateReport(JSON.parse(renderReport(first.report, 'json')))).toBe(true);

        const second = await scan();
        if (second.issue?.action === 'unchanged') unchanged += 1;
        expect(second.issue?.action).toBe('unchanged');
        expect(second.issue?.writes).toEqual([]);
      }),
    );
    figures.push({
      area: 'hostile input',
      tried: 'issue content: hostile issues, comments, labels and logins through the fake GitHub, two runs',
      figures: { ...result, unchangedSecondRuns: unchanged, ...tally },
      command: command('through the fake GitHub'),
    });
  });
});
