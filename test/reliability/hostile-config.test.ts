/**
 * Hostile configuration files through `parseConfig` and a full scan: whatever the file holds, the
 * parse never throws, the configuration is complete and valid (defaults where the file was bad),
 * each problem names its key, and the report still renders.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { CORE_SCHEMA, dump, load, loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { ConfigProblem } from '../../src/config/config.js';
import { DEFAULT_CONFIG } from '../../src/config/default-config.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { nextIssueState, readIssueState } from '../../src/issue/issue-state.js';
import { MAX_BODY_CHARS, renderIssueBody } from '../../src/issue/render-issue-body.js';
import { PILLAR_IDS, SIGNAL_IDS } from '../../src/model/ids.js';
import { renderReport } from '../../src/render/render-report.js';
import { thresholdNames } from '../../src/signals/index.js';
import { validateReport } from '../helpers/report-schema.js';
import { healthReport } from '../issue/health-report.js';
import {
  auditMarkdown,
  CLEAN,
  type CrashCount,
  configDefects,
  guarded,
  hostileSuite,
  hostileText,
  objectAt,
  roundMs,
  validateConfigValue,
  valueAt,
} from './hostile-arbitraries.js';

const SEED = 640_001;
const FILE = 'test/reliability/hostile-config.test.ts';
const MAX_CONFIG_BYTES = 64 * 1024;

const { figures, measure, command } = hostileSuite(FILE, SEED);

/** The parse, counting a throw as a crash before letting fast-check report it. */
function parse(text: string, count: CrashCount, options?: Parameters<typeof parseConfig>[2]) {
  return guarded(count, () => parseConfig(text, '.github/product-health.yml', options));
}

/** Configurations found incomplete or invalid, problems naming no key of the file: counted, then asserted. */
const defects = { incompleteConfigs: 0, badKeysUnnamed: 0 };

/** What every parse must give, whatever the text. */
function expectSoundResult(text: string, result: ReturnType<typeof parseConfig>): void {
  const found = configDefects(result.config);
  if (found.length > 0) defects.incompleteConfigs += 1;
  expect(found).toEqual([]);
  const lineCount = text.split(/\r\n|\r|\n/).length;
  for (const problem of result.problems) {
    expect(problem.file).toBe('.github/product-health.yml');
    expect(typeof problem.key).toBe('string');
    expect(problem.message.trim()).not.toBe('');
    if (problem.line !== null) {
      expect(Number.isInteger(problem.line)).toBe(true);
      expect(problem.line).toBeGreaterThanOrEqual(1);
      expect(problem.line).toBeLessThanOrEqual(lineCount);
    }
  }
  // Nothing leaked into every object's prototype.
  expect(Object.keys(Object.prototype)).toEqual([]);
}

// ---------------------------------------------------------------------------------------------
// Arbitraries

const YAML_TOKENS = [
  ':',
  ': ',
  '- ',
  '-',
  '[',
  ']',
  '{',
  '}',
  ',',
  '&a ',
  '*a',
  '*b',
  '!!str ',
  '!!binary ',
  '!custom ',
  '? ',
  '|',
  '>-',
  '"',
  "'",
  '#',
  '%YAML 1.2\n',
  '---\n',
  '...\n',
  '\n',
  '\n  ',
  '\t',
  '<<: *a',
  'language',
  'windowDays',
  'feedback',
  'labels',
  'thresholds',
  'weights',
  'documents',
  '_extends',
  'fr',
  'en',
  '7',
  '-1',
  '1e400',
  '.nan',
  '.inf',
  'null',
  '~',
  'true',
  '0x1F',
  '0o17',
  '2026-06-15',
  '\uFEFF',
  '\u0000',
  '\uD800',
];

/** Text that looks like YAML: keys, indentation, flow collections, anchors, tags, directives. */
const yamlish = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...YAML_TOKENS) }, hostileText({ maxParts: 2 })), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ maxLength: 300 }),
  hostileText({ maxParts: 30 }),
  yamlish,
);

