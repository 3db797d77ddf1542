import { describe, expect, it } from 'vitest';
import { languageLeaks } from '../../src/catalogue/catalogue-sentences.js';
import { signalCatalogue } from '../../src/catalogue/signal-catalogue.js';
import { nextIssueState } from '../../src/issue/issue-state.js';
import { renderIssueBody } from '../../src/issue/render-issue-body.js';
import { available } from '../../src/model/part.js';
import { renderReport } from '../../src/render/render-report.js';
import { type HealthReportOptions, healthReport } from '../issue/health-report.js';

const catalogue = signalCatalogue();

describe('reports speak one language', () => {
  const cases: [string, HealthReportOptions][] = [
    ['the product fixture', {}],
    [
      'a repository with no product document',
      { snapshot: { files: available(['README.md']), contents: {} } },
    ],
    ['unanswered feedback', { unansweredFeedback: ['Le formulaire plante', 'Second retour'] }],
    ['a bad configuration', { configText: 'thresholds: [1, 2\n' }],
  ];
  it.each(cases)(
    'the French report of %s holds no English catalogue sentence and no "(s)"',
    async (_name, options) => {
      const report = await healthReport({ ...options, language: 'fr' });
      expect(report.nextSteps.length).toBeGreaterThan(0);
      for (const text of [
        renderReport(report, 'markdown'),
        renderReport(report, 'text'),
        renderIssueBody(report, nextIssueState(null, report, new Date(report.generatedAt)), {
          ticked: new Set(),
        }).body,
      ]) {
        expect(languageLeaks(text, catalogue, 'en')).toEqual([]);
      }
      const english = await healthReport({ ...options, language: 'en' });
      expect(languageLeaks(renderReport(english, 'markdown'), catalogue, 'fr')).toEqual([]);
    },
  );

  it('finds a leak when there is one', () => {
    expect(
      languageLeaks('Prochaine étape : Revisit the vision in VISION.md with the team.', catalogue, 'en'),
    ).toEqual(['Revisit the vision in']);
    expect(languageLeaks('aux 1 retour(s) ouvert(s)', catalogue, 'en')).toEqual(['r(s)', 't(s)']);
  });
});
