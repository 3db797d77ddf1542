import type { Report } from '../report/report.js';
export declare const FORMATS: readonly ['markdown', 'json', 'text'];
export type Format = (typeof FORMATS)[number];
/**
 * Renders the report; same report in, byte-identical text out. Whatever the format, no control
 * character from the repository reaches a terminal the report is printed to (JSON escapes them).
 */
export declare function renderReport(report: Report, format: Format): string;