/** A value of any kind YAML can carry, hostile strings and non-finite numbers included. */
const anyValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer({ min: -1_000_000, max: 1_000_000 }),
    fc.double(),
    fc.constantFrom(
      '',
      'fr',
      'de',
      '(',
      '[a-',
      '*+',
      'deploy(',
      'x'.repeat(600),
      '(?=prod)',
      '(a)\\1',
      '(?<!pre)prod',
    ),
    hostileText({ maxParts: 4 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('a', 'labels', 'team', 'vision', '__proto__'), tie('value'), {
      maxKeys: 3,
    }),
  ),
})).value;

const stringList = (max: number) =>
  fc.array(fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), hostileText({ minParts: 1, maxParts: 3 })), {
    maxLength: max,
  });

/** Each leaf key of the configuration with values that are often valid (and sometimes not). */
const LEAVES: Record<string, fc.Arbitrary<unknown>> = {
  language: fc.constantFrom('fr', 'en'),
  windowDays: fc.integer({ min: 7, max: 730 }),
  product: fc.string({ maxLength: 40 }),
  _extends: fc.constantFrom('.github', 'other-repo', 'org/repo:path/config.yml'),
  'documents.vision': stringList(3),
  'documents.indicators': stringList(3),
  'documents.roadmap': stringList(3),
  'feedback.labels': stringList(5),
  'feedback.responseTargetHours': fc.double({ min: 0.5, max: 8760, noNaN: true }),
  'feedback.responders': fc.constantFrom('anyone', 'maintainers'),
  'deployments.productionEnvironment': fc.constantFrom('^prod$', 'live|prod', '^(staging|prod)', '(a+)+$'),
  'deployments.workflow': fc.constantFrom('deploy', 'cd|release', '\\bship\\b', '(a|aa)+$'),
  'releases.expected': fc.boolean(),
  'issue.label': fc.string({ minLength: 1, maxLength: 50 }),
  'issue.reopenClosed': fc.boolean(),
  disabledSignals: fc.uniqueArray(fc.constantFrom(...SIGNAL_IDS), { maxLength: 4 }),
  ...Object.fromEntries(PILLAR_IDS.map((id) => [`weights.pillars.${id}`, fc.double({ min: 0, max: 100 })])),
  ...Object.fromEntries(SIGNAL_IDS.map((id) => [`weights.signals.${id}`, fc.double({ min: 0, max: 100 })])),
  'thresholds.roadmap.maxAgeDays': fc.integer({ min: 0, max: 1000 }),
  'thresholds.vision.declaredUrlScore': fc.double({ min: 0, max: 100 }),
  'thresholds.feedback-handling.onTimeShare': fc.double({ min: 0, max: 1 }),
};

const SECTIONS = [
  'documents',
  'feedback',
  'deployments',
  'releases',
  'issue',
  'thresholds',
  'weights',
  'weights.pillars',
  'weights.signals',
];

/** Names for keys nobody declared, some of them meaningful to JavaScript or to JSON pointers. */
const unknownKey = fc.oneof(
  fc.constantFrom(
    'colour',
    'Language',
    'window_days',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'a/b',
    '~1',
    'x~0y',
    'dotted.key',
    'feedback ',
    '',
    '0',
  ),
  fc.stringMatching(/^[a-z][a-zA-Z_-]{0,10}$/),
);

interface Assignment {
  path: string;
  value: unknown;
}

/**
 * A configuration object where each key may be given a value of the wrong type, where sections
 * may be replaced by scalars or lists, and where unknown keys appear at every level.
 */
