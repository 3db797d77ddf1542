import { describe, expect, it } from 'vitest';
import { escapeMarkdown, escapeProse, inlineCode } from '../../src/render/escape-markdown.js';

describe('escapeMarkdown', () => {
  it('neutralises formatting, HTML, mentions and issue references', () => {
    const out = escapeMarkdown('**hi** <img src=x> @octocat #12 [link](http://x) | -->');
    expect(out).not.toContain('<img');
    expect(out).not.toMatch(/@octocat/);
    expect(out).not.toMatch(/(^|[^\\])#12/);
    expect(out).toContain('\\*\\*hi\\*\\*');
    expect(out).toContain('\\|');
    expect(out).not.toContain('\n');
  });
});

describe('escapeProse', () => {
  it('keeps code spans and escapes the rest', () => {
    expect(escapeProse('see `docs/vision.md` for *more*')).toBe('see `docs/vision.md` for \\*more\\*');
    expect(escapeProse('odd ` tick @me')).toContain('\\`');
  });
});

describe('inlineCode', () => {
  it('chooses a fence longer than any backtick run inside', () => {
    expect(inlineCode('a`b')).toBe('``a`b``');
    expect(inlineCode('`x')).toBe('`` `x ``');
    expect(inlineCode('plain')).toBe('`plain`');
  });
});

describe('escapeMarkdown against backlinks and reordering', () => {
  it('breaks GH-12 references and bare issue addresses, and drops bidi controls', () => {
    const out = escapeMarkdown('see GH-12 and https://github.com/o/r/issues/5 \u202Eevil\u2066');
    expect(out).not.toMatch(/GH-\d/);
    expect(out).not.toContain('https://github.com/o/r/issues/5');
    expect(out).toContain('github.com/o/r/issues/5');
    expect(out).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(escapeMarkdown('https://stats.example.gouv.fr')).toBe('https://stats.example.gouv.fr');
  });
});

describe('escaping hostile text', () => {
  it('neutralises issue addresses glued to a word and www. addresses GitHub links by itself', () => {
    const glued = escapeMarkdown('T3 2026https://github.com/o/r/issues/5');
    expect(glued).not.toContain('https://github.com');
    expect(glued).toContain('github.com/o/r/issues/5');
    const www = escapeMarkdown('voir www.github.com/o/r/pull/9 et (www.github.com/o/r/issues/1)');
    expect(www).not.toMatch(/www\.github/);
    expect(escapeMarkdown('www.example.org/page')).toBe('www.example.org/page');
  });

  it('reads a text of a hundred thousand addresses in one pass', () => {
    const started = performance.now();
    expect(escapeMarkdown('http://'.repeat(100_000))).toHaveLength(700_000);
    expect(escapeMarkdown('https://a/b/c/issues/1 '.repeat(10_000))).toContain(
      'https:\u2060//a/b/c/issues/1',
    );
    // Formerly every `http:` rescanned the rest of the text: over half a minute for the first line.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('fences a code span around a hundred thousand backtick runs without overflowing the stack', () => {
    const text = '`a'.repeat(150_000);
    expect(inlineCode(text)).toBe(`\`\` ${text} \`\``);
  });
});

describe('control characters in Markdown', () => {
  it('never reach an issue body: escape sequences, C0, DEL and C1 are dropped', () => {
    const hostile = 'Vision\x1b]0;title\x07 \x1b[2J\x00\x7f\x9b31m `code\x1b[2J`';
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
    const control = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;
    expect(escapeMarkdown(hostile)).not.toMatch(control);
    expect(escapeProse(hostile)).not.toMatch(control);
    expect(inlineCode(hostile)).not.toMatch(control);
    expect(escapeMarkdown('a\tb')).toBe('a\tb');
  });
});
