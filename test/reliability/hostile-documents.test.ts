/**
 * Hostile product documents (vision, indicators, roadmap, README sections) through the document
 * analysis and full scans — an in-memory snapshot, the fake GitHub, a local folder: huge files,
 * binary files, odd encodings, one-megabyte lines. No crash, bounded output, a well-formed report.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Octokit } from '@octokit/rest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { limitText, MAX_TEXT_BYTES } from '../../src/collect/limit-text.js';
import { analyzeIndicators } from '../../src/documents/indicator-analysis.js';
import { markdownSections, plainLines } from '../../src/documents/markdown-sections.js';
import { analyzeRoadmap, ROADMAP_COMPONENTS } from '../../src/documents/roadmap-analysis.js';
import { VISION_ITEMS, visionChecklist } from '../../src/documents/vision-checklist.js';
import { GitHubClient } from '../../src/github/github-client.js';
import { createGitHubSource } from '../../src/github/github-source.js';
import { nextIssueState, readIssueState } from '../../src/issue/issue-state.js';
import { MAX_BODY_CHARS, renderIssueBody } from '../../src/issue/render-issue-body.js';
import { available } from '../../src/model/part.js';
import type { FileContent } from '../../src/model/raw-snapshot.js';
import { renderReport } from '../../src/render/render-report.js';
import type { Report } from '../../src/report/report.js';
import { scanGitHubRepository } from '../../src/scan/scan-github-repository.js';
import { scanRepository } from '../../src/scan/scan-repository.js';
import { createLocalSource } from '../../src/sources/local/local-source.js';
import type { Source } from '../../src/sources/source.js';
import { INDICATORS_FR, ROADMAP_FR } from '../helpers/document-texts.js';
import { type FakeFile, SILENT_LOG } from '../helpers/fake-github.js';
import { FULL_NAME, GITHUB_NOW, NAME, OWNER, productGitHubSpec } from '../helpers/product-github-spec.js';
import { VISION_FR } from '../helpers/product-repo.js';
import { validateReport } from '../helpers/report-schema.js';
import { buildSnapshot, DEFAULT_NOW } from '../helpers/snapshot-builder.js';
import { useFakeGitHub } from '../helpers/use-fake-github.js';
import {
  auditMarkdown,
  CLEAN,
  type CrashCount,
  guarded,
  HOSTILE_FRAGMENTS,
  hostileFragment,
  hostileSuite,
  hostileText,
} from './hostile-arbitraries.js';

const SEED = 640_002;
const FILE = 'test/reliability/hostile-documents.test.ts';
/** What a report may weigh whatever the documents hold: nine signals, ten pieces of evidence each, excerpts. */
const MAX_REPORT_CHARS = 150_000;

const fakeGitHub = useFakeGitHub();
const { figures, measure, command } = hostileSuite(FILE, SEED);

// ---------------------------------------------------------------------------------------------
// Arbitraries

const DOCUMENT_LINES = [...VISION_FR.split('\n'), ...ROADMAP_FR.split('\n'), ...INDICATORS_FR.split('\n')];

const HEADINGS = [
  'Vision',
  'Notre vision',
  'Raison d’être',
  'Feuille de route',
  'Roadmap',
  'Prochaines étapes',
  'Indicateurs',
  'Impact',
  'KPIs',
  'Objectifs',
  'Calendrier',
  'Support',
  'Contact',
  '2.1 🎯 **Vision**',
];

/** One line of a hostile Markdown document. */
const markdownLine = fc.oneof(
  { weight: 3, arbitrary: hostileText({ maxParts: 6 }) },
  fc
    .tuple(fc.integer({ min: 1, max: 7 }), fc.constantFrom(...HEADINGS), hostileText({ maxParts: 2 }))
    .map(([level, heading, rest]) => `${'#'.repeat(level)} ${heading}${rest}`),
  fc.constantFrom(...HEADINGS).map((heading) => `<h2>${heading}</h2>`),
  fc.constantFrom(...DOCUMENT_LINES),
  fc.constantFrom('```', '~~~', '---', '...', '===', '<!--', '-->', '| a | b |', '', '    code'),
  fc.constantFrom(
    '- [ ] Préciser qui sont les utilisateurs',
    '- [x] T3 2027 : ouverture',
    '* [X] 40 % en 2030',
  ),
  fc
    .tuple(fc.constantFrom('- ', '* ', '1. ', '> ', '    ', '\t'), hostileText({ maxParts: 4 }))
    .map(([lead, text]) => lead + text),
);

