/**
 * Marked issues among many carrying the label: the product-health issue and the organisation
 * overview are found by their hidden marker whatever the number of older labelled issues, and a
 * duplicate someone already closed is left alone (never commented on, never closed again).
 */
import { Octokit } from '@octokit/rest';
import { describe, expect, it } from 'vitest';
import { GitHubClient } from '../../src/github/github-client.js';
import { HEALTH_ISSUE_MARKER } from '../../src/issue/issue-marker.js';
import { keepOverviewIssue } from '../../src/overview/keep-overview-issue.js';
import { OVERVIEW_MARKER } from '../../src/overview/overview-body.js';
import { sampleComparison } from '../helpers/comparison-fixture.js';
import { type FakeIssue, type FakeRepositorySpec, SILENT_LOG, writesOf } from '../helpers/fake-github.js';
import { FULL_NAME, GITHUB_NOW, OWNER, productGitHubSpec } from '../helpers/product-github-spec.js';
import { runCliCapture } from '../helpers/run-cli-capture.js';
import { useFakeGitHub } from '../helpers/use-fake-github.js';
import { recordFigure } from './record-figure.js';

const fakeGitHub = useFakeGitHub();
const FILE = 'test/reliability/marked-issues.test.ts';
const LABEL = 'product-health';
const CREATE = 'POST /repos/{owner}/{repo}/issues';

/** `count` issues carrying the label, without any marker, opened long before the marked one. */
function olderLabelled(count: number, state: 'open' | 'closed' = 'closed'): FakeIssue[] {
  return Array.from({ length: count }, (_, index) => ({
    title: `Ancienne discussion ${index + 1} sur la santé produit`,
    body: 'Une discussion, sans marqueur.',
    createdAt: new Date(Date.parse('2025-01-01T00:00:00Z') + index * 86_400_000).toISOString(),
    closedAt: state === 'closed' ? '2025-06-01T00:00:00Z' : null,
    labels: [LABEL],
  }));
}

async function scanWriteIssue(): Promise<void> {
  const { code, stderr } = await runCliCapture(['scan', FULL_NAME, '--write-issue', '--format', 'json'], {
    now: GITHUB_NOW,
    env: { GITHUB_TOKEN: 'ghp_markedIssuesToken' },
  });
  expect(code, stderr).toBe(0);
}

describe('the product-health issue among many labelled issues', () => {
  for (const state of ['closed', 'open'] as const) {
    it(`25 older ${state} labelled issues: the marked one is found, no new issue, no write on a rescan`, async () => {
      const spec = productGitHubSpec({ releases: 5, feedbackIssues: 5 });
      spec.issues = [
        ...(spec.issues ?? []),
        ...olderLabelled(25, state),
        {
          title: 'Santé produit',
          body: `${HEALTH_ISSUE_MARKER}\nUn ancien rapport.`,
          createdAt: '2026-02-01T00:00:00Z',
          labels: [LABEL],
        },
      ];
      const github = fakeGitHub.serve([spec]);
      const marked = () =>
        (github.repository(FULL_NAME).issues ?? []).filter((issue) =>
          issue.body?.includes(HEALTH_ISSUE_MARKER),
        );

      await scanWriteIssue();
      const afterFirst = github.requests.length;
      await scanWriteIssue();

      expect(github.requests.filter((request) => request.route === CREATE)).toHaveLength(0);
      expect(marked()).toHaveLength(1);
      const rescanWrites = writesOf(github, afterFirst).length;
      expect(rescanWrites).toBe(0);
      if (state === 'closed') {
        recordFigure({
          area: 'races',
          tried: 'rescan with 25 older issues carrying the label',
          figures: { 'older issues': 25, 'issues created': 0, 'writes on the rescan': rescanWrites },
          command: `npx vitest run ${FILE} -t "25 older closed"`,
        });
      }
    });
  }
});

describe('the organisation overview issue', () => {
  function dotGithub(issues: FakeIssue[]): FakeRepositorySpec {
    return {
      owner: OWNER,
      name: '.github',
      labels: [LABEL],
      files: { 'profile/README.md': '# Example\n' },
      commits: [{ date: '2026-01-01T00:00:00Z' }],
      issues,
    };
  }

  const overviewIssue = (createdAt: string, closedAt: string | null = null): FakeIssue => ({
    title: 'Santé produit des dépôts de example',
    body: `${OVERVIEW_MARKER}\nUn ancien tableau.`,
    createdAt,
    closedAt,
    stateReason: closedAt ? 'not_planned' : null,
    labels: [LABEL],
  });

  const refresh = () =>
    keepOverviewIssue({
      client: new GitHubClient(new Octokit({ auth: 'ghs_overviewToken', log: SILENT_LOG })),
      owner: OWNER,
      repo: '.github',
      comparison: sampleComparison(5),
      subject: OWNER,
      language: 'fr',
      label: LABEL,
      dryRun: false,
    });

  it('an already-closed duplicate is never commented on nor closed again, across refreshes', async () => {
    const github = fakeGitHub.serve([
      productGitHubSpec({ releases: 1, feedbackIssues: 0 }),
      dotGithub([
        overviewIssue('2026-01-01T00:00:00Z'),
        overviewIssue('2026-01-02T00:00:00Z', '2026-01-03T00:00:00Z'),
      ]),
    ]);
    const first = await refresh();
    const second = await refresh();
    const third = await refresh();
    expect(first.issue?.number).toBe(1);
    for (const result of [first, second, third]) expect(result.healed).toEqual([]);
    const touchingDuplicate = writesOf(github).filter((write) => /\/issues\/2(\/|$)/.test(write.path));
    expect(touchingDuplicate).toEqual([]);
    expect(third.action).toBe('unchanged');
    expect(writesOf(github)).toHaveLength(1);
  });

  it('an older closed one does not hide the open one kept', async () => {
    const github = fakeGitHub.serve([
      dotGithub([
        overviewIssue('2026-01-01T00:00:00Z', '2026-01-03T00:00:00Z'),
        overviewIssue('2026-01-02T00:00:00Z'),
      ]),
    ]);
    const first = await refresh();
    expect(first.action).toBe('updated');
    expect(first.issue?.number).toBe(2);
    expect(writesOf(github).filter((write) => /\/issues\/1(\/|$)/.test(write.path))).toEqual([]);
  });

  it('25 older labelled issues: the overview is found, not created again', async () => {
    const github = fakeGitHub.serve([
      dotGithub([...olderLabelled(25), overviewIssue('2026-01-05T00:00:00Z')]),
    ]);
    const first = await refresh();
    const second = await refresh();
    expect(first.action).toBe('updated');
    expect(first.issue?.number).toBe(26);
    expect(second.action).toBe('unchanged');
    expect(github.requests.filter((request) => request.route === CREATE)).toHaveLength(0);
  });
});
