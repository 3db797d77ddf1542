import type { Report } from '../report/report.js';
import { templateEngine } from './template-engine.js';
import { viewModel } from './view-model.js';

export const FORMATS = ['markdown', 'json', 'text'] as const;
export type Format = (typeof FORMATS)[number];

const TEMPLATES: Record<Exclude<Format, 'json'>, string> = {
  markdown: 'report.md.liquid',
  text: 'report.txt.liquid',
};

/** Renders the report; same report in, byte-identical text out. */
export function renderReport(report: Report, format: Format): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  const rendered = templateEngine().renderFileSync(TEMPLATES[format], viewModel(report)) as string;
  return `${rendered.replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
