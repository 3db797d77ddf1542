import { describe, expect, it } from 'vitest';
import { unavailable } from '../../src/model/part.js';
import { indicatorsSignal } from '../../src/signals/indicators/signal.js';
import { INDICATORS_FR } from '../helpers/document-texts.js';
import {
  buildConfig,
  buildSnapshot,
  evaluateOnFiles,
  fileText,
  repoFiles,
  signalContext,
} from '../helpers/snapshot-builder.js';

const FULL = INDICATORS_FR;

const RECENT = '2026-05-01T00:00:00Z';
const evaluate = (files: Parameters<typeof evaluateOnFiles>[1], config = buildConfig()) =>
  evaluateOnFiles(indicatorsSignal, files, config);

describe('indicatorsSignal', () => {
  it('is defined on the impact pillar with the guide’s words', () => {
    expect(indicatorsSignal.id).toBe('indicators');
    expect(indicatorsSignal.pillar).toBe('impact');
    expect(indicatorsSignal.why.fr).toContain('On ne peut améliorer que ce que l’on mesure');
    expect(indicatorsSignal.defaults.maxAgeDays).toBe(180);
  });

  it('passes with a recent INDICATEURS.md naming kinds, objectives and targets', () => {
    const result = evaluate({ 'INDICATEURS.md': fileText(FULL, RECENT) });
    expect(result.status).toBe('pass');
    expect(result.score).toBe(100);
    expect(result.metrics).toMatchObject({
      kindsFound: ['success', 'impact', 'direction'],
      objectives: true,
      measurableTargets: 2,
      objectivesAndIndicatorsDistinct: true,
      ageDays: 45,
      stale: false,
    });
    expect(result.advice).toBeNull();
  });

  it('passes on an English KPI.md', () => {
    const text =
      '# KPIs\nGoal: make filing easier.\n- NPS above 40\n- Processing time from 12 days to 3 days';
    const result = evaluate({ 'KPI.md': fileText(text, RECENT) });
    expect(result.status).toBe('pass');
    expect(result.metrics.kindsMissing).toEqual(['direction']);
    expect(result.advice?.en).toContain('direction');
  });

  it('warns on a README "## Impact" section without figures or objectives', () => {
    const result = evaluate({
      'README.md': fileText('# P\n## Impact\nNous suivons la satisfaction et les délais.', RECENT),
    });
    expect(result.status).toBe('warn');
    expect(result.metrics.measurableTargets).toBe(0);
    expect(result.evidence).toEqual([{ kind: 'section', ref: 'README.md#Impact' }]);
    expect(result.advice?.fr).toContain('augmentation de 20 % de la satisfaction utilisateur');
    expect(result.advice?.fr).toContain('Nommez les objectifs');
  });

  it('fails on an empty placeholder section', () => {
    const result = evaluate({ 'README.md': '# P\n## Indicateurs\nÀ venir.' });
    expect(result.status).toBe('fail');
  });

  it('warns, not verified, when a thin section links to a stats page', () => {
    const readme =
      '# P\n## Statistiques\nVoir [la page stats](https://monservice.beta.gouv.fr/stats).\n![badge](https://img.example/x.svg)';
    const result = evaluate({ 'README.md': readme });
    expect(result.status).toBe('warn');
    expect(result.score).toBe(50);
    expect(result.metrics.linkedUrls).toEqual(['https://monservice.beta.gouv.fr/stats']);
    expect(result.measured.fr).toContain('https://monservice.beta.gouv.fr/stats (non vérifié)');
    expect(result.evidence).toContainEqual({
      kind: 'url',
      ref: 'https://monservice.beta.gouv.fr/stats',
      label: 'la page stats',
    });
  });

  it('fails without a document, pointing at documents.indicators', () => {
    const result = evaluate({ 'README.md': '# P' });
    expect(result.status).toBe('fail');
    expect(result.advice?.fr).toContain('documents.indicators');
  });

  it('is at most warn when the indicators are stale', () => {
    const result = evaluate({ 'STATS.md': fileText(FULL, '2025-11-01T00:00:00Z') });
    expect(result.status).toBe('warn');
    expect(result.score).toBe(80);
    expect(result.metrics).toMatchObject({ ageDays: 226, stale: true });
    expect(result.advice?.fr).toContain('plus de 180 jours sans modification');
    // No relative duration in the text: it would change the product-health issue every day.
    expect(`${result.measured.fr} ${result.advice?.fr}`).not.toMatch(/il y a|226/);
    expect(result.measured.fr).toContain('2025-11-01');
  });

  it('does not penalise an unknown date, and says so', () => {
    const result = evaluate({ 'STATS.md': FULL });
    expect(result.status).toBe('pass');
    expect(result.metrics.ageDays).toBeNull();
    expect(result.measured.fr).toContain('fraîcheur non évaluée');
  });

  it('passes capped at 75 with a declared stats page', () => {
    const config = buildConfig({
      documents: { vision: [], indicators: ['https://stats.example.org'], roadmap: [], exclude: [] },
    });
    const result = evaluate({}, config);
    expect(result.status).toBe('pass');
    expect(result.score).toBe(75);
    expect(result.measured.fr).toContain('déclaré, non vérifié');
  });

  it('is unknown when the files cannot be listed and nothing is declared', () => {
    const snapshot = buildSnapshot({ files: unavailable('api-fault', 'tree') });
    expect(indicatorsSignal.evaluate(signalContext(indicatorsSignal, snapshot)).status).toBe('unknown');
  });

  it('is unknown when a declared file could not be read', () => {
    const config = buildConfig({
      documents: { vision: [], indicators: ['STATS.md'], roadmap: [], exclude: [] },
    });
    const snapshot = buildSnapshot({
      ...repoFiles({ 'README.md': '# P' }),
      contents: { 'STATS.md': unavailable('no-permission', 'contents: read') },
    });
    const result = indicatorsSignal.evaluate(signalContext(indicatorsSignal, snapshot, config));
    expect(result.status).toBe('unknown');
    expect(result.metrics.unavailable).toBe('no-permission');
  });
});

