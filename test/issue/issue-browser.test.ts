/**
 * The product-health issue as a maintainer opens it on a phone: its Markdown rendered the way GitHub
 * renders an issue (GFM, line breaks kept, GitHub's Markdown CSS), in a real headless Chromium 390 px
 * wide with the network blocked. The grade and the first next step must be on the first screen.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Marked } from 'marked';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextIssueState, trendsFromState } from '../../src/issue/issue-state.js';
import { renderIssueBody } from '../../src/issue/render-issue-body.js';
import type { Language } from '../../src/model/ids.js';
import { labelsFor } from '../../src/render/labels.js';
import type { Report } from '../../src/report/report.js';
import { launchChromium, openOfflinePage, screenshotPath } from '../helpers/headless-chromium.js';
import { healthReport } from './health-report.js';

// Page callbacks run in Chromium; the project compiles without the DOM library.
declare const document: { documentElement: { scrollWidth: number; clientWidth: number } };

const PHONE = { width: 390, height: 844 };
const GITHUB_CSS = readFileSync(
  createRequire(import.meta.url).resolve('github-markdown-css/github-markdown-light.css'),
  'utf8',
);

let browser: Browser;
let folder: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'product-health-issue-'));
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** A report scored before, so the issue also says what changed. */
async function issueWithHistory(language: Language): Promise<string> {
  const report: Report = await healthReport({
    language,
    unansweredFeedback: ['Le formulaire ne s’envoie pas', 'Page blanche sur mobile', 'Lenteurs'],
  });
  const before = nextIssueState(null, { ...report, score: 70 }, new Date('2026-05-01T08:00:00Z'));
  const state = nextIssueState(before, report, new Date('2026-06-15T12:00:00Z'));
  return renderIssueBody({ ...report, trends: trendsFromState(state) }, state, { ticked: new Set() }).body;
}

/** The body as GitHub shows it: GitHub-flavoured Markdown, newlines kept, GitHub's Markdown styles. */
function asGitHubPage(markdown: string, language: Language): string {
  const html = new Marked({ gfm: true, breaks: true }).parse(markdown, { async: false });
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>${GITHUB_CSS}
body { margin: 0; } .markdown-body { box-sizing: border-box; padding: 16px; }</style></head>
<body><article class="markdown-body">${html}</article></body></html>`;
}

describe('the product-health issue on a phone', { timeout: 60_000 }, () => {
  for (const language of ['fr', 'en'] as const) {
    it(`shows the grade and the first next step on the first screen at 390 px (${language})`, async () => {
      const body = await issueWithHistory(language);
      const file = join(folder, `issue-${language}.html`);
      writeFileSync(file, asGitHubPage(body, language));
      const opened = await openOfflinePage(browser, pathToFileURL(file).href, { viewport: PHONE });
      const { page } = opened;
      const labels = labelsFor(language);

      const grade = page.locator('.markdown-body > p > strong', { hasText: labels.overall }).first();
      const stepsHeading = page.getByRole('heading', {
        name: language === 'fr' ? /^Les \d prochaines étapes$/ : /^The \d next steps$/,
      });
      const firstStep = page.locator('h2 + ul > li').first();
      expect(await grade.isVisible()).toBe(true);
      expect(await stepsHeading.isVisible()).toBe(true);
      expect(await firstStep.locator('input[type="checkbox"]').count()).toBe(1);

      for (const element of [grade, stepsHeading, firstStep]) {
        const box = await element.boundingBox();
        expect(box).not.toBeNull();
        expect(box?.y ?? Number.POSITIVE_INFINITY).toBeGreaterThanOrEqual(0);
        expect((box?.y ?? 0) + (box?.height ?? Number.POSITIVE_INFINITY)).toBeLessThanOrEqual(PHONE.height);
        expect((box?.x ?? 0) + (box?.width ?? Number.POSITIVE_INFINITY)).toBeLessThanOrEqual(PHONE.width);
      }
      // Nothing makes the page scroll sideways.
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(widths.scroll).toBeLessThanOrEqual(widths.client);

      await page.screenshot({ path: screenshotPath(`issue-390-${language}.png`) });
      expect(opened.abortedRequests).toEqual([]);
      expect(opened.consoleErrors).toEqual([]);
      await opened.context.close();
    });
  }
});
