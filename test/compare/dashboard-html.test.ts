import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/compare/comparison.js';
import { jsonForScript, renderComparisonHtml } from '../../src/compare/render-comparison-html.js';
import { scoreChange, sparklineSvg, sparklineText } from '../../src/compare/sparkline.js';
import { PILLARS } from '../../src/model/pillars.js';
import { labelsFor } from '../../src/render/labels.js';
import { SIGNALS } from '../../src/signals/index.js';
import {
  comparisonOf,
  HOSTILE_NAME,
  hostileRow,
  sampleComparison,
  sampleRows,
} from '../helpers/comparison-fixture.js';

/** Elements the page is made of; anything else in the markup came from data that escaped escaping. */
const PAGE_ELEMENTS = new Set(
  'html head meta title style body header div h1 h2 h3 button span p time main form label input select option table caption thead tbody tr th td ul li dl dt dd a svg path circle section script'.split(
    ' ',
  ),
);

function render(comparison: Comparison, language: 'fr' | 'en' = 'fr'): string {
  return renderComparisonHtml(comparison, { language });
}

/** The markup with the inline style, script and JSON bodies blanked out. */
function markupOnly(html: string): string {
  return html.replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2>)/gi, '$1$3');
}

function tagNames(html: string): Set<string> {
  return new Set(
    [...markupOnly(html).matchAll(/<([a-zA-Z][\w-]*)/g)].map((match) => match[1]?.toLowerCase() ?? ''),
  );
}

function embeddedMessages(html: string): { json: string; value: Record<string, { fr: string; en: string }> } {
  const json = /<script type="application\/json" id="messages">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (json === undefined) throw new Error('no embedded messages');
  return { json, value: JSON.parse(json) };
}

function inlineBody(html: string, element: 'style' | 'script'): string {
  const body = new RegExp(`<${element}>([\\s\\S]*?)</${element}>`).exec(html)?.[1];
  if (body === undefined) throw new Error(`no inline ${element}`);
  return body;
}

