import { describe, expect, it } from 'vitest';
import type { DocumentKind, ProductHealthConfig } from '../../src/config/config.js';
import { DEFAULT_CONFIG } from '../../src/config/default-config.js';
import { documentCandidatePaths, isTrapPath } from '../../src/documents/document-candidates.js';
import { documentEvidence } from '../../src/documents/document-signal.js';
import { findDocuments, searchDocuments } from '../../src/documents/find-documents.js';
import { buildConfig, buildSnapshot, repoFiles } from '../helpers/snapshot-builder.js';

/** Our own fixtures, modelled on how public-sector teams lay out their repositories. */
const find = (
  files: Record<string, string>,
  kind: DocumentKind,
  config: ProductHealthConfig = DEFAULT_CONFIG,
) => findDocuments(buildSnapshot({ ...repoFiles(files) }), kind, config);

const summary = (files: Record<string, string>, kind: DocumentKind, config?: ProductHealthConfig) =>
  find(files, kind, config).map((doc) => [doc.location, documentEvidence(doc).ref, doc.confidence]);

const withDocuments = (documents: Partial<ProductHealthConfig['documents']>) =>
  buildConfig({ documents: { ...DEFAULT_CONFIG.documents, ...documents } });

describe('wider discovery: where teams keep their product documents', () => {
  it('takes the README lead paragraph as a vision candidate (medium)', () => {
    const readme =
      '# Rendez-vous\n\nCe service aide les agents à réduire les rendez-vous manqués.\n\n## Installation\nnpm i';
    const docs = find({ 'README.md': readme }, 'vision');
    expect(docs.map((doc) => [doc.location, doc.path, doc.confidence])).toEqual([
      ['lead', 'README.md', 'medium'],
    ]);
    expect(docs[0]?.text).toContain('réduire les rendez-vous manqués');
    expect(docs[0]?.text).not.toContain('npm i');
    expect(docs[0]?.reason.en).toBe('README lead text');
  });

  it('takes a README blockquote under a banner line as the lead', () => {
    const readme =
      '## Documentation technique : le produit est décrit sur le wiki.\n\n> L’interface du simulateur qui aide les étudiants à trouver leurs aides.\n\n# Installation\n\nnpm ci';
    const docs = find({ 'README.md': readme }, 'vision');
    expect(docs[0]?.location).toBe('lead');
    expect(docs[0]?.text).toContain('> L’interface du simulateur');
    expect(docs[0]?.text).not.toContain('npm ci');
  });

  it('takes a README section named after the product, or presenting it, as vision (medium)', () => {
    const readme =
      'Ce dépôt contient le site et ses règles de calcul.\n\n## [Mon Simulateur](https://simulateur.example.fr)\n\nLe site accompagne les créateurs d’entreprise.\n\n## À propos\n\nUn service public.\n\n## Tests\n\nnpm test';
    const snapshot = buildSnapshot({
      ...repoFiles({ 'README.md': readme }),
      repository: { name: 'example/mon-simulateur', defaultBranch: 'main', url: null, archived: false },
    });
    const docs = findDocuments(snapshot, 'vision', DEFAULT_CONFIG);
    expect(docs.map((doc) => [doc.location, doc.heading, doc.confidence])).toEqual([
      ['lead', null, 'medium'],
      ['section', '[Mon Simulateur](https://simulateur.example.fr)', 'medium'],
      ['section', 'À propos', 'medium'],
    ]);
  });

  it('reads CONTRIBUTING.md sections (high)', () => {
    const contributing = '# Contribuer\n\n## Indicateurs d’impact\n\nTaux de recours : objectif 40 %.\n';
    expect(summary({ 'CONTRIBUTING.md': contributing, 'README.md': '# P' }, 'indicators')).toEqual([
      ['section', 'CONTRIBUTING.md#Indicateurs d’impact', 'high'],
    ]);
  });

  it('takes links from README and CONTRIBUTING, classified by address and text (low, linked)', () => {
    const readme = [
      '# P',
      '',
      '- Outils : Matomo ([stats.example.gouv.fr](https://stats.example.gouv.fr/index.php?idSite=9))',
      '- [Site dédié aux données d’usage et à l’impact](https://example.github.io/usage/)',
      '- Fiche du service : [beta.gouv.fr](https://beta.gouv.fr/startups/mon-service.html)',
      '- [Metabase](https://www.metabase.com/) pour l’analyse interne',
    ].join('\n');
    const contributing =
      'Les notes sont visibles sur notre [page statistique dédiée](https://service.example.fr/stats).';
    const files = { 'README.md': readme, 'CONTRIBUTING.md': contributing };
    expect(summary(files, 'indicators')).toEqual([
      ['link', 'https://stats.example.gouv.fr/index.php?idSite=9', 'low'],
      ['link', 'https://example.github.io/usage/', 'low'],
      ['link', 'https://service.example.fr/stats', 'low'],
    ]);
    const vision = find(files, 'vision').filter((doc) => doc.location === 'link');
    expect(vision.map((doc) => [doc.url, doc.heading, doc.path])).toEqual([
      ['https://beta.gouv.fr/startups/mon-service.html', 'beta.gouv.fr', 'README.md'],
    ]);
    // Roadmaps are never guessed from links.
    expect(find(files, 'roadmap')).toEqual([]);
  });

  it('takes monorepo package and app documents (medium), never their code folders', () => {
    const files = {
      'README.md': '# P',
      'packages/service-stats/README.md': '# Stats\nExtraction des événements de mesure.',
      'packages/service-stats/events/TRACKING_PLAN.md': '# Plan de tracking\nVisites, simulations.',
      'apps/site/docs/roadmap.md': '# Roadmap\n- T3 : ouverture',
      'apps/site/ROADMAP.md': '# Roadmap\n- T4',
      'packages/indicateurs/src/README.md': 'code',
      'packages/indicateurs/src/indicateurs.md': 'code',
      'packages/front/src/pages/statistiques/README.md': 'code',
    };
    expect(summary(files, 'indicators')).toEqual([
      ['file', 'packages/service-stats/README.md', 'medium'],
      ['file', 'packages/service-stats/events/TRACKING_PLAN.md', 'medium'],
    ]);
    expect(summary(files, 'roadmap')).toEqual([
      ['file', 'apps/site/ROADMAP.md', 'medium'],
      ['file', 'apps/site/docs/roadmap.md', 'medium'],
    ]);
  });

  it('reads static-site pages by their front-matter title (_pages/, content/, pages/)', () => {
    const files = {
      'README.md': '# P',
      '_pages/stats.md': '---\ntitle: Indicateurs\nlayout: page\n---\nVisites mensuelles : cible 10 000.',
      'content/qui-sommes-nous.md': '---\ntitle: "Notre mission"\n---\nPermettre à chacun de…',
      'pages/calendrier.mdx': "---\ntitle: 'Feuille de route'\n---\n- T3 : ouverture",
      'content/blog/bonjour.md': '---\ntitle: Bonjour\n---\nUn billet.',
    };
    expect(summary(files, 'indicators')).toEqual([['file', '_pages/stats.md', 'high']]);
    expect(summary(files, 'vision')).toEqual([['file', 'content/qui-sommes-nous.md', 'high']]);
    expect(summary(files, 'roadmap')).toEqual([['file', 'pages/calendrier.mdx', 'high']]);
  });

  it('ranks candidates: a dedicated file before a section, before a package, a lead and links', () => {
    const files = {
      'README.md':
        '# P\n\nLe service aide les familles.\n\n## Vision\n\nv\n\n[À propos](https://p.example.fr/a-propos)',
      'VISION.md': 'v',
      'packages/core/VISION.md': 'v',
    };
    expect(summary(files, 'vision').map(([, ref, confidence]) => `${confidence} ${ref}`)).toEqual([
      'high VISION.md',
      'high README.md#Vision',
      'medium packages/core/VISION.md',
      'medium README.md',
      'low https://p.example.fr/a-propos',
    ]);
  });
});

