import { describe, expect, it } from 'vitest';
import { unavailable } from '../../src/model/part.js';
import { roadmapSignal } from '../../src/signals/roadmap/signal.js';
import { ROADMAP_FR } from '../helpers/document-texts.js';
import {
  buildConfig,
  buildSnapshot,
  evaluateOnFiles,
  fileText,
  repoFiles,
  signalContext,
} from '../helpers/snapshot-builder.js';

// The snapshot's now is 2026-06-15.
const SHORT_TERM = ROADMAP_FR;

const RECENT = '2026-05-20T00:00:00Z';
const evaluate = (files: Parameters<typeof evaluateOnFiles>[1], config = buildConfig()) =>
  evaluateOnFiles(roadmapSignal, files, config);

describe('roadmapSignal', () => {
  it('is defined on the iteration pillar with the guide’s words', () => {
    expect(roadmapSignal.id).toBe('roadmap');
    expect(roadmapSignal.pillar).toBe('iteration');
    expect(roadmapSignal.why.fr).toContain('généralement de 3 à 6 mois');
    expect(roadmapSignal.defaults).toMatchObject({ maxAgeDays: 90, maxHorizonMonths: 12 });
  });

  it('passes with a fresh short-term roadmap covering the four components', () => {
    const result = evaluate({ 'feuille-de-route.md': fileText(SHORT_TERM, RECENT) });
    expect(result.status).toBe('pass');
    expect(result.score).toBe(100);
    expect(result.metrics).toMatchObject({
      componentsCovered: 4,
      horizonMonths: 6.6,
      agilefall: false,
      ageDays: 26,
      stale: false,
    });
    expect(result.advice).toBeNull();
  });

  it('passes on an English README "## Roadmap" section', () => {
    const readme =
      '# App\n## Roadmap\nGoals: onboard 5 cities.\n- Export feature\nRisks: hosting contract.\nQ3 2026: beta.\n## License';
    const result = evaluate({ 'README.md': fileText(readme, RECENT) });
    expect(result.status).toBe('pass');
    expect(result.evidence).toEqual([{ kind: 'section', ref: 'README.md#Roadmap' }]);
  });

  it('warns with the Agilefall warning when the plan stretches years ahead', () => {
    const text = `${SHORT_TERM}\n- 2027 : refonte\n- T4 2028 : généralisation nationale`;
    const result = evaluate({ 'ROADMAP.md': fileText(text, RECENT) });
    expect(result.status).toBe('warn');
    expect(result.metrics.agilefall).toBe(true);
    expect(result.metrics.horizonMonths).toBeGreaterThan(12);
    expect(result.score).toBe(75);
    expect(result.advice?.fr).toContain(
      "« Nous avons prévu une feuille de route des fonctionnalités à développer, sur les 2 prochaines années » → « Pas d'ajustement aux besoins avérés des utilisateurs »",
    );
    expect(result.advice?.fr).toContain('Agilefall');
    expect(result.measured.fr).toContain('au-delà de 12 mois');
  });

  it('takes the guide’s own Agilefall sentence for a two-year horizon', () => {
    const text =
      '## Feuille de route\nNous avons prévu une feuille de route des fonctionnalités à développer, sur les 2 prochaines années.';
    const result = evaluate({ 'README.md': fileText(text, RECENT) });
    expect(result.metrics.horizonMonths).toBe(24);
    expect(result.metrics.agilefall).toBe(true);
    expect(result.status).toBe('warn');
  });

  it('warns when the roadmap was not updated in the last quarter', () => {
    const result = evaluate({ 'ROADMAP.md': fileText(SHORT_TERM, '2026-02-01T00:00:00Z') });
    expect(result.status).toBe('warn');
    expect(result.score).toBe(80);
    expect(result.metrics).toMatchObject({ ageDays: 134, stale: true });
    expect(result.advice?.fr).toContain('Mettez à jour ROADMAP.md');
  });

  it('warns on a bare list of items, naming the missing components', () => {
    const result = evaluate({
      'README.md': fileText('# P\n## Prochaines étapes\n- Export CSV\n- Recherche', RECENT),
    });
    expect(result.status).toBe('warn');
    expect(result.metrics.missingComponents).toEqual(['objectives', 'dependencies', 'calendar']);
    expect(result.metrics.horizonMonths).toBeNull();
    expect(result.measured.fr).toContain('horizon inconnu');
    expect(result.advice?.fr).toContain('Structurer les activités et livrables par semaine ou par mois');
  });

  it('fails on an empty roadmap section and without any roadmap', () => {
    expect(evaluate({ 'README.md': '# P\n## Roadmap\nTBD' }).status).toBe('fail');
    const none = evaluate({ 'README.md': '# P\n```\n## Roadmap\n- a\n```' });
    expect(none.status).toBe('fail');
    expect(none.score).toBe(0);
    expect(none.advice?.fr).toContain('documents.roadmap');
  });

  it('reads the roadmap of a FICHEPRODUIT.md and docs/roadmap/', () => {
    const fiche = `# Fiche produit\n## Vision\nv\n${SHORT_TERM.replace('# Feuille de route', '## Feuille de route')}`;
    expect(evaluate({ 'FICHEPRODUIT.md': fileText(fiche, RECENT) }).evidence).toEqual([
      { kind: 'section', ref: 'FICHEPRODUIT.md#Feuille de route' },
    ]);
    expect(evaluate({ 'docs/roadmap/2026.md': fileText(SHORT_TERM, RECENT) }).status).toBe('pass');
  });

  it('passes capped at 75 with only a declared URL', () => {
    const config = buildConfig({
      documents: { vision: [], indicators: [], roadmap: ['https://trello.com/b/x'], exclude: [] },
    });
    const result = evaluate({ 'README.md': '# P' }, config);
    expect(result).toMatchObject({ status: 'pass', score: 75 });
    expect(result.evidence).toEqual([{ kind: 'url', ref: 'https://trello.com/b/x', declared: true }]);
  });

  it('is unknown when the files cannot be listed and nothing is declared', () => {
    const snapshot = buildSnapshot({ files: unavailable('offline', '') });
    const result = roadmapSignal.evaluate(signalContext(roadmapSignal, snapshot));
    expect(result.status).toBe('unknown');
    expect(result.score).toBeNull();
  });

  it('uses the context’s now, not the clock', () => {
    const snapshot = buildSnapshot({
      now: '2030-01-01T00:00:00Z',
      ...repoFiles({ 'ROADMAP.md': fileText(SHORT_TERM, RECENT) }),
    });
    const result = roadmapSignal.evaluate(signalContext(roadmapSignal, snapshot));
    expect(result.metrics.horizonMonths).toBeNull();
    expect(result.metrics.stale).toBe(true);
  });
});
