import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/default-config.js';
import { configPattern, configPatternProblem, MAX_TESTED_CHARS } from '../../src/signals/config-pattern.js';

describe('configPattern', () => {
  it('matches case-insensitively anywhere in the text, as the defaults expect', () => {
    const workflow = configPattern(DEFAULT_CONFIG.deployments.workflow);
    expect(workflow.test('Deploy to Scalingo')).toBe(true);
    expect(workflow.test('.github/workflows/MEP.yml')).toBe(true);
    expect(workflow.test('Déploiement')).toBe(true);
    expect(workflow.test('tests')).toBe(false);
    const production = configPattern(DEFAULT_CONFIG.deployments.productionEnvironment);
    expect(production.test('Production')).toBe(true);
    expect(production.test('prod-eu')).toBe(true);
    expect(production.test('preproduction')).toBe(false);
  });

  it('runs a catastrophic-backtracking pattern in linear time', () => {
    const pattern = configPattern('(a+)+$');
    const started = performance.now();
    expect(pattern.test(`${'a'.repeat(34)}!`)).toBe(false);
    expect(pattern.test(`${'a'.repeat(900)}!`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(pattern.test('aaa')).toBe(true);
  });

  it('says why RE2 refuses a pattern, and matches it literally at run time', () => {
    expect(configPatternProblem('deploy|release')).toBeNull();
    expect(configPatternProblem('(a)\\1')).toMatch(/\\1/);
    expect(configPatternProblem('(?=deploy)ship')).toMatch(/\(\?=/);
    expect(configPatternProblem('deploy(')).toMatch(/missing closing \)/);
    const literal = configPattern('(?=deploy)ship');
    expect(literal.test('a (?=DEPLOY)ship job')).toBe(true);
    expect(literal.test('deployship')).toBe(false);
  });

  it('refuses a pattern whose compiled program is too large to run on every name', () => {
    expect(configPatternProblem('\\pL{1000}'.repeat(40))).toMatch(/too complex/);
  });

  it('tests a text longer than the limit on its start, so no name costs more than the limit', () => {
    expect(configPattern('x$').test(`${'a'.repeat(MAX_TESTED_CHARS - 1)}x`)).toBe(true);
    expect(configPattern('x$').test(`${'a'.repeat(MAX_TESTED_CHARS)}x`)).toBe(false);
    expect(configPattern('^a+$').test('a'.repeat(MAX_TESTED_CHARS * 100))).toBe(true);
    const pattern = configPattern('\\pL{1000}\\d');
    const started = performance.now();
    expect(pattern.test('é'.repeat(300_000))).toBe(false);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
