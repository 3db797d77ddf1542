import { describe, expect, it } from 'vitest';
import { productsOf } from '../../src/compare/assemble-comparison.js';
import { storedRow } from '../../src/compare/comparison-rows.js';
import { mergeComparisons, parseComparison } from '../../src/compare/merge-comparisons.js';
import type { ComparedRepositoryNode } from '../../src/compare/queries/compare-queries.js';
import { parseProductGroups, parseRepositoryList } from '../../src/compare/read-product-groups.js';
import { renderComparisonMarkdown } from '../../src/compare/render-comparison.js';
import { renderComparisonCsv } from '../../src/compare/render-comparison-csv.js';
import { parseShard, selectShard } from '../../src/compare/shard.js';
import { HEALTH_ISSUE_MARKER } from '../../src/issue/issue-marker.js';
import { stateComment } from '../../src/issue/issue-state.js';
import { renderOverviewBody } from '../../src/overview/overview-body.js';
import {
  comparisonOf,
  FIXTURE_NOW,
  hostileRow,
  sampleComparison,
  sampleRows,
} from '../helpers/comparison-fixture.js';

const NOW = new Date(FIXTURE_NOW);
const STATE = stateComment({
  version: 1,
  score: 71,
  grade: 'B',
  pillars: { team: 80, users: 62, impact: null, iteration: 70, vision: 75 },
  signals: {
    'deployment-frequency': 'pass',
    'release-cadence': 'warn',
    vision: 'pass',
    indicators: 'unknown',
    roadmap: 'fail',
    'feedback-handling': 'warn',
    'feedback-channel': 'pass',
    'team-continuity': 'pass',
    'delivery-automation': 'pass',
  },
  history: [
    {
      date: '2026-05-01',
      score: 60,
      pillars: { team: 70, users: 50, impact: null, iteration: 60, vision: 60 },
    },
    {
      date: '2026-06-10',
      score: 71,
      pillars: { team: 80, users: 62, impact: null, iteration: 70, vision: 75 },
    },
  ],
});

function node(
  overrides: Partial<ComparedRepositoryNode> = {},
  updatedAt = '2026-06-12T08:00:00Z',
): ComparedRepositoryNode {
  return {
    nameWithOwner: 'beta-example/domifa',
    url: 'https://github.com/beta-example/domifa',
    isArchived: false,
    isFork: false,
    repositoryTopics: { nodes: [{ topic: { name: 'social' } }] },
    configFile: { text: 'product: Domifa\n' },
    healthIssues: {
      nodes: [
        {
          number: 3,
          url: 'https://github.com/beta-example/domifa/issues/3',
          state: 'OPEN',
          updatedAt,
          body: 'no marker',
        },
        {
          number: 7,
          url: 'https://github.com/beta-example/domifa/issues/7',
          state: 'CLOSED',
          updatedAt,
          body: `${HEALTH_ISSUE_MARKER}\n# Santé produit\n${STATE}`,
        },
      ],
    },
    ...overrides,
  };
}

describe('storedRow', () => {
  const options = { now: NOW, maxAgeDays: 7, label: 'product-health' };

  it('reads scores, signals, history and the product from the marked issue when fresh', () => {
    const row = storedRow(node(), options);
    expect(row).toMatchObject({
      repository: 'beta-example/domifa',
      product: 'Domifa',
      topics: ['social'],
      overall: { score: 71, grade: 'B' },
      issue: { number: 7, state: 'closed' },
      origin: 'stored',
    });
    expect(row?.pillars.impact).toEqual({ score: null, grade: null });
    // indicators is unknown: the overall grade rests on fewer signals than apply; team does not.
    expect(row?.overall.partial).toBe(true);
    expect(row?.pillars.team.partial).toBeUndefined();
    expect(row?.signals.roadmap).toBe('fail');
    expect(row?.history.map((entry) => entry.score)).toEqual([60, 71]);
  });

  it('is null (scan it) when stale, unmarked, unreadable or under another label', () => {
    expect(storedRow(node({}, '2026-06-01T12:00:00Z'), options)).toBeNull();
    expect(storedRow(node(), { ...options, maxAgeDays: 0 })).toBeNull();
    // --rescan (0 days) scans even an issue dated after `--now`.
    expect(storedRow(node({}, '2026-06-20T08:00:00Z'), { ...options, maxAgeDays: 0 })).toBeNull();
    expect(storedRow(node({}, '2026-06-20T08:00:00Z'), options)).not.toBeNull();
    expect(storedRow(node({ healthIssues: { nodes: [] } }), options)).toBeNull();
    const broken = node();
    const issue = broken.healthIssues.nodes?.[1];
    if (issue) issue.body = `${HEALTH_ISSUE_MARKER}\n<!-- product-health:state {not json -->`;
    expect(storedRow(broken, options)).toBeNull();
    expect(storedRow(node({ configFile: { text: 'issue:\n  label: santé\n' } }), options)).toBeNull();
  });

  it('takes the mapping file’s product over the configuration’s', () => {
    expect(storedRow(node(), { ...options, product: 'Autre' })?.product).toBe('Autre');
  });
});

