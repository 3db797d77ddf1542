/**
 * Shared pieces of the hostile-input properties: arbitraries mixing the fragments that break
 * Markdown, HTML, GitHub mentions and references, encodings and sizes; and the checks a rendered
 * Markdown text must pass (nobody mentioned, no issue referenced, no HTML element, no comment
 * opened or closed outside the product's own).
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { RE2JS } from 're2js';
import { afterAll } from 'vitest';
import type { ProductHealthConfig } from '../../src/config/config.js';
import { DEFAULT_CONFIG } from '../../src/config/default-config.js';
import { HEALTH_ISSUE_MARKER } from '../../src/issue/issue-marker.js';
import { type ReliabilityFigure, recordFigure } from './record-figure.js';

/** Pieces of text that mean something to Markdown, HTML, GitHub, Liquid, JSON or a decoder. */
export const HOSTILE_FRAGMENTS: readonly string[] = [
  // GitHub mentions and references.
  '@octocat',
  '@github/security-team',
  ' @a-b ',
  '(@ghost)',
  'x@example.org',
  '@',
  '#1',
  '#123',
  '(#42)',
  'o/r#7',
  'GH-42',
  'gh-9',
  'https://github.com/o/r/issues/5',
  'http://www.github.com/o/r/pull/6#issuecomment-1',
  'github.com/o/r/discussions/3',
  'www.github.com/o/r/issues/9',
  '(www.github.com/o/r/pull/10)',
  // HTML and comments, our own hidden comments included.
  '-->',
  '<!--',
  '--!>',
  HEALTH_ISSUE_MARKER,
  '<!-- product-health:state {"version":1,"score":100,"grade":"A"} -->',
  '<!-- product-health:step:vision -->',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</details>',
  '<details open>',
  '<sub>',
  '</sub>',
  '<a href="javascript:alert(1)">x</a>',
  '<!DOCTYPE html>',
  '<?php ?>',
  '&lt;b&gt;',
  '&#64;octocat',
  '&#35;12',
  // Markdown.
  '**bold**',
  '_it_',
  '`',
  '``',
  '```',
  '~~~',
  '\\',
  '\\`',
  '[x](javascript:alert(1))',
  '![i](https://example.org/i.png)',
  '[link]',
  '|',
  '| a | b |',
  '---',
  '===',
  '> quote',
  '- [x] ',
  '- [ ] ',
  '1. ',
  '# ',
  '## Vision',
  '## Feuille de route',
  '## Indicateurs',
  // Templates, JSON, prototypes.
  '{{ report }}',
  '{% raw %}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text `${x}` is the hostile fragment.
  '${x}',
  '__proto__',
  '"}',
  // Emoji, right-to-left text, invisible and bidirectional characters.
  '🎉',
  '👨‍👩‍👧',
  'مرحبا بالعالم',
  'שלום',
  '\u202E',
  '\u2066',
  '\u2069',
  '\u200B',
  '\u2060',
  '\uFEFF',
  // Line ends, controls, lone surrogates, combining marks.
  '\r\n',
  '\n',
  '\r',
  '\t',
  '\u0000',
  '\u0007',
  '\u2028',
  '\uD800',
  '\uDFFF',
  'e\u0301',
];

export const hostileFragment = fc.constantFrom(...HOSTILE_FRAGMENTS);

/** Text mixing hostile fragments with arbitrary characters (any code point) and plain words. */
export function hostileText(options: { maxParts?: number; minParts?: number } = {}): fc.Arbitrary<string> {
  return fc
    .array(
      fc.oneof(
        { weight: 5, arbitrary: hostileFragment },
        { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
        { weight: 1, arbitrary: fc.constantFrom(' ', 'vision', 'usagers', '2027', 'T3 2026', '35 %') },
      ),
      { minLength: options.minParts ?? 0, maxLength: options.maxParts ?? 12 },
    )
    .map((parts) => parts.join(''));
}

/** Hostile text that is never empty once trimmed (titles, labels). */
export function hostileWords(maxParts = 8): fc.Arbitrary<string> {
  return hostileText({ minParts: 1, maxParts }).filter((text) => text.trim() !== '');
}

/**
 * A login as hostile as the fake GitHub lets one be: mention-like, bot-like, reference-like, with
 * HTML or right-to-left characters.
 */
export const hostileLogin = fc.oneof(
  fc.constantFrom('octocat', 'ghost', 'dependabot[bot]', 'team-lead', 'a', '@octocat', '#12', '<b>x</b>'),
  hostileWords(3),
);

// ---------------------------------------------------------------------------------------------
// Checks on rendered Markdown

/** A line with its code spans blanked, the way CommonMark pairs backtick runs (escapes honoured). */
export function blankCodeSpans(line: string): string {
  let out = '';
  let index = 0;
  while (index < line.length) {
    const char = line[index] as string;
    if (char === '\\') {
      out += line.slice(index, index + 2);
      index += 2;
      continue;
    }
    if (char !== '`') {
      out += char;
      index += 1;
      continue;
    }
    let runEnd = index;
    while (line[runEnd] === '`') runEnd += 1;
    const length = runEnd - index;
    let close = -1;
    for (let next = runEnd; next < line.length; ) {
      if (line[next] !== '`') {
        next += 1;
        continue;
      }
      let end = next;
      while (line[end] === '`') end += 1;
      if (end - next === length) {
        close = next;
        break;
      }
      next = end;
    }
    if (close < 0) {
      out += line.slice(index, runEnd);
      index = runEnd;
      continue;
    }
    out += ' ';
    index = close + length;
  }
  return out;
}

/** `](destination)` after an unescaped `]` (an even number of backslashes before it). */
const LINK_DESTINATION = /(?<!\\)(?:\\\\)*\]\(([^\s)]*)\)?/g;

