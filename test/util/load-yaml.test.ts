import { describe, expect, it } from 'vitest';
import { loadYaml, loadYamlDocuments, parseYamlEvents, YAML_LIMITS } from '../../src/util/load-yaml.js';
import { aliasBomb } from '../helpers/alias-bomb.js';

describe('loadYaml', () => {
  it('reads an ordinary document, aliases included', () => {
    const result = loadYaml('base: &base {image: node}\njob:\n  extends: *base\n  script: [npm test]\n');
    expect(result).toEqual({
      ok: true,
      value: { base: { image: 'node' }, job: { extends: { image: 'node' }, script: ['npm test'] } },
    });
  });

  it('refuses a billion laughs, saying why, without expanding it', () => {
    const text = aliasBomb(10, 9);
    expect(Buffer.byteLength(text)).toBeLessThan(600);
    const started = performance.now();
    const result = loadYaml(text);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(result).toMatchObject({ ok: false, kind: 'refused' });
    expect(!result.ok && result.reason).toMatch(/aliases/);
  });

  it('refuses more aliases than the limit', () => {
    const result = loadYaml(
      `a: &a x\nb: [${Array(YAML_LIMITS.maxAliases + 1)
        .fill('*a')
        .join(', ')}]\n`,
    );
    expect(result).toMatchObject({ ok: false, kind: 'refused' });
    expect(!result.ok && result.reason).toContain(`more than ${YAML_LIMITS.maxAliases} aliases`);
  });

  it('refuses a document whose aliases expand past the node limit, even with few aliases', () => {
    // 8 levels of fan-out 6: 43 aliases, 6^8 ≈ 1.7 million values once expanded.
    const result = loadYaml(aliasBomb(6, 9));
    expect(result).toMatchObject({ ok: false, kind: 'refused' });
    expect(!result.ok && result.reason).toContain(`more than ${YAML_LIMITS.maxNodes.toLocaleString('en')}`);
  });

  it('accepts the same shape while it stays under the node limit', () => {
    const result = loadYaml(aliasBomb(3, 5));
    expect(result.ok).toBe(true);
  });

  it('refuses a node that contains itself', () => {
    const result = loadYaml('a: &a\n  b: *a\n');
    expect(result).toMatchObject({ ok: false, kind: 'refused' });
    expect(!result.ok && result.reason).toMatch(/contains itself/);
  });

  it('refuses nesting deeper than the limit, aliases included', () => {
    const deep = `${'['.repeat(150)}1${']'.repeat(150)}`;
    expect(loadYaml(deep)).toMatchObject({ ok: false, kind: 'refused' });
    // 60 levels, then an alias to 60 more levels: 120 deep once expanded.
    const inner = `${'['.repeat(60)}1${']'.repeat(60)}`;
    const outer = `${'['.repeat(60)}*x${']'.repeat(60)}`;
    const result = loadYaml(`x: &x ${inner}\ny: ${outer}\n`);
    expect(result).toMatchObject({ ok: false, kind: 'refused' });
    expect(!result.ok && result.reason).toMatch(/nested more than 100/);
  });

  it('refuses text over the size limit before parsing it', () => {
    const result = loadYaml(`a: ${'x'.repeat(2_000)}\n`, { maxBytes: 1_024 });
    expect(result).toEqual({ ok: false, kind: 'too-large', reason: 'larger than 1 KiB', line: null });
  });

  it('reports broken YAML with its line, never throwing', () => {
    const result = loadYaml('a: 1\nb: [x, y\n');
    expect(result).toMatchObject({ ok: false, kind: 'invalid' });
    expect(!result.ok && result.line).toBeGreaterThanOrEqual(2);
  });

  it('keeps the single-document rule: empty text or several documents are an error', () => {
    expect(loadYaml('')).toMatchObject({ ok: false, kind: 'invalid' });
    expect(loadYaml('a: 1\n---\nb: 2\n')).toMatchObject({ ok: false, kind: 'invalid' });
    expect(loadYamlDocuments('a: 1\n---\nb: 2\n')).toEqual({ ok: true, value: [{ a: 1 }, { b: 2 }] });
  });

  it('applies the alias limit it is given', () => {
    const text = `a: &a x\nb: [${Array(11).fill('*a').join(', ')}]\n`;
    expect(loadYaml(text).ok).toBe(true);
    const result = loadYaml(text, { maxAliases: 10 });
    expect(!result.ok && result.reason).toMatch(/more than 10 aliases/);
  });
});

describe('parseYamlEvents', () => {
  it('gives the events of a bounded document, and null past the limits', () => {
    expect(parseYamlEvents('a: [1, 2]\n')?.length).toBeGreaterThan(3);
    expect(parseYamlEvents(`${'['.repeat(150)}1${']'.repeat(150)}`)).toBeNull();
    expect(parseYamlEvents(`a: ${'x'.repeat(2_000)}\n`, { maxBytes: 1_024 })).toBeNull();
    expect(parseYamlEvents('a: [1, 2\n')).toBeNull();
  });
});