describe('trap resistance: what never becomes a product document', () => {
  it.each([
    'docs/decisions/2024-03-01-metriques-de-suivi.md',
    'docs/decisions/0007-indicateurs.md',
    'adr/ADR-2025-01-10-stats-pipeline.md',
    'docs/adr/0003-roadmap-tool.md',
    'docs/ADR-12-vision.md',
    'docs/plans/roadmap-migration.md',
    'CHANGELOG.md',
    'docs/changelog/roadmap.md',
    'HISTORY.md',
    '.claude/skills/indicateurs/SKILL.md',
    '.github/prompts/roadmap.prompt.md',
    'docs/vision.prompt.md',
    'AGENTS.md',
    'docs/templates/vision.md',
    'docs/modele-feuille-de-route.md',
    'docs/roadmap-template.md',
    'docs/comment-ecrire-la-vision.md',
    'docs/examples/kpi.md',
  ])('%s is a trap', (path) => {
    expect(isTrapPath(path)).toBe(true);
    expect(documentCandidatePaths([path, 'README.md'], DEFAULT_CONFIG)).toEqual(['README.md']);
  });

  it('keeps the genuine documents next to the traps', () => {
    for (const path of ['docs/vision.md', 'ROADMAP.md', 'docs/produit/indicateurs.md', 'TRACKING_PLAN.md']) {
      expect(isTrapPath(path), path).toBe(false);
    }
  });

  it('never takes code files, nor code folders named after a document', () => {
    const files = [
      'src/indicateurs/index.ts',
      'src/indicateurs/README.md',
      'app/indicateurs.rb',
      'docs/roadmap.ts',
      'front/src/stats/Stats.tsx',
      'site/source/pages/statistiques/StatsPage.tsx',
      'README.md',
    ];
    expect(documentCandidatePaths(files, DEFAULT_CONFIG)).toEqual(['README.md']);
  });

  it('does not take a decision record named after metrics, even with its folder listed', () => {
    const files = {
      'README.md': '# P',
      'docs/decisions/2023-01-15-metriques.md': '# Choix de l’outil de métriques\n\nNous retenons l’outil X.',
    };
    expect(find(files, 'indicators')).toEqual([]);
  });

  it('does not read a "## Plan de tracking" section as a roadmap', () => {
    const readme = '# P\n\n## Plan de tracking pour le métier\n\nLes événements mesurés.';
    expect(find({ 'README.md': readme }, 'roadmap')).toEqual([]);
  });
});

