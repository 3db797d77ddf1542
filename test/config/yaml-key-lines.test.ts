import { describe, expect, it } from 'vitest';
import { lineOfPointer, yamlKeyLines } from '../../src/config/yaml-key-lines.js';

describe('yamlKeyLines', () => {
  const text = ['a: 1', 'b:', '  c: [1, 2]', '  d:', '    - x', '    - y: 3', '"e/f": 4'].join('\n');
  const lines = yamlKeyLines(text);

  it('maps keys, nested keys and sequence items to their lines', () => {
    expect(lines.get('/a')).toBe(1);
    expect(lines.get('/b')).toBe(2);
    expect(lines.get('/b/c')).toBe(3);
    expect(lines.get('/b/c/1')).toBe(3);
    expect(lines.get('/b/d/0')).toBe(5);
    expect(lines.get('/b/d/1/y')).toBe(6);
    expect(lines.get('/e~1f')).toBe(7);
  });

  it('falls back to the nearest ancestor, and to null', () => {
    expect(lineOfPointer(lines, '/b/d/7')).toBe(4);
    expect(lineOfPointer(lines, '/zzz')).toBeNull();
  });

  it('returns nothing for unparsable text instead of throwing', () => {
    expect(yamlKeyLines('a: [').size).toBe(0);
  });
});
