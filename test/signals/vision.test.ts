import { describe, expect, it } from 'vitest';
import { available, unavailable } from '../../src/model/part.js';
import { visionSignal } from '../../src/signals/vision/signal.js';
import {
  buildConfig,
  buildSnapshot,
  evaluateOnFiles,
  fileText,
  signalContext,
} from '../helpers/snapshot-builder.js';

const FULL_VISION = [
  '# Vision',
  '',
  'Permettre à chaque usager de déclarer un sinistre en moins de dix minutes.',
  '',
  '## Utilisateurs',
  'Les particuliers sinistrés et les agents des préfectures.',
  '## Problèmes',
  'Les démarches papier sont longues.',
  '## Solution',
  'Un formulaire guidé ; proposition de valeur : la pré-instruction automatique.',
  '## Impact attendu',
  'Diviser par deux le délai de traitement.',
].join('\n');

const evaluate = (files: Parameters<typeof evaluateOnFiles>[1], config = buildConfig()) =>
  evaluateOnFiles(visionSignal, files, config);

describe('visionSignal', () => {
  it('is defined on the vision pillar with the guide’s words', () => {
    expect(visionSignal.id).toBe('vision');
    expect(visionSignal.pillar).toBe('vision');
    expect(visionSignal.why.fr).toContain('direction claire et partagée');
    expect(visionSignal.guide.url).toContain('#vision');
    expect(visionSignal.defaults).toMatchObject({ passItems: 4, warnItems: 2 });
  });

  it('passes with a recent VISION.md covering the checklist', () => {
    const result = evaluate({ 'VISION.md': fileText(FULL_VISION, '2026-03-01T00:00:00Z') });
    expect(result.status).toBe('pass');
    expect(result.score).toBe(100);
    expect(result.metrics).toMatchObject({ itemsCovered: 5, missingItems: [], ageDays: 106, stale: false });
    expect(result.evidence).toEqual([{ kind: 'file', ref: 'VISION.md' }]);
    expect(result.measured.fr).toContain('VISION.md');
    expect(result.advice).toBeNull();
  });

  it('warns on a README section covering part of the checklist, naming what is missing', () => {
    const readme =
      '# Produit\n\n## Notre vision\n\nNotre service aide les agents à instruire les dossiers plus vite.\n\n## Installation';
    const result = evaluate({ 'README.md': readme });
    expect(result.status).toBe('warn');
    expect(result.score).toBe(40);
    expect(result.metrics.missingItems).toEqual(['problems', 'solution', 'impact']);
    expect(result.evidence).toEqual([{ kind: 'section', ref: 'README.md#Notre vision' }]);
    expect(result.advice?.fr).toContain('« Identifier les problèmes/besoins à adresser. »');
    expect(result.advice?.fr).toContain('« Décrire l’impact attendu. »');
    expect(result.measured.fr).toContain('fraîcheur non évaluée');
  });

  it('fails when the vision document covers less than warnItems', () => {
    const result = evaluate({ 'README.md': '# P\n## Vision\nÀ venir.' });
    expect(result.status).toBe('fail');
    expect(result.score).toBeLessThan(40);
  });

  it('fails without any vision document and says where to put one', () => {
    const result = evaluate({ 'README.md': '# Produit\n## Installation' });
    expect(result.status).toBe('fail');
    expect(result.score).toBe(0);
    expect(result.advice?.fr).toContain('VISION.md');
    expect(result.advice?.fr).toContain('documents.vision');
    expect(result.advice?.en).toContain('documents.vision');
  });

  it('is at most warn when the vision has not been revisited for too long', () => {
    const result = evaluate({ 'VISION.md': fileText(FULL_VISION, '2023-01-01T00:00:00Z') });
    expect(result.status).toBe('warn');
    expect(result.score).toBe(85);
    expect(result.metrics.stale).toBe(true);
    expect(result.advice?.fr).toContain('revisiter régulièrement');
  });

  it('passes, capped at 75, with only a declared URL: declared, not verified', () => {
    const config = buildConfig({
      documents: { vision: ['https://wiki.example.org/vision'], indicators: [], roadmap: [], exclude: [] },
    });
    const result = evaluate({ 'README.md': '# P' }, config);
    expect(result.status).toBe('pass');
    expect(result.score).toBe(75);
    expect(result.measured.fr).toContain('déclaré, non vérifié');
    expect(result.measured.en).toContain('declared, not verified');
    expect(result.evidence).toEqual([
      { kind: 'url', ref: 'https://wiki.example.org/vision', declared: true },
    ]);
  });

  it('analyses a declared repository path and reports a declared path that is missing', () => {
    const config = buildConfig({
      documents: {
        vision: ['notes/pourquoi.md', 'docs/absent.md'],
        indicators: [],
        roadmap: [],
        exclude: [],
      },
    });
    const result = evaluate({ 'notes/pourquoi.md': FULL_VISION }, config);
    expect(result.status).toBe('pass');
    expect(result.metrics.missingDeclared).toEqual(['docs/absent.md']);
    expect(result.measured.fr).toContain('docs/absent.md');
    expect(result.advice?.fr).toContain('Corriger `documents.vision`');
  });

  it('fails with advice to fix the config when the only declared path is missing', () => {
    const config = buildConfig({
      documents: { vision: ['docs/absent.md'], indicators: [], roadmap: [], exclude: [] },
    });
    const result = evaluate({ 'README.md': '# P' }, config);
    expect(result.status).toBe('fail');
    expect(result.advice?.fr).toContain('documents.vision');
    expect(result.evidence).toEqual([{ kind: 'config', ref: 'docs/absent.md' }]);
  });

  it('is unknown when the files cannot be listed and nothing is declared', () => {
    const snapshot = buildSnapshot({ files: unavailable('no-permission', 'contents: read') });
    const result = visionSignal.evaluate(signalContext(visionSignal, snapshot));
    expect(result.status).toBe('unknown');
    expect(result.score).toBeNull();
  });

  it('is unknown, not failed, when a candidate document could not be read (API fault)', () => {
    const snapshot = buildSnapshot({
      files: available(['README.md', 'docs/vision.md', 'src/index.js']),
      contents: {
        'README.md': unavailable('api-fault', 'repository details: HTTP 502'),
        'docs/vision.md': unavailable('api-fault', 'repository details: HTTP 502'),
      },
    });
    const result = visionSignal.evaluate(signalContext(visionSignal, snapshot));
    expect(result).toMatchObject({ status: 'unknown', score: null, metrics: { unavailable: 'api-fault' } });
  });

  it('still fails when the only unreadable files are not documents', () => {
    const snapshot = buildSnapshot({
      files: available(['README.md', 'logo.png']),
      contents: { 'README.md': available(fileText('# P')), 'logo.png': unavailable('too-large', 'binary') },
    });
    expect(visionSignal.evaluate(signalContext(visionSignal, snapshot)).status).toBe('fail');
  });

  it('reads an English README vision', () => {
    const readme = [
      '# Budget',
      '## Our vision',
      'We exist to help small towns publish their budgets.',
      'Our users are city clerks and citizens; their pain points are unreadable spreadsheets.',
      'Value proposition: one click from export to a public page.',
      'Expected outcomes: more citizens reading the budget.',
    ].join('\n');
    expect(evaluate({ 'README.md': readme }).status).toBe('pass');
  });
});

