/**
 * The coaches' dashboard in a real headless Chromium (Debian's, driven by playwright-core), opened
 * from disk with the network blocked: what a coach sees and does, by mouse and by keyboard.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ComparisonRow } from '../../src/compare/comparison.js';
import { renderComparisonHtml } from '../../src/compare/render-comparison-html.js';
import type { PillarId } from '../../src/model/ids.js';
import { labelsFor } from '../../src/render/labels.js';
import { SIGNALS } from '../../src/signals/index.js';
import { comparisonOf, hostileRow, sampleRows } from '../helpers/comparison-fixture.js';
import {
  launchChromium,
  type OfflinePage,
  openOfflinePage,
  screenshotPath,
} from '../helpers/headless-chromium.js';

// Page callbacks run in Chromium; the project compiles without the DOM library, so the few browser
// globals they use are named here, for this file only.
declare const document: {
  activeElement: PageElement | null;
  documentElement: { lang: string; scrollWidth: number; clientWidth: number };
};
declare function getComputedStyle(element: unknown): {
  outlineStyle: string;
  outlineWidth: string;
  color: string;
  backgroundColor: string;
  transitionDuration: string;
};
interface PageElement {
  textContent: string | null;
  matches(selector: string): boolean;
}

const comparison = comparisonOf([...sampleRows(9), hostileRow()]);

let browser: Browser;
let opened: OfflinePage | undefined;
let page: Page;
let folder: string;
let pageUrl: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'product-health-dashboard-'));
  const file = join(folder, 'dashboard.html');
  writeFileSync(file, renderComparisonHtml(comparison, { language: 'fr' }));
  pageUrl = pathToFileURL(file).href;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

beforeEach(async () => {
  await openPage();
});

afterEach(async () => {
  await opened?.context.close();
});

async function openPage(
  options: { reducedMotion?: 'reduce' | 'no-preference'; viewport?: { width: number; height: number } } = {},
): Promise<void> {
  await opened?.context.close();
  opened = await openOfflinePage(browser, pageUrl, options);
  page = opened.page;
}

/** Nothing left the machine, nothing broke, nothing injected ran. */
function expectCleanPage(): void {
  expect(opened?.abortedRequests).toEqual([]);
  expect(opened?.consoleErrors).toEqual([]);
  expect(opened?.dialogs).toEqual([]);
}

async function shownRepositories(): Promise<string[]> {
  return page.$$eval('#rows-table tbody.repo:not([hidden]) .toggle .name', (names) =>
    names.map((name) => name.textContent ?? ''),
  );
}

/** The letter of each shown row's grade in a column, `?` when unknown. */
async function gradesIn(column: PillarId | 'overall'): Promise<string[]> {
  return page.$$eval(`#rows-table tbody.repo:not([hidden]) td[data-pillar="${column}"] .grade`, (badges) =>
    badges.map((badge) => (badge.textContent ?? '').trim().charAt(0)),
  );
}

/** Rows by score, lowest first (the first click on a grade column: where help is needed), unknown last. */
function byNeed(rows: readonly ComparisonRow[], pillar: PillarId): string[] {
  const name = (row: ComparisonRow) => row.repository.toLowerCase();
  return [...rows]
    .sort((a, b) => {
      const left = a.pillars[pillar].score;
      const right = b.pillars[pillar].score;
      if (left === null || right === null)
        return left === right ? name(a).localeCompare(name(b), 'fr') : left === null ? 1 : -1;
      return left - right || name(a).localeCompare(name(b), 'fr');
    })
    .map((row) => row.pillars[pillar].grade ?? '?');
}

