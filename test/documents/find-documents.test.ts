import { describe, expect, it } from 'vitest';
import type { DocumentKind } from '../../src/config/config.js';
import { DEFAULT_CONFIG } from '../../src/config/default-config.js';
import { documentEvidence } from '../../src/documents/document-signal.js';
import { findDocuments, headingMatchesKind, searchDocuments } from '../../src/documents/find-documents.js';
import { unavailable } from '../../src/model/part.js';
import { buildConfig, buildSnapshot, fileText, repoFiles } from '../helpers/snapshot-builder.js';

const refs = (files: Record<string, string>, kind: DocumentKind, config = DEFAULT_CONFIG): string[] =>
  findDocuments(buildSnapshot(repoFiles(files)), kind, config).map((doc) => documentEvidence(doc).ref);

describe('findDocuments: dedicated files', () => {
  it.each([
    ['VISION.md', 'vision'],
    ['vision.md', 'vision'],
    ['North_Star.md', 'vision'],
    ['ROADMAP.md', 'roadmap'],
    ['feuille-de-route.md', 'roadmap'],
    ['FEUILLE-DE-ROUTE.md', 'roadmap'],
    ['INDICATEURS.md', 'indicators'],
    ['kpi.md', 'indicators'],
    ['STATS.md', 'indicators'],
    ['docs/produit/vision.md', 'vision'],
    ['doc/north_star.md', 'vision'],
    ['docs/roadmap/2026.md', 'roadmap'],
    ['gitbook/indicateurs.md', 'indicators'],
  ] as const)('finds %s as a %s document', (path, kind) => {
    expect(refs({ [path]: 'texte', 'README.md': '# Produit' }, kind)).toEqual([path]);
  });

  it('keeps the document whole, with its date', () => {
    const snapshot = buildSnapshot(
      repoFiles({ 'ROADMAP.md': fileText('# Roadmap\nT3 2026', '2026-05-01T00:00:00Z') }),
    );
    expect(findDocuments(snapshot, 'roadmap', DEFAULT_CONFIG)).toEqual([
      {
        kind: 'roadmap',
        location: 'file',
        source: 'repository',
        confidence: 'high',
        reason: { fr: 'fichier nommé d’après le document', en: 'file named after the document' },
        path: 'ROADMAP.md',
        heading: null,
        url: null,
        text: '# Roadmap\nT3 2026',
        lastChangedAt: '2026-05-01T00:00:00Z',
        declared: false,
      },
    ]);
  });

  it('ignores files named after another kind and files outside doc folders', () => {
    expect(refs({ 'ROADMAP.md': 'x', 'src/vision.md': 'x', 'supervision.md': 'x' }, 'vision')).toEqual([]);
  });
});

