import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/default-config.js';
import { documentCandidatePaths, documentKindsOfPath } from '../../src/documents/document-candidates.js';
import { buildConfig } from '../helpers/snapshot-builder.js';

describe('documentCandidatePaths', () => {
  it('keeps root READMEs in any case and language', () => {
    const paths = [
      'README.md',
      'readme',
      'LISEZMOI.md',
      'README.fr.md',
      'Readme.rst',
      'src/README.md',
      'index.ts',
    ];
    expect(documentCandidatePaths(paths, DEFAULT_CONFIG)).toEqual([
      'LISEZMOI.md',
      'README.fr.md',
      'README.md',
      'Readme.rst',
      'readme',
    ]);
  });

  it('keeps root files named after a product document, French or English, any case', () => {
    const named = [
      'VISION.md',
      'ROADMAP.md',
      'INDICATEURS.md',
      'KPI.md',
      'STATS.md',
      'FEUILLE-DE-ROUTE.md',
      'feuille-de-route.md',
      'FICHEPRODUIT.md',
      'fiche-produit.md',
      'north_star.md',
      'impact.md',
      'metrics.md',
      'objectifs.md',
      'Roadmap',
      // Read for its sections and links: teams document their feedback process there.
      'CONTRIBUTING.md',
    ];
    const others = ['LICENSE', 'package.json', 'vision.png', 'supervision.md', 'visionneuse.md'];
    expect(documentCandidatePaths([...named, ...others], DEFAULT_CONFIG)).toEqual([...named].sort());
  });

  it('keeps text documents under doc folders whose path names a product document', () => {
    const paths = [
      'docs/produit/vision.md',
      'doc/north_star.md',
      'docs/roadmap/2026.md',
      'documentation/indicateurs.mdx',
      'gitbook/cadrer/feuille-de-route.md',
      '.gitbook/kpi.markdown',
      'wiki/Roadmap.txt',
      'produit/vision.rst',
      'product/metrics.adoc',
      'docs/installation.md',
      'docs/roadmap/diagram.png',
      'src/vision.md',
      'docs/node_modules/x/roadmap.md',
      'vendor/lib/ROADMAP.md',
    ];
    expect(documentCandidatePaths(paths, DEFAULT_CONFIG)).toEqual([
      '.gitbook/kpi.markdown',
      'doc/north_star.md',
      'docs/produit/vision.md',
      'docs/roadmap/2026.md',
      'documentation/indicateurs.mdx',
      'gitbook/cadrer/feuille-de-route.md',
      'product/metrics.adoc',
      'produit/vision.rst',
      'wiki/Roadmap.txt',
    ]);
  });

  it('adds declared repository paths, not URLs, and deduplicates', () => {
    const config = buildConfig({
      documents: {
        vision: ['./notes/pourquoi.md', 'https://example.org/vision'],
        indicators: ['README.md#Indicateurs'],
        roadmap: ['/planning/2026.md'],
        exclude: [],
      },
    });
    expect(documentCandidatePaths(['README.md'], config)).toEqual([
      'README.md',
      'notes/pourquoi.md',
      'planning/2026.md',
    ]);
  });

  it('skips paths over 20 segments and caps the list at 200, keeping READMEs', () => {
    const deep = `docs/${'a/'.repeat(20)}roadmap.md`;
    const many = Array.from({ length: 300 }, (_, i) => `docs/roadmap/${String(i).padStart(3, '0')}.md`);
    const result = documentCandidatePaths([deep, ...many, 'README.md'], DEFAULT_CONFIG);
    expect(result).toHaveLength(200);
    expect(result).toContain('README.md');
    expect(result).not.toContain(deep);
    expect(result).toEqual([...result].sort());
  });
});

describe('documentKindsOfPath', () => {
  it('names the kind from the file or folder name', () => {
    expect(documentKindsOfPath('VISION.md')).toEqual(['vision']);
    expect(documentKindsOfPath('FEUILLEDEROUTE.md')).toEqual(['roadmap']);
    expect(documentKindsOfPath('docs/roadmap/2026.md')).toEqual(['roadmap']);
    expect(documentKindsOfPath('NorthStar.md')).toEqual(['vision']);
    expect(documentKindsOfPath('STATS.md')).toEqual(['indicators']);
    expect(documentKindsOfPath('FICHEPRODUIT.md')).toEqual([]);
  });
});