/**
 * What GitHub shows as text: every line with its code spans and link destinations blanked (inside
 * a code span or a link destination, `@name`, `#12` and `<b>` are inert).
 */
export function visibleText(markdown: string): string {
  return markdown
    .split(/\r\n|\r|\n/)
    .map((line) => blankCodeSpans(line).replace(LINK_DESTINATION, '] '))
    .join('\n');
}

/** Link destinations of the Markdown (`[text](destination)`), code spans left out. */
export function linkDestinations(markdown: string): string[] {
  return markdown
    .split(/\r\n|\r|\n/)
    .flatMap((line) => [...blankCodeSpans(line).matchAll(LINK_DESTINATION)].map((m) => m[1] ?? ''));
}

export interface MarkdownAudit {
  /** `@name` GitHub would turn into a mention (a notification). */
  mentions: string[];
  /** `#12`, `GH-12` or issue addresses GitHub would turn into a reference (a backlink). */
  references: string[];
  /** HTML tags, comments or comment ends outside the product's own. */
  html: string[];
  /** Link destinations other than http(s), or pointing at an issue (a backlink). */
  unsafeLinks: string[];
  /** Bidirectional controls, which reorder the text after them. */
  bidi: number;
}

/**
 * Audits rendered Markdown. The product's own markup is allowed only where the templates put it:
 * the marker as the first line, step keys ending a checklist line, the state comment as the last
 * line (or the one before a remembered-ticks comment), `<sub>…</sub>` lines and the `<details>` block.
 */
