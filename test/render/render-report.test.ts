import { beforeAll, describe, expect, it } from 'vitest';
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
      '[@\u2060someone #\u206012 &lt;b&gt;x&lt;/b&gt; --&gt; (example/product n°12)](https://redirect.github.com/example/product/issues/12)',
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
    expect(markdown).toContain('Second (example/product n°13)');
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