/** A hostile Markdown document, any line ends. */
const hostileMarkdown = fc
  .tuple(fc.array(markdownLine, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([lines, end]) => lines.join(end));

/** Units repeated into one-megabyte lines: those that make a careless regular expression backtrack. */
const HUGE_UNITS = [
  ' ',
  '\t',
  ' \t',
  '<',
  '<!--',
  '[a](',
  '![',
  '[',
  '(',
  '1 ',
  '1',
  '2026 ',
  '1. ',
  '1.',
  '#',
  ' #',
  '# a ',
  'a',
  'é',
  '🎉',
  '\uD800',
  '@octocat ',
  '-->',
  '`',
  '*',
  '_',
  '|',
  'de 1 ',
  'http://',
  'https://x.y/',
  '{%',
  '<h1>',
  '</h1>',
  '- ',
  '> ',
  '\\',
  'T3 2027 ',
  'dans 3 mois ',
  '`a',
  'a`',
  '## a\n',
  'http://a/b/',
];

/**
 * How to write a line of about one megabyte (UTF-8): a prefix (heading, list marker…) and a unit
 * repeated. A recipe, not the line, so that a failure prints a few words, not a megabyte.
 */
const hugeLineRecipe = fc.record({
  prefix: fc.constantFrom('', '# ', '## Vision ', '## Feuille de route ', '- ', '> ', '1. ', '<h2>'),
  unit: fc.oneof(fc.constantFrom(...HUGE_UNITS), hostileFragment),
  bytes: fc.integer({ min: 300_000, max: 1_100_000 }),
});
type HugeLine = { prefix: string; unit: string; bytes: number };

function hugeLine({ prefix, unit, bytes }: HugeLine): string {
  return prefix + unit.repeat(Math.ceil(bytes / Math.max(1, Buffer.byteLength(unit))));
}

/** A document: hostile Markdown, possibly with a one-megabyte line inside (as a recipe). */
type Document = string | { before: string; line: HugeLine; after: string };
const hostileDocument: fc.Arbitrary<Document> = fc.oneof(
  { weight: 3, arbitrary: hostileMarkdown },
  fc.record({ before: hostileMarkdown, line: hugeLineRecipe, after: hostileMarkdown }),
);

function documentText(document: Document): string {
  return typeof document === 'string'
    ? document
    : `${document.before}\n${hugeLine(document.line)}\n${document.after}`;
}

// ---------------------------------------------------------------------------------------------
// Checks

interface Bounds {
  jsonChars: number;
  markdownChars: number;
  bodyChars: number;
}

/** Renders a scanned report every way and checks each rendering; returns the sizes. */
function expectWellFormed(report: Report, count: CrashCount): Bounds {
  const [markdown, json, text] = guarded(count, () =>
    (['markdown', 'json', 'text'] as const).map((format) => renderReport(report, format)),
  );
  expect(validateReport(JSON.parse(json as string)), JSON.stringify(validateReport.errors)).toBe(true);
  expect(auditMarkdown(markdown as string)).toEqual(CLEAN);
  expect((json as string).length).toBeLessThanOrEqual(MAX_REPORT_CHARS);
  expect((markdown as string).length).toBeLessThanOrEqual(MAX_REPORT_CHARS);
  expect((text as string).length).toBeLessThanOrEqual(MAX_REPORT_CHARS);
  const state = nextIssueState(null, report, new Date(report.generatedAt));
  const { body } = guarded(count, () => renderIssueBody(report, state, { ticked: new Set() }));
  expect(body.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
  expect(readIssueState(body)).toEqual(state);
  expect(auditMarkdown(body, { issueBody: true })).toEqual(CLEAN);
  for (const signal of report.signals) {
    for (const evidence of signal.evidence) expect(evidence.ref.length).toBeLessThanOrEqual(2_500);
  }
  return {
    jsonChars: (json as string).length,
    markdownChars: (markdown as string).length,
    bodyChars: body.length,
  };
}

function grow(max: Bounds, next: Bounds): void {
  max.jsonChars = Math.max(max.jsonChars, next.jsonChars);
  max.markdownChars = Math.max(max.markdownChars, next.markdownChars);
  max.bodyChars = Math.max(max.bodyChars, next.bodyChars);
}

/** A scan of these files, read the way a collector reads them (cut to the size limit). */
async function scanFiles(files: Record<string, string>, config: string | null = null): Promise<Report> {
  const contents: Record<string, FileContent> = {};
  for (const [path, text] of Object.entries(files)) {
    const { text: kept, truncated } = limitText(text);
    contents[path] = { text: kept, lastChangedAt: '2026-05-01T00:00:00Z', truncated };
  }
  const snapshot = buildSnapshot({
    files: available(Object.keys(files)),
    contents: Object.fromEntries(Object.entries(contents).map(([path, c]) => [path, available(c)])),
  });
  const source: Source = {
    kind: 'github',
    readConfig: async () => (config === null ? null : { file: '.github/product-health.yml', text: config }),
    collect: async () => snapshot,
  };
  return scanRepository(source, { now: new Date(DEFAULT_NOW) });
}

// ---------------------------------------------------------------------------------------------

describe('hostile product documents', () => {
  it('the document analysis: any Markdown, any line ends, never a throw, evidence stays short', async () => {
    let sections = 0;
    const result = await measure(200, (count) =>
      fc.property(hostileMarkdown, (markdown) => {
        const now = new Date(DEFAULT_NOW);
        const found = guarded(count, () => markdownSections(markdown));
        const lines = guarded(count, () => plainLines(markdown));
        const indicators = guarded(count, () => analyzeIndicators(markdown));
        const roadmap = guarded(count, () => analyzeRoadmap(markdown, now));
        const vision = guarded(count, () => visionChecklist(markdown));
        sections += found.length;
        const lineCount = markdown.split(/\r?\n/).length;
        for (const section of found) {
          expect(section.level).toBeGreaterThanOrEqual(1);
          expect(section.level).toBeLessThanOrEqual(6);
          expect(section.line).toBeGreaterThanOrEqual(1);
          expect(section.line).toBeLessThanOrEqual(lineCount);
        }
        for (const line of lines) expect(line.plain).toBe(line.plain.trim());
        const quoted = [
          ...Object.values(indicators.kindEvidence),
          indicators.objectiveEvidence ?? '',
          ...indicators.targets,
          ...Object.values(roadmap.evidence),
          ...Object.values(vision.evidence),
        ];
        for (const text of quoted) expect([...(text ?? '')].length).toBeLessThanOrEqual(300);
        expect(indicators.targets.length).toBeLessThanOrEqual(3);
        expect(roadmap.components.every((c) => ROADMAP_COMPONENTS.includes(c))).toBe(true);
        expect(vision.covered.every((item) => VISION_ITEMS.includes(item))).toBe(true);
        if (roadmap.horizonMonths !== null) expect(Number.isFinite(roadmap.horizonMonths)).toBe(true);
      }),
    );
    expect(sections).toBeGreaterThan(100);
    figures.push({
      area: 'hostile input',
      tried: 'documents: analysis of hostile Markdown (sections, lines, vision, indicators, roadmap)',
      figures: { ...result, sections },
      command: command('the document analysis'),
    });
  });

  it('one-megabyte lines: cut at the size limit, analysed in one pass, the scan completes', async () => {
    const max: Bounds = { jsonChars: 0, markdownChars: 0, bodyChars: 0 };
    let slowestMs = 0;
    const result = await measure(50, (count) =>
      fc.asyncProperty(
        hugeLineRecipe,
        fc.constantFrom('VISION.md', 'README.md', 'ROADMAP.md', 'INDICATEURS.md'),
        async (recipe, path) => {
          const line = hugeLine(recipe);
          const { text, truncated } = limitText(line);
          expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_TEXT_BYTES);
          expect(truncated).toBe(Buffer.byteLength(line.replace(/^\uFEFF/, '')) > MAX_TEXT_BYTES);
          const started = performance.now();
          guarded(count, () => {
            markdownSections(text);
            plainLines(text);
            analyzeIndicators(text);
            analyzeRoadmap(text, new Date(DEFAULT_NOW));
            visionChecklist(text);
          });
          const document =
            path === 'README.md' ? `# Produit\n\n## Vision\n${line}\n\n## Feuille de route\n${line}\n` : line;
          const report = await guarded(count, () =>
            scanFiles({ 'README.md': '# Produit\n', [path]: document, 'docs/indicateurs.md': line }),
          );
          slowestMs = Math.max(slowestMs, performance.now() - started);
          grow(max, expectWellFormed(report, count));
        },
      ),
    );
    figures.push({
      area: 'hostile input',
      tried: 'documents: one-megabyte lines of backtracking bait (spaces, `<`, `[a](`, `<!--`, digits…)',
      figures: {
        ...result,
        slowestMs: Math.round(slowestMs),
        maxJsonChars: max.jsonChars,
        maxBodyChars: max.bodyChars,
      },
      command: command('one-megabyte lines'),
    });
  });

  it('a scanned snapshot of hostile documents: the report is bounded and well-formed', async () => {
    const max: Bounds = { jsonChars: 0, markdownChars: 0, bodyChars: 0 };
    let found = 0;
    const result = await measure(100, (count) =>
      fc.asyncProperty(
        fc.record({
          readme: hostileDocument,
          vision: hostileDocument,
          roadmap: hostileMarkdown,
          indicators: hostileMarkdown,
          sheet: hostileMarkdown,
          declared: fc.array(
            fc.oneof(
              hostileText({ minParts: 1, maxParts: 3 }),
              fc.constantFrom(
                'README.md#vision',
                'docs/produit.md#Feuille de route',
                'https://stats.example.org/@octocat',
              ),
            ),
            { maxLength: 2 },
          ),
        }),
        async ({ readme: readmeDocument, vision: visionDocument, roadmap, indicators, sheet, declared }) => {
          const readme = documentText(readmeDocument);
          const vision = documentText(visionDocument);
          const config = JSON.stringify({ documents: { vision: declared, roadmap: declared } });
          const report = await guarded(count, () =>
            scanFiles(
              {
                'README.md': readme,
                'VISION.md': vision,
                'docs/roadmap/2026.md': roadmap,
                'INDICATEURS.md': indicators,
                'docs/produit.md': sheet,
                '.github/workflows/deploy.yml': `name: ${JSON.stringify(vision.slice(0, 200))}\non: push\njobs:\n  deploy:\n    environment: production\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./deploy.sh\n`,
                '.github/ISSUE_TEMPLATE/retour.md': sheet,
              },
              config,
            ),
          );
          for (const kind of ['vision', 'indicators', 'roadmap'] as const) {
            const signal = report.signals.find((s) => s.id === kind);
            expect(signal?.status).not.toBe('unknown');
          }
          found += report.signals.filter(
            (s) => ['vision', 'roadmap', 'indicators'].includes(s.id) && s.status !== 'fail',
          ).length;
          grow(max, expectWellFormed(report, count));
        },
      ),
    );
    figures.push({
      area: 'hostile input',
      tried:
        'documents: full scan of a snapshot of hostile README, vision, roadmap, indicators, workflow, template',
      figures: {
        ...result,
        documentSignalsNotFailing: found,
        maxJsonChars: max.jsonChars,
        maxBodyChars: max.bodyChars,
      },
      command: command('a scanned snapshot'),
    });
  });

  it('through the fake GitHub: binary, NUL bytes, byte-order marks, lone surrogates, huge files', async () => {
    const max: Bounds = { jsonChars: 0, markdownChars: 0, bodyChars: 0 };
    let binaryFiles = 0;
    const oddFile: fc.Arbitrary<FakeFile> = fc.oneof(
      fc.constant<FakeFile>({ binary: true }),
      fc.constant<FakeFile>({ binary: true, size: 50_000_000 }),
      hostileMarkdown.map((text) => `${text}\u0000\u0000${text}`),
      hostileMarkdown.map((text) => `\uFEFF${text}`),
      hostileMarkdown.map((text) => `\uFFFE${[...text].join('\u0000')}`),
      // Latin-1 bytes read as UTF-8, and Mojibake.
      hostileMarkdown.map(
        (text) => `${Buffer.from(`Vision : améliorer l’accès ${text}`, 'latin1').toString('utf8')}Ã©`,
      ),
      hostileMarkdown.map((text) => `## Vision\n\uD800${text}\uDFFF\uDC00x`),
      hugeLineRecipe.map((line) => ({ text: hugeLine(line).slice(0, 600_000), truncated: true })),
      hostileMarkdown,
    );
    const result = await measure(50, (count) =>
      fc.asyncProperty(
        fc.record({
          readme: oddFile,
          vision: oddFile,
          roadmap: oddFile,
          indicators: oddFile,
          stats: oddFile,
        }),
        async (files) => {
          binaryFiles += Object.values(files).filter((f) => typeof f !== 'string' && f.binary).length;
          const spec = productGitHubSpec({ releases: 3, feedbackIssues: 3 });
          spec.files = {
            ...spec.files,
            'README.md': files.readme,
            'VISION.md': files.vision,
            'ROADMAP.md': files.roadmap,
            'docs/indicateurs.md': files.indicators,
            'STATS.md': files.stats,
          };
          const github = fakeGitHub.serve([spec]);
          const octokit = new Octokit({ auth: 'token', log: SILENT_LOG });
          const source = createGitHubSource({ client: new GitHubClient(octokit), owner: OWNER, repo: NAME });
          const { report, issue } = await guarded(count, () =>
            scanGitHubRepository(source, { now: new Date(GITHUB_NOW), writeIssue: true, dryRun: false }),
          );
          expect(issue?.action).toBe('created');
          grow(max, expectWellFormed(report, count));
          const written = (github.repository(FULL_NAME).issues ?? []).find((i) =>
            i.body?.includes('product-health:issue'),
          );
          expect(written?.body?.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
          const expected = nextIssueState(null, report, new Date(GITHUB_NOW));
          expect(isDeepStrictEqual(readIssueState(written?.body ?? null), expected)).toBe(true);
          expect(auditMarkdown(written?.body ?? '', { issueBody: true })).toEqual(CLEAN);
        },
      ),
    );
    expect(binaryFiles).toBeGreaterThan(5);
    figures.push({
      area: 'hostile input',
      tried:
        'documents: full GitHub scan (fake GitHub) of binary, NUL, BOM, Latin-1, lone-surrogate and huge files',
      figures: { ...result, binaryFiles, maxJsonChars: max.jsonChars, maxBodyChars: max.bodyChars },
      command: command('through the fake GitHub'),
    });
  });

  it('in a local folder: UTF-16, Latin-1, NUL bytes, CRLF and one-megabyte lines as raw bytes', async () => {
    const max: Bounds = { jsonChars: 0, markdownChars: 0, bodyChars: 0 };
    const encoded = (text: string, encoding: string): Buffer => {
      switch (encoding) {
        case 'utf16le-bom':
          return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
        case 'utf16be-bom':
          return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
        case 'latin1':
          return Buffer.from(text, 'latin1');
        case 'utf8-bom':
          return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
        case 'crlf':
          return Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8');
        case 'nul':
          return Buffer.from(`${text}\u0000`, 'utf8');
        default:
          return Buffer.from(text, 'utf8');
      }
    };
    const declaredConfig = fc
      .array(
        fc.oneof(
          hostileText({ minParts: 1, maxParts: 3 }),
          fc.constantFrom('README.md#vision', 'ROADMAP.md'),
        ),
        {
          maxLength: 3,
        },
      )
      .map((paths) => JSON.stringify({ documents: { vision: paths, roadmap: paths } }));
    const encoding = fc.constantFrom(
      'utf8',
      'utf8-bom',
      'utf16le-bom',
      'utf16be-bom',
      'latin1',
      'crlf',
      'nul',
    );
    const result = await measure(25, (count) =>
      fc.asyncProperty(
        fc.tuple(hostileDocument, encoding),
        fc.tuple(hostileDocument, encoding),
        fc.tuple(hostileMarkdown, encoding),
        fc.tuple(fc.oneof(hostileMarkdown, declaredConfig), encoding, fc.constantFrom(...HOSTILE_FRAGMENTS)),
        async (
          [readmeDocument, readmeEncoding],
          [visionDocument, visionEncoding],
          roadmap,
          [config, configEncoding, fragment],
        ) => {
          const readme = [documentText(readmeDocument), readmeEncoding] as const;
          const vision = [documentText(visionDocument), visionEncoding] as const;
          const dir = mkdtempSync(join(tmpdir(), 'ph-hostile-'));
          try {
            writeFileSync(join(dir, 'README.md'), encoded(`# Produit\n## Vision\n${readme[0]}`, readme[1]));
            writeFileSync(join(dir, 'VISION.md'), encoded(vision[0], vision[1]));
            writeFileSync(join(dir, 'ROADMAP.md'), encoded(roadmap[0], roadmap[1]));
            mkdirSync(join(dir, '.github'));
            writeFileSync(join(dir, '.github/product-health.yml'), encoded(config, configEncoding));
            // A document whose very path is hostile (a file name may hold anything but `/` and NUL).
            mkdirSync(join(dir, 'docs'));
            writeFileSync(join(dir, 'docs', `roadmap ${fragment.replace(/[/\0]/g, '_')}.md`), fragment);
            const report = await guarded(count, () =>
              scanRepository(createLocalSource(dir), { now: new Date(DEFAULT_NOW) }),
            );
            expect(report.repository.source).toBe('local');
            grow(max, expectWellFormed(report, count));
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        },
      ),
    );
    figures.push({
      area: 'hostile input',
      tried: 'documents: local folder scan of UTF-16, Latin-1, BOM, NUL, CRLF and one-megabyte-line files',
      figures: { ...result, maxJsonChars: max.jsonChars, maxBodyChars: max.bodyChars },
      command: command('in a local folder'),
    });
  });
});
