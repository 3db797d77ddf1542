import { describe, expect, it } from 'vitest';
import { linkedUrls } from '../../src/documents/document-signal.js';
import type { ProductDocument } from '../../src/documents/find-documents.js';

function doc(text: string): ProductDocument {
  return {
    kind: 'indicators',
    location: 'file',
    source: 'repository',
    confidence: 'high',
    reason: { fr: 'fichier', en: 'file' },
    path: 'STATS.md',
    heading: null,
    url: null,
    text,
    lastChangedAt: null,
    declared: false,
  };
}

describe('linkedUrls', () => {
  it('reads addresses the way GitHub does: without the punctuation ending the sentence', () => {
    expect(
      linkedUrls([doc('Voir https://stats.example.org/produit. Et https://x.fr/a?b=1, puis fin')]),
    ).toEqual(['https://stats.example.org/produit', 'https://x.fr/a?b=1']);
  });

  it('keeps an issue address up to its number, so that it is recognised as the issue it names', () => {
    expect(
      linkedUrls([
        doc(
          'https://github.com/o/r/issues/5! https://github.com/o/r/pull/6#x https://github.com/o/r/issues/7/files',
        ),
      ]),
    ).toEqual([
      'https://github.com/o/r/issues/5',
      'https://github.com/o/r/pull/6#x',
      'https://github.com/o/r/issues/7/files',
    ]);
  });

  it('drops addresses longer than 2,048 characters, which would bloat the report', () => {
    expect(linkedUrls([doc(`https://x.fr/${'a'.repeat(3_000)} https://ok.fr`)])).toEqual(['https://ok.fr']);
    expect(linkedUrls([doc('http://'.repeat(40_000))])).toEqual([]);
  });

  it('leaves out images, whatever brackets the text holds', () => {
    expect(linkedUrls([doc(`![logo](https://img.fr/l.png) ${'!['.repeat(50_000)} https://page.fr`)])).toEqual(
      ['https://page.fr'],
    );
  });
});
