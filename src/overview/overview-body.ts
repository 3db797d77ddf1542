import type { Comparison } from '../compare/comparison.js';
import { comparisonView } from '../compare/comparison-view.js';
import { MAX_BODY_CHARS } from '../issue/render-issue-body.js';
import { formatMessage } from '../messages/format-message.js';
import type { Language } from '../model/ids.js';
import { escapeMarkdown } from '../render/escape-markdown.js';
import { templateEngine } from '../render/template-engine.js';

/** Hidden in the organisation overview issue's body: how it is recognised, whatever its title. */
export const OVERVIEW_MARKER = '<!-- product-health:overview -->';

export function hasOverviewMarker(body: string | null | undefined): boolean {
  return typeof body === 'string' && /<!--\s*product-health:overview\s*-->/.test(body);
}

const TEXTS = {
  fr: {
    title: (owner: string) => `Santé produit des dépôts de ${owner}`,
    intro:
      'Ce ticket est tenu à jour par product-health à partir du ticket « santé produit » de chaque dépôt. Il n’est modifié que lorsque le tableau change.',
    failed: (count: number) =>
      `${formatMessage('fr', '{count, plural, one {# dépôt n’a pas pu être lu} other {# dépôts n’ont pas pu être lus}}', { count })} : voir la colonne « Globale » (\`?\`).`,
    footer:
      'Tenu à jour par product-health (`product-health compare --write-overview`, l’application ou l’action).',
  },
  en: {
    title: (owner: string) => `Product health across ${owner}`,
    intro:
      'product-health keeps this issue up to date from each repository’s product-health issue. It is edited only when the table changes.',
    failed: (count: number) =>
      `${formatMessage('en', '{count, plural, one {# repository} other {# repositories}}', { count })} could not be read: see the “Overall” column (\`?\`).`,
    footer:
      'Kept up to date by product-health (`product-health compare --write-overview`, the app or the Action).',
  },
} as const;

export interface OverviewBody {
  title: string;
  body: string;
  /** Repositories left out of the table to stay under GitHub's size limit. */
  omittedRows: number;
}

/**
 * The overview issue: the comparison table without anything that changes from run to run
 * (no date, no "read from the issue / scanned" column), under `MAX_BODY_CHARS` by leaving out
 * the last rows with a note pointing at the dashboard.
 */
export function renderOverviewBody(comparison: Comparison, owner: string, language: Language): OverviewBody {
  const texts = TEXTS[language];
  const render = (limit: number) =>
    templateEngine().renderFileSync('overview-issue.md.liquid', {
      ...comparisonView(comparison, language, limit),
      marker: OVERVIEW_MARKER,
      heading: escapeMarkdown(texts.title(owner)),
      overviewIntro: texts.intro,
      failedCount: comparison.rows.filter(unread).length,
      failedText: texts.failed(comparison.rows.filter(unread).length),
      footer: texts.footer,
    }) as string;
  let limit = comparison.rows.length;
  let body = render(limit);
  while (body.length > MAX_BODY_CHARS && limit > 0) {
    // Shrink in proportion to the excess, then by one row, so a huge organisation takes few renders.
    const ratio = MAX_BODY_CHARS / body.length;
    limit = Math.max(0, Math.min(limit - 1, Math.floor(limit * ratio * 0.98)));
    body = render(limit);
  }
  return { title: texts.title(owner), body, omittedRows: comparison.rows.length - limit };
}

/** A row without scores: its scan failed or GitHub's rate limit kept it from being read. */
function unread(row: { origin: string }): boolean {
  return row.origin === 'failed' || row.origin === 'rate-limited';
}
