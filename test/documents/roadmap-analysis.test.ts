import { describe, expect, it } from 'vitest';
import { analyzeRoadmap } from '../../src/documents/roadmap-analysis.js';
import { ROADMAP_FR } from '../helpers/document-texts.js';

const NOW = new Date('2026-06-15T12:00:00Z');

describe('analyzeRoadmap: components', () => {
  it('finds the four components of the guide in French', () => {
    const analysis = analyzeRoadmap(ROADMAP_FR, NOW);
    expect(analysis.components).toEqual(['objectives', 'initiatives', 'dependencies', 'calendar']);
    expect(analysis.missing).toEqual([]);
    expect(analysis.evidence.calendar).toBe('Juillet 2026 : pilote');
  });

  it('finds them in English', () => {
    const text =
      '## Roadmap\nGoals: onboard 5 cities.\nKey features: export.\nRisks: hosting contract.\nQ3 2026: beta.';
    expect(analyzeRoadmap(text, NOW).components).toEqual([
      'objectives',
      'initiatives',
      'dependencies',
      'calendar',
    ]);
  });

  it('counts listed items as initiatives and reports what is missing', () => {
    const analysis = analyzeRoadmap('## Roadmap\n- Export CSV\n- Recherche', NOW);
    expect(analysis.components).toEqual(['initiatives']);
    expect(analysis.missing).toEqual(['objectives', 'dependencies', 'calendar']);
    expect(analysis.horizonMonths).toBeNull();
  });
});

describe('analyzeRoadmap: horizon', () => {
  it.each([
    ['T3 2026 : bêta', 3.5],
    ['Q4 2026', 6.5],
    ['S1 2027', 12.5],
    ['mars 2027', 9.5],
    ['September 2026', 3.5],
    ['2026-12', 6.5],
    ['livraison le 15/08/2026', 2],
    ['Dans les 3 prochains mois', 3],
    ['next 6 months', 6],
    ['Nous avons prévu une feuille de route sur les 2 prochaines années', 24],
    ['En 2028 : généralisation', 18.5],
  ])('"%s" reaches about %d months ahead', (text, months) => {
    const horizon = analyzeRoadmap(text, NOW).horizonMonths;
    expect(horizon).not.toBeNull();
    expect(Math.abs((horizon ?? 0) - months)).toBeLessThanOrEqual(0.6);
  });

  it('takes the furthest future point and ignores past dates', () => {
    const text =
      '- Janvier 2026 : lancement (fait)\n- T3 2026 : pilote\n- T1 2027 : ouverture\n- 2024-05 : POC';
    const analysis = analyzeRoadmap(text, NOW);
    expect(analysis.horizonText).toBe('t1 2027');
    expect(analysis.horizonMonths).toBeCloseTo(9.5, 0);
  });

  it('has no horizon when only past dates are named', () => {
    expect(analyzeRoadmap('## Roadmap\n- mars 2025 : fait', NOW).horizonMonths).toBeNull();
  });

  it('ignores the current year alone and years in links', () => {
    const text = '© 2026 — voir https://example.org/roadmap-2030 et [le plan](https://x.org/2031)';
    expect(analyzeRoadmap(text, NOW).horizonMonths).toBeNull();
  });
});
