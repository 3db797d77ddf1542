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

describe('hostile documents', () => {
  /** A 256 KiB line (the collectors' limit) repeating what used to make a regular expression backtrack. */
  const bait = (unit: string) => unit.repeat(Math.ceil((256 * 1024) / unit.length));

  it('reads a 256 KiB line of backtracking bait in one pass (each took from 8 to 50 seconds)', () => {
    const started = performance.now();
    for (const unit of ['<', '<!--', '[a](', '![', '[', ' \t', '# a ', 'a \t']) {
      const line = bait(unit);
      expect(plainLines(line)).toHaveLength(unit === '<!--' ? 1 : line.trim() === '' ? 0 : 1);
      markdownSections(`# ${line}x`);
    }
    // Linear now: a few hundred milliseconds on a slow machine; generous, since the old code took minutes.
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('ends sections in one pass over a hundred thousand headings (formerly about 30 seconds)', () => {
    const headings = Array.from({ length: 99_999 }, (_, i) => `${'#'.repeat((i % 3) + 1)} h${i}\nx${i}`);
    const started = performance.now();
    const sections = markdownSections(headings.join('\n'));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(sections).toHaveLength(99_999);
    // Levels 1, 2, 3, 1, 2, 3…: each section runs to the next heading of its level or higher.
    expect(sections[0]?.text).toBe('x0\n## h1\nx1\n### h2\nx2');
    expect(sections[1]?.text).toBe('x1\n### h2\nx2');
    expect(sections[2]?.text).toBe('x2');
    expect(sections.at(-1)?.text).toBe('x99998');
  });

  it('cuts headings longer than 256 characters, never inside a character', () => {
    const [long] = markdownSections(`## Vision ${'🎉'.repeat(1_000)}\ntext`);
    expect(long?.heading.length).toBeLessThanOrEqual(256);
    expect(long?.heading.startsWith('Vision 🎉')).toBe(true);
    expect(long?.heading.endsWith('…')).toBe(true);
    expect(long?.heading).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    const [setext] = markdownSections(`${'mot '.repeat(500)}\n===\n`);
    expect(setext?.heading.length).toBeLessThanOrEqual(256);
  });

  it('reads ATX headings as before: closing hashes, tabs, and what is no heading', () => {
    const headings = (text: string) => markdownSections(text).map((s) => [s.heading, s.level]);
    expect(headings('# a ##')).toEqual([['a', 1]]);
    expect(headings('## a # b #  ')).toEqual([['a # b', 2]]);
    expect(headings('# ##')).toEqual([['##', 1]]);
    expect(headings('#\tTitre\t#\t')).toEqual([['Titre', 1]]);
    expect(headings('#')).toEqual([['', 1]]);
    expect(headings('####### sept')).toEqual([]);
    expect(headings('#5 vision')).toEqual([]);
    expect(headings('# a\u2028b')).toEqual([]);
    expect(plainLines('Titre ##\n# Vision #\nC# ##').map((l) => [l.plain, l.heading])).toEqual([
      ['Titre', false],
      ['Vision', true],
      ['C#', false],
    ]);
  });

  it('blanks HTML comments across lines, keeping line numbers, and leaves an unclosed one', () => {
    const lines = plainLines('a <!-- x\ny --> b\nc\n<!-- open\nd');
    expect(lines.map((l) => [l.line, l.plain])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
      [4, '<!-- open'],
      [5, 'd'],
    ]);
  });

  it('strips links and images whose parts hold no bracket of their own', () => {
    expect(plainLines('voir [la page](https://x.fr/a) et ![logo](l.png) ici')[0]?.plain).toBe(
      'voir la page et ici',
    );
    expect(normalizeHeading(`[Vision](#v) ${'['.repeat(100_000)}`)).toBe('vision');
  });
});
