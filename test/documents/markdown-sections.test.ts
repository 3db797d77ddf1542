import { describe, expect, it } from 'vitest';
import { markdownSections, normalizeHeading, plainLines } from '../../src/documents/markdown-sections.js';

describe('markdownSections', () => {
  it('splits ATX headings, a section holding its sub-sections', () => {
    const sections = markdownSections(
      [
        '# Produit',
        'intro',
        '## Vision',
        'Notre vision.',
        '### Utilisateurs',
        'Les agents.',
        '## Roadmap',
        'T3',
      ].join('\n'),
    );
    expect(sections.map((s) => [s.heading, s.level, s.line])).toEqual([
      ['Produit', 1, 1],
      ['Vision', 2, 3],
      ['Utilisateurs', 3, 5],
      ['Roadmap', 2, 7],
    ]);
    expect(sections[1]?.text).toBe('Notre vision.\n### Utilisateurs\nLes agents.');
    expect(sections[3]?.text).toBe('T3');
  });

  it('reads setext headings and trailing hashes', () => {
    const sections = markdownSections(
      'Vision\n======\ntexte\n\nFeuille de route\n---\nplan\n\n## Impact ##\nx',
    );
    expect(sections.map((s) => [s.heading, s.level, s.line])).toEqual([
      ['Vision', 1, 1],
      ['Feuille de route', 2, 5],
      ['Impact', 2, 9],
    ]);
    expect(sections[1]?.text).toBe('plan');
  });

  it('ignores headings inside fenced code blocks', () => {
    const sections = markdownSections(
      ['## Install', '```md', '## Vision', '```', '~~~', '# Roadmap', '~~~', '## Usage'].join('\n'),
    );
    expect(sections.map((s) => s.heading)).toEqual(['Install', 'Usage']);
  });

  it('does not take a thematic break after a list or front matter for a heading', () => {
    const sections = markdownSections('---\ntitle: Vision\n---\n- item\n---\n# Réel');
    expect(sections.map((s) => s.heading)).toEqual(['Réel']);
  });

  it('reads plain HTML headings', () => {
    expect(markdownSections('<h2 align="center">Feuille de route</h2>\ntext')[0]?.heading).toBe(
      'Feuille de route',
    );
  });
});

describe('normalizeHeading', () => {
  it('drops accents, emoji, numbering, Markdown and punctuation', () => {
    expect(normalizeHeading('2.1 🎯 Notre **vision**')).toBe('notre vision');
    expect(normalizeHeading('🚀 Raison d’être')).toBe('raison d etre');
    expect(normalizeHeading('III. Indicateurs d’impact')).toBe('indicateurs d impact');
    expect(normalizeHeading('[Feuille de route](docs/roadmap.md)')).toBe('feuille de route');
  });
});

describe('plainLines', () => {
  it('skips fences and comments and strips Markdown', () => {
    const lines = plainLines('# Titre\n<!-- utilisateurs -->\n```\ncode\n```\n- [ ] **Tâche** [lien](x)');
    expect(lines.map((l) => [l.plain, l.heading, l.checkbox])).toEqual([
      ['Titre', true, null],
      ['Tâche lien', false, 'open'],
    ]);
  });
});
