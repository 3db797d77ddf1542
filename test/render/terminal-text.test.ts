import { describe, expect, it } from 'vitest';
import { jsonTerminalText, terminalText } from '../../src/render/terminal-text.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

describe('terminalText', () => {
  it('removes escape sequences whole, in 7-bit and 8-bit forms', () => {
    expect(terminalText('a\x1b]0;window title\x07b')).toBe('ab');
    expect(terminalText('a\x1b]8;;https://example.org\x1b\\link\x1b]8;;\x1b\\b')).toBe('alinkb');
    expect(terminalText('a\x1b[2J\x1b[1;31mred\x1b[0mb')).toBe('aredb');
    expect(terminalText('a\x9b2Jb\x9d0;title\x9cc')).toBe('abc');
    expect(terminalText('a\x1bPq#0;2;0;0;0\x1b\\b\x1bcc\x1b(Bd')).toBe('abcd');
  });

  it('removes the other control characters and keeps newlines, tabs and Unicode', () => {
    expect(terminalText('é\r\n\t✓\x00\x07\b\x7f\x85\u2028—')).toBe('é\n\t✓\u2028—');
    expect(terminalText('unterminated \x1b]0;title')).toBe('unterminated 0;title');
  });

  it('reads hostile text in one pass', () => {
    const text = `${'\x1b]'.repeat(100_000)}${'\x1b['.repeat(100_000)}${'x'.repeat(100_000)}`;
    const started = performance.now();
    const clean = terminalText(text);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(clean).not.toMatch(CONTROL);
  });
});

describe('jsonTerminalText', () => {
  it('escapes DEL and C1, leaving the same value once parsed', () => {
    const value = { name: 'a\x7fb\x9b2Jc\x1b' };
    const json = jsonTerminalText(JSON.stringify(value));
    expect(json).not.toMatch(CONTROL);
    expect(JSON.parse(json)).toEqual(value);
  });
});
