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