describe('the team has the last word', () => {
  it('a declared URL replaces a false find (never added to it)', () => {
    const files = {
      'README.md': '# P\n## Statistiques\n- [stats](https://p.example.fr/stats)',
      'STATS.md': 's',
    };
    const config = withDocuments({ indicators: ['https://pilotage.example.fr/indicateurs'] });
    expect(summary(files, 'indicators', config)).toEqual([
      ['declared-url', 'https://pilotage.example.fr/indicateurs', 'declared'],
    ]);
  });

  it('a declared file replaces detection of that kind only', () => {
    const files = {
      'README.md': '# P\n\nLe service aide les familles.',
      'VISION.md': 'v',
      'notes/cap.md': 'c',
    };
    const config = withDocuments({ vision: ['notes/cap.md'] });
    expect(summary(files, 'vision', config)).toEqual([['file', 'notes/cap.md', 'declared']]);
    expect(find(files, 'vision', config)[0]?.source).toBe('config');
  });

  it('documents.exclude (globs) removes false finds from detection and from the files read', () => {
    const files = {
      'README.md': '# P',
      'docs/vision.md': 'v',
      'docs/archive-2019/ROADMAP.md': 'old',
      'ROADMAP.md': 'r',
    };
    const config = withDocuments({ exclude: ['docs/archive-*/**', 'docs/vision.md'] });
    expect(summary(files, 'roadmap', config).map(([, ref]) => ref)).toEqual(['ROADMAP.md']);
    expect(find(files, 'vision', config)).toEqual([]);
    expect(documentCandidatePaths(Object.keys(files), config)).toEqual(['README.md', 'ROADMAP.md']);
  });
});

describe('a document named after one kind keeps its sections', () => {
  it('does not take the "Impact attendu" section of a vision file as indicators', () => {
    const files = {
      'docs/produit/vision.md': '# Vision\n## Impact attendu\nMoins d’attente.',
      'README.md': '# P',
    };
    expect(find(files, 'indicators')).toEqual([]);
    expect(summary(files, 'vision')).toEqual([['file', 'docs/produit/vision.md', 'high']]);
  });
});

describe('links and headings that name the product', () => {
  it('takes a README opening on `## [Name](site)` as a section presenting the product', () => {
    const readme =
      'Ce dépôt contient le site.\n\n## [Mon Service](https://mon-service.example.fr)</a>\n\nLe site accompagne les artisans.\n\n## Licence\nMIT';
    const docs = find({ 'README.md': readme }, 'vision');
    expect(docs.map((doc) => [doc.location, doc.confidence])).toEqual([
      ['lead', 'medium'],
      ['section', 'medium'],
    ]);
    expect(docs[1]?.text).toContain('accompagne les artisans');
  });
});

describe('a candidate from outside the repository (a product record) is one more ranked candidate', () => {
  const record = {
    kind: 'vision' as const,
    location: 'record' as const,
    source: 'record' as const,
    confidence: 'high' as const,
    reason: { fr: 'fiche publique du produit', en: 'the product’s public record' },
    path: 'content/_startups/p.md',
    heading: null,
    url: 'https://beta.gouv.fr/startups/p.html',
    text: 'Mission : aider les familles.',
    lastChangedAt: null,
    declared: false,
  };

  it('ranks it by its confidence, above a README lead', () => {
    const snapshot = buildSnapshot(repoFiles({ 'README.md': '# P\n\nLe service aide les familles.' }));
    const docs = searchDocuments(snapshot, 'vision', DEFAULT_CONFIG, [record]).documents;
    expect(docs.map((doc) => [doc.location, doc.confidence])).toEqual([
      ['record', 'high'],
      ['lead', 'medium'],
    ]);
    expect(documentEvidence(docs[0] ?? record)).toEqual({
      kind: 'url',
      ref: 'https://beta.gouv.fr/startups/p.html',
      label: 'content/_startups/p.md',
    });
  });

  it('gives way to a declared document, like detection', () => {
    const snapshot = buildSnapshot(repoFiles({ 'VISION.md': 'v' }));
    const config = withDocuments({ vision: ['VISION.md'] });
    expect(searchDocuments(snapshot, 'vision', config, [record]).documents.map((doc) => doc.path)).toEqual([
      'VISION.md',
    ]);
  });
});