export function auditMarkdown(markdown: string, options: { issueBody?: boolean } = {}): MarkdownAudit {
  const lines = markdown.split(/\r\n|\r|\n/);
  // The keeper may remember, after the state, the ticks of steps it cannot show this time.
  const ticksLine =
    options.issueBody && /^<!-- product-health:ticked [a-z0-9:,-]* -->$/.test(lines.at(-1) ?? '');
  const stateLine = lines.length - (ticksLine ? 2 : 1);
  const own = lines.map((line, index) => {
    let rest = line;
    if (options.issueBody && index === 0 && rest === HEALTH_ISSUE_MARKER) return '';
    if (ticksLine && index === lines.length - 1) return '';
    if (options.issueBody && index === stateLine) {
      rest = rest.replace(/^<!-- product-health:state \{[^<>]*\} -->$/, '');
    }
    if (options.issueBody && /^- \[[ x]\] /.test(rest)) {
      rest = rest.replace(/ <!-- product-health:step:[a-z0-9][a-z0-9:-]{0,63} -->$/, '');
    }
    // `[\s\S]`, not `.`: a quoted title may hold U+2028, which is no line end to Markdown.
    if (/^(<\/?details>|<summary>[\s\S]*<\/summary>)$/.test(rest)) return '';
    return rest.replace(/^<sub>([\s\S]*)<\/sub>$/, ' $1 ');
  });
  const visible = visibleText(own.join('\n'));
  const unsafeLinks = linkDestinations(own.join('\n')).filter(
    (href) =>
      !/^https?:\/\//i.test(href) ||
      /^https?:\/\/(www\.)?github\.com\/[^/]+\/[^/]+\/(issues|pull|discussions)\/\d/i.test(href),
  );
  return {
    mentions: visible.match(/@[A-Za-z0-9]/g) ?? [],
    references: [
      ...(visible.match(/#\d/g) ?? []),
      ...(visible.match(/\bGH-\d/gi) ?? []),
      // Addresses GitHub links by itself (autolinks), and so cross-references: with a scheme, or `www.`.
      ...(visible.match(/https?:\/\/(?:[^\s/]+\/)+(?:issues|pull|discussions)\/\d/gi) ?? []),
      ...(visible.match(/(?:^|[\s*_~(])www\.(?:[^\s/]+\/)+(?:issues|pull|discussions)\/\d/gim) ?? []),
    ],
    html: visible.match(/<[A-Za-z/!?]|-->|--!>/g) ?? [],
    unsafeLinks,
    bidi: (markdown.match(/[\u202a-\u202e\u2066-\u2069]/g) ?? []).length,
  };
}

/** The audit of Markdown that mentions nobody, references nothing and injects no HTML. */
export const CLEAN: MarkdownAudit = { mentions: [], references: [], html: [], unsafeLinks: [], bidi: 0 };

// ---------------------------------------------------------------------------------------------
// Checks on configurations

const configSchema = JSON.parse(readFileSync('schemas/config.schema.json', 'utf8'));
const schemaAjv = new Ajv({ allErrors: true, strict: false });
// Configured patterns run on RE2 (linear time): what it cannot compile is refused.
schemaAjv.addFormat('regex', (value: string) => {
  try {
    RE2JS.compile(value, RE2JS.CASE_INSENSITIVE);
    return true;
  } catch {
    return false;
  }
});

/** The configuration schema (`schemas/config.schema.json`), for an independent judgement of values. */
export const validateConfigValue = schemaAjv.compile(configSchema);

/**
 * What is wrong with a resolved configuration: every key of the defaults present with the same
 * kind of value, and the whole valid against the schema. Empty when it is complete and valid.
 */
export function configDefects(config: ProductHealthConfig): string[] {
  const defects: string[] = [];
  const walk = (expected: unknown, actual: unknown, path: string) => {
    if (Array.isArray(expected)) {
      if (!Array.isArray(actual)) defects.push(`${path} is not an array`);
      return;
    }
    if (typeof expected === 'object' && expected !== null) {
      if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) {
        defects.push(`${path} is not a mapping`);
        return;
      }
      for (const [key, value] of Object.entries(expected)) {
        if (!Object.hasOwn(actual, key)) defects.push(`${path}.${key} is missing`);
        else walk(value, (actual as Record<string, unknown>)[key], `${path}.${key}`);
      }
      return;
    }
    // A null default means "detected unless set": its type is the schema's to check, below.
    if (expected === null) return;
    if (typeof actual !== typeof expected) defects.push(`${path} is a ${typeof actual}`);
  };
  walk(DEFAULT_CONFIG, config, 'config');
  if (!validateConfigValue(config)) {
    for (const error of validateConfigValue.errors ?? []) {
      defects.push(`${error.instancePath || '/'} ${error.message ?? 'is invalid'}`);
    }
  }
  return defects;
}

/** The value at a dotted path, undefined when absent. */
export function valueAt(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** An object holding `value` at a dotted path. */
export function objectAt(path: string, value: unknown): Record<string, unknown> {
  return path
    .split('.')
    .reverse()
    .reduce<unknown>((inner, key) => ({ [key]: inner }), value) as Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------
// Runs and figures

/** Milliseconds, rounded to a tenth. */
export function roundMs(ms: number): number {
  return Math.round(ms * 10) / 10;
}

/** Throws from the code under test, counted before fast-check reports them. */
export interface CrashCount {
  crashes: number;
}

/** Calls the code under test, counting a throw as a crash (then rethrowing it). */
export function guarded<T>(count: CrashCount, run: () => T): T {
  try {
    const result = run();
    if (result instanceof Promise) {
      return result.catch((error: unknown) => {
        count.crashes += 1;
        throw error;
      }) as T;
    }
    return result;
  } catch (error) {
    count.crashes += 1;
    throw error;
  }
}

/**
 * Runs a property with a fixed seed (fast-check prints the seed and the shrunk input on failure)
 * and measures it: runs, crashes, mean milliseconds per run. Never asserts on time.
 */
export async function runProperty<Ts>(
  options: { seed: number; numRuns: number },
  property: (count: CrashCount) => fc.IRawProperty<Ts, boolean>,
): Promise<{ cases: number; crashes: number; msPerRun: number }> {
  const count: CrashCount = { crashes: 0 };
  const started = performance.now();
  await fc.assert(property(count) as fc.IAsyncProperty<Ts>, options);
  return {
    cases: options.numRuns,
    crashes: count.crashes,
    msPerRun: roundMs((performance.now() - started) / options.numRuns),
  };
}

/**
 * What every hostile-input file shares: its seed and file name, the figures it collects (recorded
 * for RELIABILITY.md once the file's tests are done), `measure` to run a property with that seed,
 * and `command` naming the vitest invocation that reproduces one test.
 */
export function hostileSuite(file: string, seed: number) {
  const figures: ReliabilityFigure[] = [];
  afterAll(() => {
    for (const figure of figures) recordFigure(figure);
  });
  return {
    figures,
    measure: <Ts>(numRuns: number, property: (count: CrashCount) => fc.IRawProperty<Ts, boolean>) =>
      runProperty({ seed, numRuns }, property),
    command: (test: string) => `npx vitest run ${file} -t "${test}"`,
  };
}