/** Our own fixtures, modelled on how teams state their purpose in the README. */
describe('visionSignal: where teams write their vision', () => {
  it('warns on a README lead that states the purpose and the users, saying where it was found', () => {
    const readme =
      '# Rendez-vous\n\nL’objectif de ce service public est d’aider les agents à réduire les rendez-vous manqués.\n\n## Installation\nmake';
    const result = evaluate({ 'README.md': readme });
    expect(result.status).toBe('warn');
    expect(result.metrics.coveredItems).toEqual(['purpose', 'users']);
    expect(result.measured.fr).toContain('README.md › introduction (texte d’introduction du README)');
    expect(result.measured.en).toContain('README.md › lead (README lead text)');
    expect(result.advice?.fr).toContain('avec les pistes du guide');
    expect(result.advice?.fr).not.toContain('Écrivez la vision du produit dans un fichier');
  });

  it('warns on a one-line purpose: the guide’s first item is a start, not nothing', () => {
    const result = evaluate({
      'README.md': '# Carbu\n\nTraçabilité des carburants, de la production à la vente.\n\n## Prérequis',
    });
    expect(result.status).toBe('warn');
    expect(result.metrics.coveredItems).toEqual(['purpose']);
  });

  it('is at most warn when the full vision is only in a medium-confidence text (a README lead)', () => {
    const lead = FULL_VISION.replace('# Vision\n\n', '# Sinistres\n\n')
      .replace(/^## /gm, '**')
      .replace(/\*\*(\w+)/g, '$1 :');
    const result = evaluate({ 'README.md': `${lead}\n\n## Installation\nnpm i` });
    expect(result.metrics.itemsCovered).toBeGreaterThanOrEqual(4);
    expect(result.status).toBe('warn');
    expect(result.measured.en).toContain('not a dedicated document');
  });

  it('warns, linked and not verified, on a link to the product’s beta.gouv.fr page only', () => {
    const readme =
      '# P\n\n## Documentation externe\n\n- Fiche du service : [beta.gouv.fr](https://beta.gouv.fr/startups/p.html)';
    const result = evaluate({ 'README.md': readme });
    expect(result.status).toBe('warn');
    expect(result.score).toBe(50);
    expect(result.measured.fr).toBe(
      'Document de vision : seulement une page liée, https://beta.gouv.fr/startups/p.html « beta.gouv.fr » (lié depuis README.md) (lié, non vérifié).',
    );
    expect(result.evidence).toEqual([
      { kind: 'url', ref: 'https://beta.gouv.fr/startups/p.html', label: 'beta.gouv.fr' },
    ]);
    expect(result.advice?.fr).not.toContain('Écrivez la vision du produit dans un fichier');
  });
});
