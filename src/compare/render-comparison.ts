import type { Language } from '../model/ids.js';
import { templateEngine } from '../render/template-engine.js';
import type { Comparison } from './comparison.js';
import { comparisonView } from './comparison-view.js';
import { renderComparisonCsv } from './render-comparison-csv.js';
import { renderComparisonHtml } from './render-comparison-html.js';

export const COMPARISON_FORMATS = ['markdown', 'csv', 'json', 'html'] as const;
export type ComparisonFormat = (typeof COMPARISON_FORMATS)[number];

/** File extension of each format, for `--output DIR`. */
export const COMPARISON_EXTENSIONS: Record<ComparisonFormat, string> = {
  markdown: 'md',
  csv: 'csv',
  json: 'json',
  html: 'html',
};

export function renderComparison(
  comparison: Comparison,
  format: ComparisonFormat,
  language: Language,
): string {
  switch (format) {
    case 'markdown':
      return renderComparisonMarkdown(comparison, language);
    case 'csv':
      return renderComparisonCsv(comparison);
    case 'json':
      return `${JSON.stringify(comparison, null, 2)}\n`;
    case 'html':
      return renderComparisonHtml(comparison, { language });
  }
}

export function renderComparisonMarkdown(comparison: Comparison, language: Language): string {
  return templateEngine().renderFileSync(
    'comparison.md.liquid',
    comparisonView(comparison, language),
  ) as string;
}