/** Undoes Liquid's `escape` filter. */
function unescapeHtml(text: string): string {
  const entities: Record<string, string> = {
    '&#34;': '"',
    '&#39;': "'",
    '&lt;': '<',
    '&gt;': '>',
    '&amp;': '&',
  };
  return text.replace(/&#34;|&#39;|&lt;|&gt;|&amp;/g, (entity) => entities[entity] ?? entity);
}

describe('renderComparisonHtml', () => {
  const comparison = sampleComparison(9);
  const html = render(comparison);

  it('has one row group per repository, in the comparison’s order, each named once', () => {
    const groups = [...html.matchAll(/<tbody class="group repo"[^>]*data-sort-name="([^"]*)"/g)].map(
      (m) => m[1],
    );
    expect(groups).toEqual(comparison.rows.map((row) => row.repository.toLowerCase()));
    for (const row of comparison.rows) {
      expect(html).toContain(`<span class="name">${row.repository}</span>`);
    }
  });

  it('is self-contained: no external script, style, font or image, and links only to repositories and issues', () => {
    const markup = markupOnly(html);
    expect(markup).not.toMatch(/<(link|img|iframe|object|embed)\b/i);
    expect(markup).not.toMatch(/<script\b[^>]*\bsrc=/i);
    expect(html).not.toMatch(/@import|@font-face|url\(/i);
    const allowed = new Set(
      comparison.rows.flatMap((row) => [row.url, ...(row.issue ? [row.issue.url] : [])]),
    );
    const links = [...markup.matchAll(/<(\w+)\b[^>]*\s(?:href|src)="([^"]*)"/g)];
    expect(links.length).toBeGreaterThan(0);
    for (const [, tag, target] of links) {
      expect(tag).toBe('a');
      expect(allowed).toContain(target);
    }
  });

  it('locks the page down with a policy naming the hashes of its own inline style and script', () => {
    const csp = unescapeHtml(
      /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '',
    );
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`style-src ${hash(inlineBody(html, 'style'))}`);
    expect(csp).toContain(`script-src ${hash(inlineBody(html, 'script'))}`);
  });

  it('marks a partial grade with an asterisk and words, in both languages', () => {
    const rows = sampleComparison(2).rows.map((row, index) =>
      index === 0 ? { ...row, overall: { ...row.overall, partial: true } } : row,
    );
    const marked = render(comparisonOf(rows), 'en');
    expect(marked).toContain(
      '<span class="partial" aria-hidden="true" title="partial grade: some signals are unknown">*</span><span class="sr-only" data-t="gradePartial">partial grade: some signals are unknown</span>',
    );
    expect(embeddedMessages(marked).value.gradePartial?.fr).toContain('note partielle');
    // The legend says what the asterisk means, only when a grade carries one.
    expect(marked).toContain('<li class="partial-legend">');
    expect(html).not.toContain('class="partial"');
    expect(html).not.toContain('partial-legend');
  });

  it('shows every grade as a letter on its colour, and unknown as “?” with words', () => {
    for (const letter of ['A', 'B', 'C', 'D', 'E']) {
      expect(html).toContain(`<span class="grade grade-${letter.toLowerCase()}">${letter}</span>`);
    }
    expect(html).toContain(
      '<span class="grade grade-unknown"><span aria-hidden="true">?</span><span class="sr-only" data-t="gradeUnknown">pas de donnée</span></span>',
    );
  });

  it('draws each known history as an SVG line with its text alternative, and says so when there is none', () => {
    const failed = comparison.rows.find((row) => row.origin === 'failed');
    const withHistory = comparison.rows.filter((row) => row.history.some((point) => point.score !== null));
    expect(failed).toBeDefined();
    expect(
      html.match(/<svg class="spark"[^>]*aria-hidden="true"[^>]*><path d="M[\d.,LMZ]+"\/>/g),
    ).toHaveLength(withHistory.length);
    const first = withHistory[0];
    const known = first?.history.flatMap((point) => (point.score === null ? [] : [point.score])) ?? [];
    expect(html).toContain(`<span class="trend-text">${known[0]} → ${known.at(-1)}</span>`);
    expect(html).toContain('<td class="trend"><span data-t="noData">pas de donnée</span></td>');
  });

  it('lists in each detail view the pillars, every signal with its status word, the origin and the links', () => {
    const row = comparison.rows[0];
    if (!row?.issue) throw new Error('fixture: the first row has an issue');
    const detail = /id="repo-1-detail" hidden>([\s\S]*?)<\/tr>/.exec(html)?.[1] ?? '';
    for (const signal of SIGNALS) {
      const status = row.signals[signal.id];
      expect(detail).toContain(`data-signal="${signal.id}" data-status="${status}"`);
      expect(detail).toContain(`>${signal.title.fr}</span> — <span class="status status-${status}"`);
      expect(detail).toContain(`>${labelsFor('fr').status[status]}</span>`);
    }
    for (const pillar of Object.values(PILLARS)) expect(detail).toContain(pillar.title.fr);
    expect(detail).toContain(`<a href="${row.url}">${row.repository}</a>`);
    expect(detail).toContain(`<a href="${row.issue.url}">#${row.issue.number}</a>`);
    expect(detail).toContain('lue dans le ticket de santé produit');
  });

  it('marks the failed row and shows its problems', () => {
    const failed = comparison.rows.find((row) => row.origin === 'failed');
    expect(html).toContain('<span class="failed" data-t="failed">non lu</span>');
    expect(html).toContain(`<li>${failed?.problems[0]}</li>`);
    expect(html).toContain('échec : ni ticket à jour ni analyse réussie');
  });

  it('carries both languages: the default one in the markup, both in the embedded messages', () => {
    const { value } = embeddedMessages(html);
    expect(Object.keys(value).length).toBeGreaterThan(40);
    for (const [key, message] of Object.entries(value)) {
      expect(message.fr, key).not.toBe('');
      expect(message.en, key).not.toBe('');
    }
    const keys = [...html.matchAll(/data-t="([^"]+)"/g)].map((m) => m[1] ?? '');
    for (const key of keys) expect(value, key).toHaveProperty([key]);
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(html).toContain('9 sur 9 dépôts affichés');
    const english = render(comparison, 'en');
    expect(english).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(english).toContain('9 of 9 repositories shown');
    expect(english).toContain('<span data-t="otherLanguage">Français</span>');
  });

  it('says in both languages that grades are for finding where to help, not for ranking teams', () => {
    const { value } = embeddedMessages(html);
    expect(value.noRanking?.fr).toContain('pas à classer les équipes');
    expect(value.noRanking?.en).toContain('not to rank teams');
    expect(html).toContain(`<p class="note" data-t="noRanking">${value.noRanking?.fr}</p>`);
  });

  it('offers the products view and its filter only when some repositories form a product', () => {
    expect(comparison.products).toHaveLength(2);
    expect(html).toContain('data-view="products"');
    expect(html.match(/<tbody class="group product"/g)).toHaveLength(2);
    const alone = comparisonOf(sampleRows(9).map((row) => ({ ...row, product: null })));
    const aloneHtml = render(alone);
    expect(alone.products).toEqual([]);
    expect(aloneHtml).not.toContain('data-view="products"');
    expect(aloneHtml).not.toContain('id="products-table"');
    expect(aloneHtml).not.toContain('id="filter-product"');
  });

  it('hides the columns no row fills: product without products, trend without history', () => {
    expect(html).toContain('<th scope="col" data-column="product"');
    expect(html).toContain('<th scope="col" data-column="trend"');
    expect(html).toContain('<span class="product-inline">Carte des chantiers</span>');
    const bare = render(comparisonOf(sampleRows(4).map((row) => ({ ...row, product: null, history: [] }))));
    expect(bare).not.toContain('<th scope="col" data-column="product"');
    expect(bare).not.toContain('<td class="product">');
    expect(bare).not.toContain('<span class="product-inline">');
    expect(bare).not.toContain('<th scope="col" data-column="trend"');
    expect(bare).not.toContain('<td class="trend">');
    // The detail's cell still spans the whole row.
    const columns = bare.match(/<th scope="col"/g)?.length ?? 0;
    expect(columns).toBe(7);
    expect(bare).toContain(`<td colspan="${columns}">`);
  });

  it('shows each known score under its grade letter', () => {
    const row = comparison.rows[0];
    expect(row?.overall.score).not.toBeNull();
    expect(html).toContain(
      `<td class="grade-cell overall" data-pillar="overall"><span class="grade grade-${row?.overall.grade?.toLowerCase()}">${row?.overall.grade}</span>\n<span class="cell-score">${row?.overall.score}</span></td>`,
    );
  });

  it('renders the same comparison to the same bytes', () => {
    expect(render(sampleComparison(9))).toBe(html);
  });
});

