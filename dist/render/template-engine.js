import { Liquid } from 'liquidjs';
import { PACKAGE_ROOT } from '../util/package-files.js';
import { escapeMarkdown, escapeProse, inlineCode } from './escape-markdown.js';
let engine;
/** The Liquid engine reading `templates/`, with Markdown-safety filters. */
export function templateEngine() {
    if (engine)
        return engine;
    engine = new Liquid({
        root: `${PACKAGE_ROOT}templates`,
        extname: '.liquid',
        strictFilters: true,
        strictVariables: true,
        cache: true,
    });
    engine.registerFilter('md', (value) => escapeMarkdown(String(value ?? '')));
    engine.registerFilter('prose', (value) => escapeProse(String(value ?? '')));
    engine.registerFilter('code', (value) => inlineCode(String(value ?? '')));
    engine.registerFilter('cell', (value) => escapeMarkdown(String(value ?? '')));
    engine.registerFilter('pad', (value, width) => String(value ?? '').padEnd(width));
    return engine;
}
