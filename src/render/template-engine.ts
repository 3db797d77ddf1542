import { Liquid } from 'liquidjs';
import { PACKAGE_ROOT } from '../util/package-files.js';
import { escapeMarkdown, escapeProse, inlineCode } from './escape-markdown.js';

let engine: Liquid | undefined;

/** The Liquid engine reading `templates/`, with Markdown-safety filters. */
export function templateEngine(): Liquid {
  if (engine) return engine;
  engine = new Liquid({
    root: `${PACKAGE_ROOT}templates`,
    extname: '.liquid',
    strictFilters: true,
    strictVariables: true,
    cache: true,
  });
  engine.registerFilter('md', (value: unknown) => escapeMarkdown(String(value ?? '')));
  engine.registerFilter('prose', (value: unknown) => escapeProse(String(value ?? '')));
  engine.registerFilter('code', (value: unknown) => inlineCode(String(value ?? '')));
  engine.registerFilter('cell', (value: unknown) => escapeMarkdown(String(value ?? '')));
  engine.registerFilter('pad', (value: unknown, width: number) => String(value ?? '').padEnd(width));
  return engine;
}