const hostileConfigObject = fc
  .record({
    leaves: fc.array(
      fc.tuple(
        fc.constantFrom(...Object.keys(LEAVES)),
        fc.boolean(),
        fc.integer({ min: 0, max: 1_000_000 }),
        anyValue,
      ),
      { maxLength: 12 },
    ),
    sections: fc.array(
      fc.tuple(
        fc.constantFrom(...SECTIONS),
        fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.array(fc.string(), { maxLength: 2 })),
      ),
      { maxLength: 2 },
    ),
    unknown: fc.array(
      fc.tuple(fc.constantFrom('', 'feedback', 'issue', 'weights', 'documents'), unknownKey, anyValue),
      { maxLength: 3 },
    ),
    flowLevel: fc.constantFrom(-1, -1, -1, 0, 1),
  })
  .map(({ leaves, sections, unknown, flowLevel }) => {
    const root: Record<string, unknown> = {};
    const assignments: Assignment[] = [];
    const replaced = sections.map(([path]) => path);
    for (const [path, valid, seed, wrong] of leaves) {
      if (replaced.some((section) => path.startsWith(`${section}.`))) continue;
      const value = valid ? fc.sample(LEAVES[path] as fc.Arbitrary<unknown>, { seed, numRuns: 1 })[0] : wrong;
      setAt(root, path, value);
    }
    for (const [path, value] of sections) {
      if (replaced.some((section) => path.startsWith(`${section}.`))) continue;
      setAt(root, path, value);
    }
    for (const [section, key, value] of unknown) {
      const parent = section === '' ? root : valueAt(root, section);
      if (section !== '' && (typeof parent !== 'object' || parent === null || Array.isArray(parent)))
        continue;
      if (section !== '' && replaced.includes(section)) continue;
      defineOwn(parent as Record<string, unknown>, key, value);
    }
    const text = dump(root, { flowLevel, noRefs: true, lineWidth: -1 });
    // The oracle reads the values back as YAML gives them (numbers, strings, nulls…).
    const parsed = load(text, { schema: CORE_SCHEMA }) as Record<string, unknown>;
    collect(parsed, '', assignments);
    return { text, assignments, flow: flowLevel !== -1 };
  });

function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function setAt(root: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  const last = parts.pop() as string;
  let node = root;
  for (const part of parts) {
    const next = Object.hasOwn(node, part) ? node[part] : undefined;
    if (typeof next !== 'object' || next === null || Array.isArray(next)) defineOwn(node, part, {});
    node = node[part] as Record<string, unknown>;
  }
  defineOwn(node, last, value);
}

