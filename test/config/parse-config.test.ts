import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/default-config.js';
import { parseConfig, parseConfigValue } from '../../src/config/parse-config.js';

describe('parseConfig', () => {
  it('returns the defaults without problems when there is no file or an empty one', () => {
    expect(parseConfig(null)).toEqual({ config: DEFAULT_CONFIG, problems: [], extends: null, product: null });
    expect(parseConfig('# nothing yet\n').problems).toEqual([]);
  });

  it('merges valid keys over the defaults', () => {
    const { config, problems } = parseConfig(
      'language: en\nwindowDays: 60\nfeedback:\n  labels: [avis]\nreleases:\n  expected: false\n',
    );
    expect(problems).toEqual([]);
    expect(config.language).toBe('en');
    expect(config.windowDays).toBe(60);
    expect(config.feedback.labels).toEqual(['avis']);
    expect(config.feedback.responseTargetHours).toBe(DEFAULT_CONFIG.feedback.responseTargetHours);
    expect(config.releases.expected).toBe(false);
  });

  it('names the key and line of each invalid value and keeps the valid ones', () => {
    const text = [
      'language: de', // 1
      'windowDays: 60', // 2
      'feedback:', // 3
      '  labels: [ok, 3]', // 4
      '  colour: blue', // 5
      'deployments:', // 6
      '  workflow: "deploy("', // 7
    ].join('\n');
    const { config, problems } = parseConfig(text);
    expect(problems.map((p) => [p.key, p.line])).toEqual([
      ['language', 1],
      ['feedback.labels.1', 4],
      ['feedback.colour', 5],
      ['deployments.workflow', 7],
    ]);
    expect(problems[0]?.message).toContain('`fr`');
    expect(problems[3]?.message).toContain('regular expression');
    expect(config.language).toBe('fr');
    expect(config.windowDays).toBe(60);
    expect(config.feedback.labels).toEqual(['ok']);
    expect(config.deployments.workflow).toBe(DEFAULT_CONFIG.deployments.workflow);
  });

  it('reports broken YAML with its line and runs on defaults', () => {
    const { config, problems } = parseConfig('language: en\nfeedback:\n  labels: [a, b\n');
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^invalid YAML/);
    expect(problems[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('refuses alias bombs and non-mapping documents', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      `b: &b [${'*a, '.repeat(30)}*a]`,
      `c: [${'*b, '.repeat(30)}*b]`,
    ].join('\n');
    expect(parseConfig(bomb).problems[0]?.message).toMatch(/^invalid YAML: more than 50 aliases/);
    expect(parseConfig('- just\n- a list\n').problems[0]?.message).toContain('mapping');
  });

  it('refuses a billion laughs under the alias limit by what it would expand to', () => {
    // 6 levels of fan-out 8: 41 aliases, 8^6 ≈ 262,000 values once expanded.
    const rows = ['a0: &a0 [x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 6; level++)
      rows.push(
        `a${level}: &a${level} [${Array(8)
          .fill(`*a${level - 1}`)
          .join(', ')}]`,
      );
    const { config, problems } = parseConfig(`${rows.join('\n')}\nfeedback:\n  labels: *a5\n`);
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(problems).toEqual([
      expect.objectContaining({ key: '', message: expect.stringMatching(/^invalid YAML: .*aliases/) }),
    ]);
  });

  it('reads the production branch and tags, and whether releases are expected', () => {
    const { config, problems } = parseConfig(
      'deployments:\n  branch: prod\n  tags: "v*"\nreleases:\n  expected: true\n',
    );
    expect(problems).toEqual([]);
    expect(config.deployments).toMatchObject({ branch: 'prod', tags: 'v*' });
    expect(config.releases.expected).toBe(true);
    expect(DEFAULT_CONFIG.deployments).toMatchObject({ branch: null, tags: null });
    expect(DEFAULT_CONFIG.releases.expected).toBeNull();
  });

  it('refuses a production branch name git would refuse, naming the key, and keeps the default', () => {
    const { config, problems } = parseConfig('deployments:\n  branch: "my prod"\n');
    expect(problems.map((p) => [p.key, p.line])).toEqual([['deployments.branch', 2]]);
    expect(config.deployments.branch).toBeNull();
  });

  it('refuses patterns the linear-time engine cannot run, naming the key and why, and keeps the default', () => {
    const text = [
      'language: en',
      'deployments:',
      '  workflow: "(?=deploy)ship"',
      '  productionEnvironment: "^(prod)\\\\1$"',
    ].join('\n');
    const { config, problems } = parseConfig(text);
    expect(problems.map((p) => [p.key, p.line])).toEqual([
      ['deployments.workflow', 3],
      ['deployments.productionEnvironment', 4],
    ]);
    expect(problems[0]?.message).toMatch(
      /not a regular expression the linear-time engine \(RE2\) accepts: .*\(\?=/,
    );
    expect(problems[0]?.message).toContain('(default used)');
    expect(problems[1]?.message).toContain('\\1');
    expect(config.deployments).toEqual(DEFAULT_CONFIG.deployments);
    expect(config.language).toBe('en');
  });

  it('accepts nested quantifiers, which RE2 runs in linear time', () => {
    const { config, problems } = parseConfig('deployments:\n  workflow: "(a+)+$"\n');
    expect(problems).toEqual([]);
    expect(config.deployments.workflow).toBe('(a+)+$');
  });

  it('bounds a value parsed by someone else (Probot): a cycle or a huge shared structure is a problem', () => {
    const cyclic: Record<string, unknown> = { language: 'en', feedback: { labels: ['a'] } };
    (cyclic.feedback as Record<string, unknown>).self = cyclic;
    const fromCycle = parseConfigValue(cyclic);
    expect(fromCycle.config).toEqual(DEFAULT_CONFIG);
    expect(fromCycle.problems).toEqual([
      expect.objectContaining({
        key: '',
        message: expect.stringMatching(/^invalid YAML: .*contains itself/),
      }),
    ]);
    let shared: unknown[] = ['x', 'x', 'x', 'x', 'x', 'x', 'x', 'x'];
    for (let level = 0; level < 7; level++) shared = Array(8).fill(shared);
    const started = performance.now();
    const fromBomb = parseConfigValue({ language: 'en', thresholds: { vision: { x: shared } } });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(fromBomb.config).toEqual(DEFAULT_CONFIG);
    expect(fromBomb.problems[0]?.message).toMatch(/^invalid YAML: more than 100,000 values/);
  });

  it('refuses oversized files', () => {
    const huge = `language: fr\n# ${'x'.repeat(70_000)}\n`;
    expect(parseConfig(huge).problems[0]?.message).toContain('larger than');
  });

  it('checks threshold names against the signals when given them', () => {
    const text = 'thresholds:\n  roadmap:\n    maxAgeDays: 60\n    maxAge: 3\n  unknown-signal:\n    x: 1\n';
    const { config, problems } = parseConfig(text, '.github/product-health.yml', {
      thresholdNames: { roadmap: ['maxAgeDays'] },
    });
    expect(problems.map((p) => [p.key, p.line])).toEqual([
      ['thresholds.roadmap.maxAge', 4],
      ['thresholds.unknown-signal', 5],
    ]);
    expect(problems[0]?.message).toContain('`maxAgeDays`');
    expect(config.thresholds).toEqual({ roadmap: { maxAgeDays: 60 } });
  });

  it('names and drops unknown keys holding `/` or `~`, which JSON pointers escape', () => {
    const text = [
      '"a/b": 1',
      'feedback:',
      '  "x/y": 2',
      '"~1": 3',
      'thresholds:',
      '  roadmap:',
      '    "m/n": 4',
    ].join('\n');
    const { config, problems } = parseConfig(text, '.github/product-health.yml', {
      thresholdNames: { roadmap: ['maxAgeDays'] },
    });
    expect(problems.map((p) => [p.key, p.line])).toEqual([
      ['a/b', 1],
      ['feedback.x/y', 3],
      ['~1', 4],
      ['thresholds.roadmap.m/n', 7],
    ]);
    expect(Object.keys(config)).toEqual(Object.keys(DEFAULT_CONFIG));
    expect(config.feedback).toEqual(DEFAULT_CONFIG.feedback);
    expect(config.thresholds).toEqual({ roadmap: {} });
  });

  it('keeps `_extends` for callers that resolve inheritance', () => {
    expect(parseConfig('_extends: .github\n').extends).toBe('.github');
  });
});

describe('product name', () => {
  it('is read trimmed, and left out of the configuration', () => {
    const parsed = parseConfig('product: "  Trouve ta formation "\nlanguage: en\n');
    expect(parsed.product).toBe('Trouve ta formation');
    expect(parsed.config.language).toBe('en');
    expect(parsed.problems).toEqual([]);
  });

  it('may be a mapping: its name, and the product’s context (record id, phase, records’ repository)', () => {
    const parsed = parseConfig(
      'product:\n  name: Passerelle Cantine\n  betagouv: passerelle-cantine\n  phase: MVP\n  betagouvRepository: incubateur/fiches\n',
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.product).toBe('Passerelle Cantine');
    expect(parsed.config.product).toEqual({
      betagouv: 'passerelle-cantine',
      phase: 'MVP',
      betagouvRepository: 'incubateur/fiches',
    });
    expect(parseConfig('language: en\n').config.product).toEqual({
      betagouv: null,
      phase: null,
      betagouvRepository: 'betagouv/beta.gouv.fr',
    });
  });

  it('refuses a record id that leaves the records folder and an unknown phase, keeping the rest', () => {
    const parsed = parseConfig('product:\n  name: Cantine\n  betagouv: ../secrets\n  phase: beta\n');
    expect(parsed.problems.map((p) => [p.key, p.line])).toEqual([
      ['product.betagouv', 3],
      ['product.phase', 4],
    ]);
    expect(parsed.product).toBe('Cantine');
    expect(parsed.config.product).toMatchObject({ betagouv: null, phase: null });
  });

  it('is null when blank or not a string, the latter with a problem', () => {
    expect(parseConfig('product: "   "\n').product).toBeNull();
    const wrong = parseConfig('product: [a, b]\n');
    expect(wrong.product).toBeNull();
    expect(wrong.problems.map((p) => p.key)).toEqual(['product']);
  });
});