function contrastRatio(foreground: string, background: string): number {
  const luminance = (color: string) => {
    const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
      const channel = Number(part) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

describe('the coaches’ dashboard in Chromium', { timeout: 60_000 }, () => {
  it('shows one row per repository, offline, without running anything the data carried', async () => {
    expect(await shownRepositories()).toEqual(comparison.rows.map((row) => row.repository));
    expect(await page.locator('img, iframe').count()).toBe(0);
    expect(await page.locator('#count').textContent()).toBe('10 sur 10 dépôts affichés');
    expectCleanPage();
  });

  it('sorts by a pillar when its header button is clicked, keeping unknown grades last', async () => {
    const header = page.locator('#rows-table th[data-column="users"]');
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await page.locator('#rows-table th[data-column="name"]').getAttribute('aria-sort')).toBeNull();
    const needFirst = byNeed(comparison.rows, 'users');
    expect(await gradesIn('users')).toEqual(needFirst);
    expect(needFirst[0]).toBe('E');
    expect(needFirst.at(-1)).toBe('?');

    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const grades = await gradesIn('users');
    const known = grades.filter((grade) => grade !== '?');
    expect(known).toEqual([...known].sort());
    expect(grades.slice(known.length).every((grade) => grade === '?')).toBe(true);
    expect(grades[0]).toBe('A');
    expectCleanPage();
  });

  it('filters by grade, topic and product, updating the count, and clears the filters', async () => {
    await page.selectOption('#filter-grade', 'A');
    const gradeA = comparison.rows.filter((row) => row.overall.grade === 'A').map((row) => row.repository);
    expect(await shownRepositories()).toEqual(gradeA);
    expect(await page.locator('#count').textContent()).toBe(`${gradeA.length} sur 10 dépôts affichés`);

    await page.selectOption('#filter-grade', '');
    await page.selectOption('#filter-topic', 'social');
    const social = comparison.rows
      .filter((row) => row.topics.includes('social'))
      .map((row) => row.repository);
    expect(await shownRepositories()).toEqual(social);

    await page.selectOption('#filter-topic', '');
    await page.selectOption('#filter-product', { label: 'Carte des chantiers' });
    const carte = comparison.rows
      .filter((row) => row.product === 'Carte des chantiers')
      .map((row) => row.repository);
    expect(carte).toHaveLength(2);
    expect(await shownRepositories()).toEqual(carte);
    expect(await page.locator('#count').textContent()).toBe('2 sur 10 dépôts affichés');

    await page.locator('#filters button[type="reset"]').click();
    await expect.poll(() => shownRepositories()).toHaveLength(comparison.rows.length);
    expect(await page.locator('#count').textContent()).toBe('10 sur 10 dépôts affichés');
    expectCleanPage();
  });

  it('lets the keyboard reach a sort control from the top of the page, with a visible focus', async () => {
    let reached = false;
    for (let presses = 0; presses < 30 && !reached; presses += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.matches('th > button.sort') ?? false);
    }
    expect(reached).toBe(true);
    const focus = await page.evaluate(() => {
      const active = document.activeElement as PageElement;
      const style = getComputedStyle(active);
      return { text: active.textContent, outline: style.outlineStyle, width: style.outlineWidth };
    });
    expect(focus.text).toContain('Dépôt');
    expect(focus.outline).not.toBe('none');
    expect(focus.width).not.toBe('0px');
    await page.keyboard.press('Enter');
    expect(await page.locator('#rows-table th[data-column="name"]').getAttribute('aria-sort')).toBe(
      'descending',
    );
    expectCleanPage();
  });

  it('switches every visible text to English with the language toggle, and back', async () => {
    await page.locator('#language-toggle').click();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const english = await page.locator('body').innerText();
    expect(english).toContain('Product health across repositories');
    expect(english).toContain('10 of 10 repositories shown');
    expect(english).toContain('not to rank teams');
    expect(english).toContain('Overall grade');
    expect(english).not.toMatch(/dépôts affichés|Note globale|Thématique/);
    expect(await page.title()).toBe('Product health across repositories');
    expect(await page.locator('#language-toggle').textContent()).toBe('Français');

    await page.locator('#language-toggle').click();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await page.locator('body').innerText()).toContain('10 sur 10 dépôts affichés');
    expectCleanPage();
  });

  it('opens and closes a repository’s detail with the keyboard, listing its signals', async () => {
    const row = comparison.rows[0];
    const toggle = page.locator('#rows-table tbody.repo').first().locator('button.toggle');
    const detail = page.locator('#repo-1-detail');
    expect(await detail.isVisible()).toBe(false);
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await detail.isVisible()).toBe(true);
    const text = await detail.innerText();
    for (const signal of SIGNALS) expect(text).toContain(signal.title.fr);
    expect(text).toContain(labelsFor('fr').status[row?.signals.vision ?? 'unknown']);
    expect(await detail.locator(`a[href="${row?.issue?.url}"]`).count()).toBe(1);

    await page.keyboard.press('Space');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await detail.isVisible()).toBe(false);
    await page.keyboard.press('Space');
    expect(await detail.isVisible()).toBe(true);
    expectCleanPage();
  });

  it('gives every grade badge a text contrast of at least 4.5:1', async () => {
    const badges = await page.$$eval('.grade', (elements) =>
      elements.map((element) => {
        const style = getComputedStyle(element);
        return { className: element.className, color: style.color, background: style.backgroundColor };
      }),
    );
    const classes = new Set(badges.map((badge) => badge.className));
    expect(classes).toEqual(
      new Set(['a', 'b', 'c', 'd', 'e', 'unknown'].map((grade) => `grade grade-${grade}`)),
    );
    for (const badge of badges) {
      expect(contrastRatio(badge.color, badge.background), badge.className).toBeGreaterThanOrEqual(4.5);
    }
    expectCleanPage();
  });

  it('switches to the products view and back', async () => {
    await page.getByRole('button', { name: 'Par produit' }).click();
    expect(await page.locator('#rows-view').isVisible()).toBe(false);
    expect(await page.locator('#products-table tbody.product').count()).toBe(comparison.products.length);
    expect(await page.locator('#count').textContent()).toBe(
      `${comparison.products.length} sur ${comparison.products.length} produits affichés`,
    );
    expect(await page.getByRole('button', { name: 'Par produit' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Par dépôt' }).click();
    expect(await page.locator('#rows-view').isVisible()).toBe(true);
    expectCleanPage();
  });

  it('drops its transitions when the reader prefers reduced motion', async () => {
    const duration = () =>
      page.$eval('#language-toggle', (button) => getComputedStyle(button).transitionDuration);
    expect(await duration()).not.toBe('0s');
    await openPage({ reducedMotion: 'reduce' });
    expect(await duration()).toBe('0s');
    expectCleanPage();
  });

  it('saves a screenshot for review', async () => {
    await page.locator('#rows-table tbody.repo').first().locator('button.toggle').click();
    const screenshot = screenshotPath('dashboard.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(existsSync(screenshot)).toBe(true);
    expectCleanPage();
  });
});

describe('the dashboard at phone and desktop widths', { timeout: 60_000 }, () => {
  const PHONE = { width: 390, height: 844 };
  const DESKTOP = { width: 1440, height: 900 };

  /** Boxes of the shown rows' names and grade cells, and whether the page scrolls sideways. */
  async function layout() {
    const rows = page.locator('#rows-table tbody.repo:not([hidden]) tr.summary');
    const count = await rows.count();
    const boxes: Array<{ what: string; x: number; right: number; width: number; height: number }> = [];
    for (let index = 0; index < count; index += 1) {
      const row = rows.nth(index);
      for (const [what, locator] of [
        ['name', row.locator('.toggle .name')],
        ...(['overall', 'team', 'users', 'impact', 'iteration', 'vision'] as const).map(
          (pillar) => [pillar, row.locator(`td[data-pillar="${pillar}"] .grade`)] as const,
        ),
      ] as const) {
        const box = await locator.boundingBox();
        expect(box, `${what} of row ${index}`).not.toBeNull();
        if (box)
          boxes.push({ what, x: box.x, right: box.x + box.width, width: box.width, height: box.height });
      }
    }
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    return { count, boxes, scrolls: widths.scroll > widths.client };
  }

  it('fits a 390 px phone: no sideways scroll, names, grades and scores readable', async () => {
    await openPage({ viewport: PHONE });
    const { count, boxes, scrolls } = await layout();
    expect(count).toBe(comparison.rows.length);
    expect(scrolls).toBe(false);
    for (const box of boxes) {
      expect(box.x, box.what).toBeGreaterThanOrEqual(0);
      expect(box.right, box.what).toBeLessThanOrEqual(PHONE.width);
    }
    // Names get room enough to be read: not one letter a line.
    for (const name of boxes.filter((box) => box.what === 'name')) expect(name.width).toBeGreaterThan(100);
    const scores = await page.$$eval('#rows-table tbody.repo .cell-score', (elements) =>
      elements.map((element) => {
        const style = getComputedStyle(element) as unknown as { fontSize: string; display: string };
        return { fontSize: Number.parseFloat(style.fontSize), display: style.display };
      }),
    );
    expect(scores.length).toBeGreaterThan(0);
    for (const score of scores) {
      expect(score.display).not.toBe('none');
      expect(score.fontSize).toBeGreaterThanOrEqual(12);
    }
    // The product moves under the name; the trend into the detail.
    expect(await page.locator('#rows-table td.product').first().isVisible()).toBe(false);
    expect(
      await page.locator('.product-inline', { hasText: 'Carte des chantiers' }).first().isVisible(),
    ).toBe(true);
    await page.locator('#rows-table tbody.repo').first().locator('button.toggle').click();
    const detail = page.locator('#repo-1-detail');
    expect(await detail.isVisible()).toBe(true);
    const detailBox = await detail.boundingBox();
    expect((detailBox?.x ?? 0) + (detailBox?.width ?? Number.POSITIVE_INFINITY)).toBeLessThanOrEqual(
      PHONE.width,
    );
    expect(await detail.innerText()).toContain(labelsFor('fr').trend);
    await page.screenshot({ path: screenshotPath('dashboard-390.png'), fullPage: true });
    expectCleanPage();
  });

  it('marks a partial grade where a coach can see it, and explains the mark', async () => {
    const rows = comparison.rows.map((row, index) =>
      index === 1 ? { ...row, overall: { ...row.overall, partial: true } } : row,
    );
    const file = join(folder, 'partial.html');
    writeFileSync(file, renderComparisonHtml(comparisonOf(rows), { language: 'fr' }));
    await opened?.context.close();
    opened = await openOfflinePage(browser, pathToFileURL(file).href, { viewport: PHONE });
    page = opened.page;
    const mark = page.locator('#rows-table tbody.repo').nth(1).locator('td[data-pillar="overall"] .partial');
    expect(await mark.isVisible()).toBe(true);
    const box = await mark.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? Number.POSITIVE_INFINITY)).toBeLessThanOrEqual(PHONE.width);
    expect(await page.locator('.partial-legend').innerText()).toContain('note partielle');
    expectCleanPage();
  });

  it('shows every column on a 1440 px screen, without sideways scroll', async () => {
    await openPage({ viewport: DESKTOP });
    const { boxes, scrolls } = await layout();
    expect(scrolls).toBe(false);
    for (const box of boxes) expect(box.right, box.what).toBeLessThanOrEqual(DESKTOP.width);
    // A name on one line at this width (but the hostile one, hundreds of characters long).
    const nameHeights = boxes
      .filter((box) => box.what === 'name')
      .map((box) => box.height)
      .slice(0, -1);
    expect(Math.max(...nameHeights)).toBeLessThan(2 * Math.min(...nameHeights));
    expect(await page.locator('#rows-table td.product').first().isVisible()).toBe(true);
    expect(await page.locator('#rows-table td.trend').first().isVisible()).toBe(true);
    expect(await page.locator('.product-inline').first().isVisible()).toBe(false);
    await page.screenshot({ path: screenshotPath('dashboard-1440.png'), fullPage: true });
    expectCleanPage();
  });
});