/** Our own fixtures, modelled on where teams keep their indicators. */
describe('indicatorsSignal: where teams keep their indicators', () => {
  it('warns on a stats page linked from CONTRIBUTING (linked, not verified), never "write" advice', () => {
    const result = evaluate({
      'README.md': '# P',
      'CONTRIBUTING.md':
        'Les notes des pages sont sur notre [page statistique dédiée](https://p.example.fr/stats).',
    });
    expect(result.status).toBe('warn');
    expect(result.metrics).toMatchObject({ linkedPages: 1, verified: false });
    expect(result.measured.en).toContain(
      'https://p.example.fr/stats « page statistique dédiée » (linked from CONTRIBUTING.md)',
    );
    expect(result.advice?.fr).toContain('objectifs');
    expect(result.advice?.fr).not.toContain('un fichier `INDICATEURS.md`');
  });

  it('is at most warn on a monorepo package document, however complete', () => {
    const result = evaluate({ 'README.md': '# P', 'packages/p-stats/README.md': FULL });
    expect(result.status).toBe('warn');
    expect(result.measured.fr).toContain('packages/p-stats/README.md (document d’un paquet du monorepo)');
  });

  it('passes on a static-site page titled "Indicateurs"', () => {
    const result = evaluate({ '_pages/stats.md': `---\ntitle: Indicateurs\n---\n${FULL}` });
    expect(result.status).toBe('pass');
  });
});

describe('indicatorsSignal: a section that only links a live stats page', () => {
  it('is linked, not verified, never stale by the age of the text that links it', () => {
    const readme = fileText(
      '# P\n\n## Statistiques\n\n- [Statistiques du service](https://p.example.fr/stats)',
      '2024-01-10T00:00:00Z',
    );
    const result = evaluate({ 'README.md': readme });
    expect(result.status).toBe('warn');
    expect(result.measured.fr).toContain('https://p.example.fr/stats (non vérifié)');
    expect(result.measured.fr).not.toContain('plus de 180 jours');
    expect(result.advice?.fr).not.toContain('Mettez à jour les valeurs mesurées');
    expect(result.advice?.fr).toContain('Vos indicateurs sont sur');
  });
});
