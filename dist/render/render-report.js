import { templateEngine } from './template-engine.js';
import { jsonTerminalText, terminalText } from './terminal-text.js';
import { viewModel } from './view-model.js';
export const FORMATS = ['markdown', 'json', 'text'];
const TEMPLATES = {
    markdown: 'report.md.liquid',
    text: 'report.txt.liquid',
};
/**
 * Renders the report; same report in, byte-identical text out. Whatever the format, no control
 * character from the repository reaches a terminal the report is printed to (JSON escapes them).
 */
export function renderReport(report, format) {
    if (format === 'json')
        return `${jsonTerminalText(JSON.stringify(report, null, 2))}\n`;
    const rendered = templateEngine().renderFileSync(TEMPLATES[format], viewModel(report));
    return `${terminalText(rendered)
        .replace(/\n{3,}/g, '\n\n')
        .trimEnd()}\n`;
}
