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
