import { templateEngine } from '../render/template-engine.js';
import { comparisonView } from './comparison-view.js';
import { renderComparisonCsv } from './render-comparison-csv.js';
import { renderComparisonHtml } from './render-comparison-html.js';
export const COMPARISON_FORMATS = ['markdown', 'csv', 'json', 'html'];
/** File extension of each format, for `--output DIR`. */
export const COMPARISON_EXTENSIONS = {
    markdown: 'md',
    csv: 'csv',
    json: 'json',
    html: 'html',
};
export function renderComparison(comparison, format, language) {
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
export function renderComparisonMarkdown(comparison, language) {
    return templateEngine().renderFileSync('comparison.md.liquid', comparisonView(comparison, language));
}