describe('renderComparisonHtml with hostile repository content', () => {
  const comparison = comparisonOf([...sampleRows(5), hostileRow()]);
  const html = render(comparison);

  it('escapes names, products, topics and problems: no element comes from the data', () => {
    for (const tag of tagNames(html)) expect(PAGE_ELEMENTS, tag).toContain(tag);
    expect(tagNames(html)).not.toContain('img');
    expect(tagNames(html)).not.toContain('iframe');
    expect(html).not.toContain(HOSTILE_NAME);
    expect(html).toContain('<span class="name">evil-org/&lt;img src=x onerror=alert(1)&gt;</span>');
    expect(html).toContain('&lt;script&gt;alert(&#34;product&#34;)&lt;/script&gt;');
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(3)&lt;/script&gt;');
    expect(html).not.toMatch(/"><svg onload/);
    expect(html.match(/<script\b/g)).toHaveLength(2);
  });

  it('never links to a non-http address', () => {
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<dd>evil-org/&lt;img src=x onerror=alert(1)&gt;</dd>');
    expect(html).toMatch(/<dd>#3 \(<span data-t="issue_open">ouvert<\/span>\)/);
  });

  it('keeps data attributes quoted and parseable', () => {
    const topics = /data-product="([^"]*)" data-topics="([^"]*)"[^>]*data-sort-name="evil-org/.exec(html);
    expect(JSON.parse(unescapeHtml(topics?.[1] ?? ''))).toBe('<script>alert("product")</script>');
    expect(JSON.parse(unescapeHtml(topics?.[2] ?? ''))).toEqual(['<b>bold</b>', '"><svg onload=alert(1)>']);
  });
});

describe('jsonForScript', () => {
  it('escapes what could close the script or open a comment, and parses back to the same value', () => {
    const value = {
      name: '</script><script>alert(1)</script>',
      comment: '<!-- & -->',
      lines: '\u2028\u2029',
    };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('leaves the page’s embedded messages free of “<”', () => {
    const { json } = embeddedMessages(render(sampleComparison(9)));
    expect(json).not.toContain('<');
  });
});

describe('sparkline', () => {
  const history = [
    { date: '2026-03-15', score: 100 },
    { date: '2026-04-15', score: null },
    { date: '2026-05-15', score: 40 },
    { date: '2026-06-15', score: 0 },
  ];

  it('draws known scores on a fixed 0–100 scale, leaving a gap for an unknown one', () => {
    const svg = sparklineSvg(history, { width: 100, height: 26 });
    const path = /<path d="([^"]+)"\/>/.exec(svg)?.[1] ?? '';
    expect(path.match(/M/g)).toHaveLength(2);
    expect(path).toMatch(/^M3,3Z?M[\d.]+,[\d.]+L97,23$/);
    expect(svg).toContain('<circle cx="97" cy="23" r="2"/>');
    expect(svg).toContain('aria-hidden="true"');
  });

  it('gives a text alternative and a change from the first to the last known score', () => {
    expect(sparklineText(history)).toBe('100 → 0');
    expect(scoreChange(history)).toBe(-100);
    expect(sparklineText([{ date: '2026-06-15', score: 71 }])).toBe('71');
    expect(scoreChange([{ date: '2026-06-15', score: 71 }])).toBeNull();
  });

  it('draws a single known score as a dot, and nothing without any', () => {
    expect(sparklineSvg([{ date: '2026-06-15', score: 50 }])).not.toContain('<path');
    expect(sparklineSvg([{ date: '2026-06-15', score: 50 }])).toContain('<circle');
    expect(sparklineSvg([{ date: '2026-06-15', score: null }])).toBe('');
    expect(sparklineSvg([])).toBe('');
    expect(sparklineText([])).toBe('');
  });
});