/** Every known leaf or section set in the parsed file, and every unknown key, with its value. */
function collect(node: Record<string, unknown>, prefix: string, out: Assignment[]): void {
  for (const key of Object.keys(node)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    const value = node[key];
    if (!SECTIONS.includes(path) || !isMapping(value)) out.push({ path, value });
    else if (path !== 'thresholds') collect(value, path, out);
    else {
      for (const [signal, values] of Object.entries(value)) {
        if (!SIGNAL_IDS.includes(signal as never) || !isMapping(values)) {
          out.push({ path: `thresholds.${signal}`, value: values });
          continue;
        }
        for (const [name, threshold] of Object.entries(values)) {
          out.push({ path: `thresholds.${signal}.${name}`, value: threshold });
        }
      }
    }
  }
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a problem names this key (or one of its items). */
function names(problem: ConfigProblem, path: string): boolean {
  return problem.key === path || problem.key.startsWith(`${path}.`);
}

// ---------------------------------------------------------------------------------------------

describe('hostile configuration files', () => {
  it('arbitrary text: never a throw, always a complete valid configuration', async () => {
    let invalidYaml = 0;
    const result = await measure(200, (count) =>
      fc.property(anyText, (text) => {
        const parsed = parse(text, count);
        expectSoundResult(text, parsed);
        let yamlError = false;
        try {
          loadAll(text, { schema: CORE_SCHEMA, maxAliases: 50 });
        } catch {
          yamlError = true;
        }
        if (yamlError && Buffer.byteLength(text) <= MAX_CONFIG_BYTES) {
          invalidYaml += 1;
          expect(parsed.config).toEqual(DEFAULT_CONFIG);
          expect(parsed.problems).toHaveLength(1);
          expect(parsed.problems[0]?.key).toBe('');
          expect(parsed.problems[0]?.message).toMatch(/^invalid YAML: /);
        }
      }),
    );
    expect(invalidYaml).toBeGreaterThan(20);
    figures.push({
      area: 'hostile input',
      tried: 'configuration: arbitrary text and broken YAML',
      figures: { ...result, invalidYaml, incompleteConfigs: defects.incompleteConfigs },
      command: command('arbitrary text'),
    });
  });

  it('wrong types for every key: each bad key is named, defaults stand in, good keys are kept', async () => {
    let badKeys = 0;
    let keptKeys = 0;
    const result = await measure(200, (count) =>
      fc.property(hostileConfigObject, ({ text, assignments, flow }) => {
        const output = parse(text, count);
        expectSoundResult(text, output);
        const lines = text.split('\n');
        for (const { path, value } of assignments) {
          const valid = validateConfigValue(objectAt(path, value));
          const named = output.problems.filter((problem) => names(problem, path));
          if (!valid) {
            badKeys += 1;
            if (named.length === 0) defects.badKeysUnnamed += 1;
            expect(named, `no problem names ${path} in ${JSON.stringify(output.problems)}`).not.toEqual([]);
            const fallback = valueAt(DEFAULT_CONFIG, path);
            const isScalarLeaf =
              !Array.isArray(fallback) && (typeof fallback !== 'object' || fallback === null);
            if (isScalarLeaf || typeof value !== 'object' || value === null) {
              expect(valueAt(output.config, path)).toEqual(fallback);
            }
          } else {
            keptKeys += 1;
            expect(named).toEqual([]);
            if (path === '_extends') expect(output.extends).toBe(value);
            else if (path !== 'product') expect(valueAt(output.config, path)).toEqual(value);
          }
        }
        // Each problem points at the line of its key when the file is written one key per line.
        for (const problem of output.problems) {
          const last = problem.key.split('.').at(-1) ?? '';
          if (flow || problem.line === null || !/^[A-Za-z_][\w-]*$/.test(last)) continue;
          expect(lines[problem.line - 1]).toContain(last);
        }
      }),
    );
    figures.push({
      area: 'hostile input',
      tried: 'configuration: wrong types for every key, unknown keys, sections replaced',
      figures: { ...result, badKeys, badKeysUnnamed: defects.badKeysUnnamed, keptKeys },
      command: command('wrong types for every key'),
    });
  });

  it('alias bombs: refused beyond the alias limit, never expanded', async () => {
    let refused = 0;
    let slowestMs = 0;
    const result = await measure(60, (count) =>
      fc.property(
        fc.integer({ min: 2, max: 12 }),
        fc.integer({ min: 2, max: 9 }),
        fc.constantFrom('top', 'labels', 'thresholds'),
        (fanOut, depth, place) => {
          const rows = ['a0: &a0 [lol, lol]'];
          for (let level = 1; level < depth; level++) {
            rows.push(
              `a${level}: &a${level} [${Array(fanOut)
                .fill(`*a${level - 1}`)
                .join(', ')}]`,
            );
          }
          const target = `*a${depth - 1}`;
          if (place === 'top') rows.push(`bomb: ${target}`);
          if (place === 'labels') rows.push(`feedback:\n  labels: ${target}`);
          if (place === 'thresholds') rows.push(`thresholds:\n  vision:\n    x: ${target}`);
          const text = rows.join('\n');
          const started = performance.now();
          const output = parse(text, count);
          slowestMs = Math.max(slowestMs, performance.now() - started);
          expectSoundResult(text, output);
          const aliases = fanOut * (depth - 1) + 1;
          if (aliases > 50) {
            refused += 1;
            expect(output.config).toEqual(DEFAULT_CONFIG);
            expect(output.problems[0]?.message).toMatch(/alias/i);
          }
        },
      ),
    );
    expect(refused).toBeGreaterThan(10);
    figures.push({
      area: 'hostile input',
      tried: 'configuration: YAML alias bombs (fan-out 2–12, depth 2–9)',
      figures: { ...result, refused, expanded: 0, slowestMs: roundMs(slowestMs) },
      command: command('alias bombs'),
    });
  });

  it('huge files: over 64 KiB (in UTF-8 bytes) refused whole, just under parsed', async () => {
    let refused = 0;
    let parsedNearLimit = 0;
    const result = await measure(40, (count) =>
      fc.property(
        fc.constantFrom('x', 'é', '🎉', 'a\n', '- x\n'),
        fc.integer({ min: -2_000, max: 400_000 }),
        fc.constantFrom('comment', 'labels'),
        (unit, extraBytes, shape) => {
          const head = 'language: en\n';
          const target = MAX_CONFIG_BYTES + extraBytes - Buffer.byteLength(head) - 4;
          const repeat = Math.max(0, Math.floor(target / Buffer.byteLength(unit)));
          const body =
            shape === 'comment'
              ? `# ${unit.replace('\n', '').repeat(repeat)}\n`
              : `feedback:\n  labels: [${'a, '.repeat(Math.floor(repeat / 3))}]\n`;
          const text = head + body;
          const output = parse(text, count);
          expectSoundResult(text, output);
          if (Buffer.byteLength(text) > MAX_CONFIG_BYTES) {
            refused += 1;
            expect(output.config).toEqual(DEFAULT_CONFIG);
            expect(output.problems).toEqual([
              expect.objectContaining({ key: '', message: expect.stringContaining('64 KiB') }),
            ]);
          } else {
            parsedNearLimit += 1;
            expect(output.problems.some((p) => p.message.includes('larger than'))).toBe(false);
            if (shape === 'comment') expect(output.config.language).toBe('en');
          }
        },
      ),
    );
    expect(refused).toBeGreaterThan(5);
    figures.push({
      area: 'hostile input',
      tried: 'configuration: files from just under 64 KiB to 460 KiB (ASCII, accents, emoji)',
      figures: { ...result, refused, parsedNearLimit },
      command: command('huge files'),
    });
  });

  it('deep nesting: lists and mappings nested hundreds deep under any key', async () => {
    const result = await measure(60, (count) =>
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.constantFrom('flow-list', 'flow-map', 'block-map', 'block-list'),
        fc.constantFrom('x', 'feedback.labels', 'thresholds.vision.x', 'weights.pillars.team', '_extends'),
        (depth, style, path) => {
          const block = Math.min(depth, 120);
          const nested =
            style === 'flow-list'
              ? `${'['.repeat(depth)}1${']'.repeat(depth)}`
              : style === 'flow-map'
                ? `${'{a: '.repeat(depth)}1${'}'.repeat(depth)}`
                : '';
          const parts = path.split('.');
          const head = parts.map((part, i) => `${'  '.repeat(i)}${part}:`).join('\n');
          const indent = '  '.repeat(parts.length);
          const tail =
            style === 'block-map'
              ? `\n${Array.from({ length: block }, (_, i) => `${indent}${' '.repeat(i)}a:`).join('\n')} 1`
              : style === 'block-list'
                ? `\n${Array.from({ length: block }, (_, i) => `${indent}${' '.repeat(i * 2)}-`).join('\n')} 1`
                : ` ${nested}`;
          const text = `${head}${tail}\n`;
          const output = parse(text, count);
          expectSoundResult(text, output);
          expect(output.problems.length).toBeGreaterThan(0);
          const top = parts[0] as string;
          for (const problem of output.problems) {
            expect(problem.key === '' || problem.key.split('.')[0] === top).toBe(true);
          }
          // A list loses the items it cannot use; any other key falls back to its default.
          if (path === 'feedback.labels')
            expect([[], DEFAULT_CONFIG.feedback.labels]).toContainEqual(output.config.feedback.labels);
          else expect(valueAt(output.config, path)).toEqual(valueAt(DEFAULT_CONFIG, path));
        },
      ),
    );
    figures.push({
      area: 'hostile input',
      tried: 'configuration: nesting 1–400 deep, flow and block, under known and unknown keys',
      figures: { ...result },
      command: command('deep nesting'),
    });
  });

  it('thousands of problems: the issue body stays under the limit, the problems section cut whole', async () => {
    let maxBodyChars = 0;
    let maxProblems = 0;
    let sectionCut = 0;
    const result = await measure(12, (count) =>
      fc.asyncProperty(
        fc.integer({ min: 200, max: 3_000 }),
        fc.array(hostileText({ minParts: 1, maxParts: 3 }), { minLength: 1, maxLength: 20 }),
        async (keys, names) => {
          let keyCount = keys;
          const text = () =>
            JSON.stringify(
              Object.fromEntries(
                Array.from({ length: keyCount }, (_, i) => [`${names[i % names.length]} ${i}`, i]),
              ),
            );
          while (Buffer.byteLength(text()) > MAX_CONFIG_BYTES) keyCount = Math.floor(keyCount * 0.8);
          const report = await guarded(count, () => healthReport({ configText: text() }));
          maxProblems = Math.max(maxProblems, report.configProblems.length);
          const state = nextIssueState(null, report, new Date(report.generatedAt));
          const { body, omittedSections } = guarded(count, () =>
            renderIssueBody(report, state, { ticked: new Set() }),
          );
          maxBodyChars = Math.max(maxBodyChars, body.length);
          if (omittedSections.includes('config-problems')) sectionCut += 1;
          expect(body.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
          expect(readIssueState(body)).toEqual(state);
          expect(auditMarkdown(body, { issueBody: true })).toEqual(CLEAN);
          expect(auditMarkdown(renderReport(report, 'markdown'))).toEqual(CLEAN);
        },
      ),
    );
    expect(sectionCut).toBeGreaterThan(0);
    figures.push({
      area: 'hostile input',
      tried: 'configuration: up to 3,000 unknown hostile keys (under 64 KiB) in the issue body',
      figures: { ...result, maxProblems, sectionCut, maxBodyChars },
      command: command('thousands of problems'),
    });
  });

  it('the report still renders: full scan with a hostile file, clean Markdown, valid JSON, issue body', async () => {
    let maxBodyChars = 0;
    let mentions = 0;
    let unescapedHtml = 0;
    let stateLost = 0;
    let problemsShown = 0;
    const result = await measure(100, (count) =>
      fc.asyncProperty(
        fc.oneof(
          anyText,
          hostileConfigObject.map((c) => c.text),
        ),
        fc.constantFrom<'fr' | 'en'>('fr', 'en'),
        async (text, language) => {
          const expected = parseConfig(text, '.github/product-health.yml', {
            thresholdNames: thresholdNames(),
          });
          const report = await guarded(count, () =>
            healthReport({ configText: text === '' ? null : text, language }),
          );
          if (text !== '') expect(report.configProblems).toEqual(expected.problems);
          const markdown = renderReport(report, 'markdown');
          const json = renderReport(report, 'json');
          renderReport(report, 'text');
          expect(validateReport(JSON.parse(json)), JSON.stringify(validateReport.errors)).toBe(true);
          const audit = auditMarkdown(markdown);
          mentions += audit.mentions.length;
          unescapedHtml += audit.html.length;
          expect(audit).toEqual(CLEAN);
          if (report.configProblems.length > 0) {
            problemsShown += 1;
            expect(markdown).toMatch(/Problèmes de configuration|Configuration problems/);
          }
          const state = nextIssueState(null, report, new Date(report.generatedAt));
          const { body } = renderIssueBody(report, state, { ticked: new Set() });
          maxBodyChars = Math.max(maxBodyChars, body.length);
          expect(body.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
          const read = readIssueState(body);
          if (!isDeepStrictEqual(read, state)) stateLost += 1;
          expect(read).toEqual(state);
          const bodyAudit = auditMarkdown(body, { issueBody: true });
          mentions += bodyAudit.mentions.length;
          unescapedHtml += bodyAudit.html.length;
          expect(bodyAudit).toEqual(CLEAN);
        },
      ),
    );
    expect(problemsShown).toBeGreaterThan(10);
    figures.push({
      area: 'hostile input',
      tried: 'configuration: full scan and rendering (Markdown, JSON, text, issue body) with a hostile file',
      figures: { ...result, problemsShown, mentions, unescapedHtml, stateLost, maxBodyChars },
      command: command('the report still renders'),
    });
  });
});
