import { describe, expect, it } from 'vitest';
import { analyzeIndicators } from '../../src/documents/indicator-analysis.js';
import { INDICATORS_FR } from '../helpers/document-texts.js';

describe('analyzeIndicators', () => {
  it('finds the three kinds, objectives and measurable targets in French', () => {
    const analysis = analyzeIndicators(INDICATORS_FR);
    expect(analysis.kinds).toEqual(['success', 'impact', 'direction']);
    expect(analysis.objectives).toBe(true);
    expect(analysis.targetCount).toBe(2);
    expect(analysis.targets[0]).toContain('35 %');
    expect(analysis.distinct).toBe(true);
  });

  it('reads English indicators', () => {
    const text =
      '## Metrics\n- Goal: make filing easier\n- NPS above 40\n- Processing time from 12 days to 3 days\n- Guard-rail: error rate';
    const analysis = analyzeIndicators(text);
    expect(analysis.kinds).toEqual(['success', 'impact', 'direction']);
    expect(analysis.objectives).toBe(true);
    expect(analysis.targetCount).toBe(2);
  });

  it('sees no target in a list of names, nor in dates and versions', () => {
    const analysis = analyzeIndicators(
      '## KPI\n- Audience\n- Satisfaction\nMis à jour le 2026-03-01, version 1.2.3',
    );
    expect(analysis.kinds).toEqual(['success']);
    expect(analysis.targetCount).toBe(0);
    expect(analysis.objectives).toBe(false);
    expect(analysis.distinct).toBe(false);
  });

  it.each([
    ['Constitution d’un dossier en moins de 10 minutes', true],
    ['Doubler le nombre de visites', true],
    ['x 2 sur les inscriptions', true],
    ['1 200 utilisateurs actifs par mois', true],
    ['Target: 80', true],
    ['Satisfaction ≥ 4', true],
    ['Suivre la satisfaction', false],
  ])('"%s" is measurable: %s', (line, measurable) => {
    expect(analyzeIndicators(`- ${line}`).targetCount > 0).toBe(measurable);
  });
});

describe('analyzeIndicators on hostile lines', () => {
  it('still reads targets with bounded figures, and reads a 256 KiB line of figures in one pass', () => {
    expect(analyzeIndicators('- 1 000 000 utilisateurs\n- de 10 à 20 jours\n- 12,5 %').targetCount).toBe(3);
    const started = performance.now();
    for (const unit of ['2026 ', '1. ', '1 ', 'de 1 ', '1']) {
      analyzeIndicators(unit.repeat(Math.ceil((256 * 1024) / unit.length)));
    }
    // The old patterns rescanned the line from every figure: about a minute for these lines.
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
