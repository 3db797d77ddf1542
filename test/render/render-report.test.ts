import { beforeAll, describe, expect, it } from 'vitest';
import { nextIssueState } from '../../src/issue/issue-state.js';
import { renderIssueBody } from '../../src/issue/render-issue-body.js';
import { renderReport } from '../../src/render/render-report.js';
import type { Report } from '../../src/report/report.js';
import { healthReport } from '../issue/health-report.js';

let report: Report;
beforeAll(async () => {
  report = await healthReport({ unansweredFeedback: ['@someone #12 <b>x</b> -->', 'Second'] });
});

describe('renderReport markdown', () => {
  it('links feedback issues through GitHub’s redirector, titled and escaped', () => {
    const markdown = renderReport(report, 'markdown');
    expect(markdown).toContain(
      '[@\u2060someone #\u206012 &lt;b&gt;x&lt;/b&gt; --&gt; (n°12)](https://redirect.github.com/example/product/issues/12)',
    );
    expect(markdown).not.toContain('https://github.com/example/product/issues/');
    expect(markdown).not.toMatch(/#\d|@someone|<b>/);
  });

  it('shows issues of GitHub Enterprise Server as text, without a link', () => {
    const ghes: Report = {
      ...report,
      repository: { ...report.repository, url: 'https://ghe.example.gouv.fr/example/product' },
      signals: report.signals.map((s) => ({
        ...s,
        evidence: s.evidence.map((e) =>
          e.kind === 'url'
            ? { ...e, ref: e.ref.replace('https://github.com', 'https://ghe.example.gouv.fr') }
            : e,
        ),
      })),
    };
    const markdown = renderReport(ghes, 'markdown');
    expect(markdown).toContain('Second (n°13)');
    expect(markdown).not.toContain('ghe.example.gouv.fr/example/product/issues');
    expect(markdown).toContain('](https://ghe.example.gouv.fr/example/product/blob/main/ROADMAP.md)');
  });

  it('adds a trend column and the overall trend only when the report carries trends', () => {
    expect(renderReport(report, 'markdown')).not.toContain('Évolution');
    const withTrends: Report = {
      ...report,
      trends: {
        overall: { from: 40, to: 48, change: 8, since: '2026-05-01' },
        pillars: { vision: { from: 100, to: 100, change: 0, since: '2026-05-01' } },
        history: [],
      },
    };
    const markdown = renderReport(withTrends, 'markdown');
    expect(markdown).toContain('| Pilier | Note | Évolution | Signaux |');
    expect(markdown).toContain(
      '| Une vision produit claire et partagée | A (100/100) | → 0 depuis 2026-05-01 |',
    );
    expect(markdown).toContain('| Un service piloté par l’impact | A (100/100) | — |');
    expect(markdown).toContain('· ↗ +8 depuis 2026-05-01 ·');
  });
});

/** The report in Markdown, text and the issue's body. */
function everyFormat(report: Report): string[] {
  const issue = renderIssueBody(report, nextIssueState(null, report, new Date(report.generatedAt)), {
    ticked: new Set(),
  }).body;
  return [renderReport(report, 'markdown'), renderReport(report, 'text'), issue];
}

describe('partial grades and reports without history', () => {
  it('says in every format when a grade rests on fewer known signals than apply', async () => {
    const report = await healthReport({ language: 'en' });
    const users = report.pillars.find((p) => p.id === 'users');
    const known = report.signals.filter((s) => s.pillar === 'users' && s.score !== null).length;
    const partial = { ...report, partial: true, scoredSignals: 6, applicableSignals: 9 };
    const withPillar = {
      ...partial,
      pillars: report.pillars.map((p) =>
        p.id === 'users' ? { ...p, partial: true, scoredSignals: known, applicableSignals: known + 1 } : p,
      ),
    };
    expect(users).toBeDefined();
    for (const text of everyFormat(withPillar)) {
      expect(text).toContain('partial: 6 of 9 signals known');
      expect(text).toContain(`partial: ${known} of ${known + 1} signals known`);
    }
    expect(JSON.parse(renderReport(withPillar, 'json'))).toMatchObject({ partial: true, scoredSignals: 6 });
  });

  it('gives a folder that is not a repository a message, not a grade', async () => {
    const report = await healthReport({
      language: 'fr',
      snapshot: {
        commits: { available: false, reason: 'not-a-git-repository', detail: 'x is not a git repository' },
      },
    });
    expect(report.grade).toBeNull();
    expect(report.notice).toContain('n’est pas un dépôt git');
    const text = renderReport(report, 'markdown');
    expect(text).toContain('? (pas de donnée)');
    expect(text).toContain('pas un dépôt git');
  });

  it('gives a repository without commits a message, not a grade', async () => {
    const report = await healthReport({
      language: 'en',
      snapshot: { commits: { available: false, reason: 'empty-repository', detail: 'no commit yet' } },
    });
    expect(report.grade).toBeNull();
    for (const text of everyFormat(report))
      expect(text).toContain('no commit yet: there is nothing to grade');
  });
});
