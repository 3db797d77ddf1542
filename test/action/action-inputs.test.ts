import { describe, expect, it } from 'vitest';
import { ActionInputError, readActionInputs } from '../../src/action/action-inputs.js';

/** `core.getInput` over a map: absent inputs read as `''`. */
function inputs(values: Record<string, string>) {
  return readActionInputs((name) => values[name]?.trim() ?? '');
}

function failure(values: Record<string, string>): ActionInputError {
  try {
    inputs(values);
  } catch (error) {
    if (error instanceof ActionInputError) return error;
    throw error;
  }
  throw new Error('expected an ActionInputError');
}

describe('the Action’s inputs', () => {
  it('take the defaults of action.yml when only the token is given', () => {
    expect(inputs({ token: 'ghs_x' })).toEqual({
      token: 'ghs_x',
      configPath: '.github/product-health.yml',
      language: undefined,
      windowDays: undefined,
      dryRun: false,
      overview: false,
      overviewRepository: null,
    });
  });

  it('read every input', () => {
    expect(
      inputs({
        token: 'ghs_x',
        'config-path': 'ops/health.yml',
        language: 'EN',
        'window-days': '30',
        'dry-run': 'true',
        overview: 'true',
        'overview-repository': 'my-org/coaching',
      }),
    ).toEqual({
      token: 'ghs_x',
      configPath: 'ops/health.yml',
      language: 'en',
      windowDays: 30,
      dryRun: true,
      overview: true,
      overviewRepository: { owner: 'my-org', repo: 'coaching' },
    });
  });

  it('read overview as a YAML boolean and refuse anything else', () => {
    expect(inputs({ token: 'ghs_x', overview: 'TRUE' }).overview).toBe(true);
    expect(failure({ token: 'ghs_x', overview: 'on' }).message).toBe(
      "input 'overview' is 'on': expected true or false.",
    );
  });

  it.each([
    'my-org',
    'my-org/',
    '/.github',
    'my-org/.github/x',
    'https://github.com/my-org/.github',
    'my org/.github',
    'my-org/..',
  ])('refuse overview-repository %s with what to write', (value) => {
    expect(failure({ token: 'ghs_x', 'overview-repository': value }).message).toBe(
      `input 'overview-repository' is '${value}': expected OWNER/REPO (for example my-org/.github), or leave it empty to use the owner's .github repository.`,
    );
  });

  it('accept an organisation’s .github as overview-repository', () => {
    expect(inputs({ token: 'ghs_x', 'overview-repository': 'My-Org/.github' }).overviewRepository).toEqual({
      owner: 'My-Org',
      repo: '.github',
    });
  });

  it.each(['3', '731', '12.5', '1e2', 'ninety', '-30'])(
    'refuse window-days %s with what to write',
    (days) => {
      const error = failure({ token: 'ghs_x', 'window-days': days });
      expect(error.message).toContain(`input 'window-days' is '${days}'`);
      expect(error.message).toContain('whole number of days between 7 and 730');
    },
  );

  it('accept the bounds of window-days', () => {
    expect(inputs({ token: 'ghs_x', 'window-days': '7' }).windowDays).toBe(7);
    expect(inputs({ token: 'ghs_x', 'window-days': '730' }).windowDays).toBe(730);
  });

  it('refuse a language the product does not speak', () => {
    expect(failure({ token: 'ghs_x', language: 'de' }).message).toMatch(
      /input 'language' is 'de': expected fr or en/,
    );
  });

  it('read dry-run as YAML booleans and refuse anything else', () => {
    expect(inputs({ token: 'ghs_x', 'dry-run': 'True' }).dryRun).toBe(true);
    expect(inputs({ token: 'ghs_x', 'dry-run': 'FALSE' }).dryRun).toBe(false);
    expect(failure({ token: 'ghs_x', 'dry-run': 'yes' }).message).toBe(
      "input 'dry-run' is 'yes': expected true or false.",
    );
  });

  it('refuse an empty token, without guessing one', () => {
    expect(failure({}).message).toMatch(/input 'token' is empty/);
  });
});