describe('findDocuments: sections', () => {
  it.each([
    ['## Vision', 'vision'],
    ['## Notre vision', 'vision'],
    ['## 🎯 Our vision', 'vision'],
    ['## Vision produit', 'vision'],
    ['## Raison d’être', 'vision'],
    ['## Mission', 'vision'],
    ['## North Star', 'vision'],
    ['## Feuille de route', 'roadmap'],
    ['## Roadmap', 'roadmap'],
    ['## Road map', 'roadmap'],
    ['## Prochaines étapes', 'roadmap'],
    ['## Next steps', 'roadmap'],
    ['## 3. Plan', 'roadmap'],
    ['## Indicateurs', 'indicators'],
    ['## Indicateurs d’impact', 'indicators'],
    ['## Impact', 'indicators'],
    ['## KPIs', 'indicators'],
    ['## Statistiques', 'indicators'],
    ['## Stats', 'indicators'],
    ['## Metrics', 'indicators'],
    ['## Mesure de l’impact', 'indicators'],
    ['## Objectifs et indicateurs', 'indicators'],
  ] as const)('finds a README section "%s" for %s', (heading, kind) => {
    const readme = `# Mon produit\n\nIntro.\n\n${heading}\n\nContenu.\n\n## Installation\n\nnpm i`;
    const docs = findDocuments(buildSnapshot(repoFiles({ 'README.md': readme })), kind, DEFAULT_CONFIG);
    // For vision, the README's lead ("Intro.") follows, at a lower confidence.
    expect(docs.filter((doc) => doc.confidence === 'high')).toHaveLength(1);
    expect(docs[0]?.location).toBe('section');
    expect(docs[0]?.path).toBe('README.md');
    expect(docs[0]?.heading).toBe(heading.replace(/^## /, ''));
    expect(docs[0]?.text).toBe(`${heading}\n\nContenu.`);
  });

  it('does not take unrelated headings', () => {
    for (const heading of ['Installation', 'Supervision', 'Plan du site', 'Contribuer', 'Licence']) {
      for (const kind of ['vision', 'indicators', 'roadmap'] as const) {
        expect(headingMatchesKind(heading, kind), `${heading} / ${kind}`).toBe(false);
      }
    }
  });

  it('reads the sections of a FICHEPRODUIT.md', () => {
    const fiche = '# Fiche produit\n## Vision\nV\n## Indicateurs\nI\n## Feuille de route\nR';
    const files = { 'FICHEPRODUIT.md': fiche, 'README.md': '# P' };
    expect(refs(files, 'vision')).toEqual(['FICHEPRODUIT.md#Vision']);
    expect(refs(files, 'indicators')).toEqual(['FICHEPRODUIT.md#Indicateurs']);
    expect(refs(files, 'roadmap')).toEqual(['FICHEPRODUIT.md#Feuille de route']);
  });

  it('includes sub-sections and keeps only the outermost match', () => {
    const readme = '# P\n## Roadmap\n### Prochaines étapes\n- a\n### Plus tard\n- b\n## Licence\nMIT';
    const docs = findDocuments(buildSnapshot(repoFiles({ 'README.md': readme })), 'roadmap', DEFAULT_CONFIG);
    expect(docs.map((d) => d.heading)).toEqual(['Roadmap']);
    expect(docs[0]?.text).toContain('### Plus tard\n- b');
    expect(docs[0]?.text).not.toContain('MIT');
  });

  it('ignores headings inside code fences', () => {
    const readme = '# P\n```markdown\n## Vision\nexemple\n```\n## Usage';
    expect(refs({ 'README.md': readme }, 'vision')).toEqual([]);
  });

  it('does not take the README title for a section', () => {
    expect(refs({ 'README.md': '# Vision Agents\n\n## Install' }, 'vision')).toEqual([]);
  });
});

describe('findDocuments: declared documents and order', () => {
  it('replaces detection with what is declared for that kind, never adding to it', () => {
    const config = buildConfig({
      documents: {
        vision: [],
        indicators: [],
        roadmap: ['notes/plan-2026.md', 'https://pad.example.org/roadmap'],
        exclude: [],
      },
    });
    const files = {
      'README.md': '# P\n## Roadmap\nx',
      'ROADMAP.md': 'r',
      'docs/roadmap/2026.md': 'd',
      'notes/plan-2026.md': 'n',
    };
    expect(refs(files, 'roadmap', config)).toEqual(['notes/plan-2026.md', 'https://pad.example.org/roadmap']);
    const docs = findDocuments(buildSnapshot(repoFiles(files)), 'roadmap', config);
    expect(docs[0]).toMatchObject({ declared: true, confidence: 'declared', source: 'config' });
    expect(docs[1]).toMatchObject({ location: 'declared-url', text: '', path: null, declared: true });
    expect(docs.map(documentEvidence)[1]).toEqual({
      kind: 'url',
      ref: 'https://pad.example.org/roadmap',
      declared: true,
    });
    // Other kinds are still detected.
    expect(refs({ ...files, 'VISION.md': 'v' }, 'vision', config)).toEqual(['VISION.md']);
  });

  it('puts files before sections when nothing is declared', () => {
    const files = {
      'README.md': '# P\n## Roadmap\nx',
      'ROADMAP.md': 'r',
      'docs/roadmap/2026.md': 'd',
    };
    expect(refs(files, 'roadmap')).toEqual(['ROADMAP.md', 'docs/roadmap/2026.md', 'README.md#Roadmap']);
  });

  it('reads a declared section anchor', () => {
    const config = buildConfig({
      documents: {
        vision: [],
        indicators: ['docs/produit.md#indicateurs-dimpact'],
        roadmap: [],
        exclude: [],
      },
    });
    const files = { 'docs/produit.md': '# Produit\n## Indicateurs d’impact\n- taux\n## Autre\nx' };
    const docs = findDocuments(buildSnapshot(repoFiles(files)), 'indicators', config);
    expect(docs.map((d) => [d.location, d.heading, d.declared])).toEqual([
      ['section', 'Indicateurs d’impact', true],
    ]);
  });

  it('reports declared paths missing from the repository', () => {
    const config = buildConfig({
      documents: { vision: ['VISION.md', 'docs/absent.md'], indicators: [], roadmap: [], exclude: [] },
    });
    const search = searchDocuments(buildSnapshot(repoFiles({ 'VISION.md': 'v' })), 'vision', config);
    expect(search.documents.map((d) => d.path)).toEqual(['VISION.md']);
    expect(search.missingDeclared).toEqual(['docs/absent.md']);
  });

  it('reports declared paths that could not be read, with why', () => {
    const config = buildConfig({
      documents: { vision: ['VISION.md'], indicators: [], roadmap: [], exclude: [] },
    });
    const snapshot = buildSnapshot({
      ...repoFiles({}),
      contents: { 'VISION.md': unavailable('no-permission', 'contents: read') },
    });
    const search = searchDocuments(snapshot, 'vision', config);
    expect(search.unreadableDeclared.map((u) => [u.entry, u.part.reason])).toEqual([
      ['VISION.md', 'no-permission'],
    ]);
    expect(search.missingDeclared).toEqual([]);
  });

  it('falls back on the contents read when the file list is unavailable', () => {
    const snapshot = buildSnapshot({
      files: unavailable('api-fault', 'tree'),
      contents: repoFiles({ 'README.md': '# P\n## Vision\nv' }).contents,
    });
    expect(findDocuments(snapshot, 'vision', DEFAULT_CONFIG).map((d) => d.heading)).toEqual(['Vision']);
  });

  it('is deterministic whatever the order of the file list', () => {
    const files = {
      'docs/vision.md': 'a',
      'VISION.md': 'b',
      'doc/vision.md': 'c',
      'README.md': '## Vision\nd',
    };
    const reversed = Object.fromEntries(Object.entries(files).reverse());
    expect(refs(files, 'vision')).toEqual([
      'VISION.md',
      'doc/vision.md',
      'docs/vision.md',
      'README.md#Vision',
    ]);
    expect(refs(reversed, 'vision')).toEqual(refs(files, 'vision'));
  });
});