describe('products', () => {
  it('takes each pillar’s best-known score among the product’s repositories', () => {
    const rows = sampleRows(9);
    const products = productsOf(rows);
    expect(products.map((p) => p.name)).toEqual(['Carte des chantiers', 'Inclusion']);
    for (const product of products) {
      const members = rows.filter((row) => row.product === product.name);
      expect(product.repositories).toEqual(members.map((row) => row.repository));
      const best = Math.max(
        ...members.flatMap((row) => (row.pillars.team.score === null ? [] : [row.pillars.team.score])),
      );
      expect(product.pillars.team.score).toBe(best);
    }
  });
});

describe('shards', () => {
  it('parses I/N and refuses anything else', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '1/0', 'a/b', '1/300', '']) expect(parseShard(bad)).toBeNull();
  });

  it('splits any list into disjoint shares that cover it', () => {
    const names = Array.from({ length: 23 }, (_, i) => `o/r${i}`);
    const shares = [1, 2, 3, 4].map((index) => selectShard(names, (n) => n, { index, count: 4 }));
    expect(shares.flat().sort()).toEqual([...names].sort());
    expect(new Set(shares.flat()).size).toBe(names.length);
  });
});

describe('merge', () => {
  it('refuses a file that is not a comparison, saying which and why', () => {
    expect(() => parseComparison('{"rows": []}', 'shard-1.json')).toThrow(
      /shard-1\.json: not a product-health comparison/,
    );
    expect(() => parseComparison('nope', 'x.json')).toThrow(/x\.json: not JSON/);
  });

  it('gives back the comparison it was split from', () => {
    const whole = sampleComparison(9);
    const halves = [whole.rows.slice(0, 4), whole.rows.slice(4)].map((rows) => ({
      ...comparisonOf(rows),
      scope: { kind: 'owner' as const, owner: whole.scope.owner, shards: 1, shard: null },
    }));
    const { comparison } = mergeComparisons(halves.map((half) => parseComparison(JSON.stringify(half), 'f')));
    const { cost, scope, ...rest } = comparison;
    const { cost: c, scope: s, ...expected } = whole;
    expect(rest).toEqual(expected);
    expect(scope.shards).toBe(2);
  });
});

describe('renderers', () => {
  it('CSV: one line per repository, formula-looking cells neutralised', () => {
    const rows = sampleRows(3);
    const first = rows[0];
    if (first) first.product = '=HYPERLINK("http://evil.example","x")';
    const csv = renderComparisonCsv(comparisonOf(rows)).trimEnd().split('\n');
    expect(csv).toHaveLength(4);
    expect(csv.join('\n')).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
  });

  it('Markdown and the overview issue: escaped, no mention, no reference, no HTML', () => {
    const rows = [...sampleRows(4), hostileRow()];
    const row = rows[0];
    if (row) row.product = '@admins #12 **gras**';
    for (const text of [
      renderComparisonMarkdown(comparisonOf(rows), 'fr'),
      renderOverviewBody(comparisonOf(rows), 'beta-example', 'en').body,
    ]) {
      expect(text).not.toMatch(/<(img|script|iframe|svg|b)\b/i);
      expect(text).not.toMatch(/(^|[^\w\u2060])@admins/);
      expect(text).not.toMatch(/(^|\s)#12\b/);
      expect(text).not.toContain('javascript:');
      expect(text).toContain('\\*\\*gras\\*\\*');
    }
  });

  it('the overview issue stays under GitHub’s limit with a note when rows are left out', () => {
    const many = comparisonOf(
      Array.from(
        { length: 600 },
        (_, i) => ({ ...sampleRows(2)[0], repository: `beta-example/r${i}` }) as never,
      ),
    );
    const { body, omittedRows } = renderOverviewBody(many, 'beta-example', 'fr');
    expect(body.length).toBeLessThanOrEqual(60_000);
    expect(omittedRows).toBeGreaterThan(0);
    expect(body).toContain(`${omittedRows} autres dépôts`);
    expect(renderOverviewBody(sampleComparison(9), 'beta-example', 'fr').body).toBe(
      renderOverviewBody(sampleComparison(9), 'beta-example', 'fr').body,
    );
  });
});

describe('inputs', () => {
  it('reads a product mapping and refuses a repository under two products', () => {
    const groups = parseProductGroups(
      'Inclusion: [beta-example/emplois, https://github.com/beta-example/dora]\n',
      'g.yml',
    );
    expect([...groups]).toEqual([
      ['beta-example/emplois', 'Inclusion'],
      ['beta-example/dora', 'Inclusion'],
    ]);
    expect(() => parseProductGroups('A: [o/r]\nB: [o/r]\n', 'g.yml')).toThrow(/both "A" and "B"/);
    expect(() => parseProductGroups('A: o/r\n', 'g.yml')).toThrow(/must list repositories/);
    expect(() => parseProductGroups('[1, 2]', 'g.yml')).toThrow(/product names as keys/);
  });

  it('reads a repository list with comments, commas and duplicates', () => {
    expect(parseRepositoryList('# coachs\no/a, o/b\n\nO/A\n', 'list.txt')).toEqual(['o/a', 'o/b']);
    expect(() => parseRepositoryList('not a repo', 'list.txt')).toThrow(/"not a repo" is not OWNER\/REPO/);
  });
});
