import type { Report } from '../report/report.js';
declare const styled: unique symbol;
/** Text for a terminal whose only escape sequences are the colours added here. */
export type TerminalOutput = string & {
    readonly [styled]: true;
};
export interface TerminalStyle {
    /** Colour with ANSI sequences. */
    colour: boolean;
    /** Columns to wrap to; null leaves lines whole (a file, a pipe). */
    width: number | null;
}
/**
 * The text report (`renderReport(report, 'text')`) made for a terminal: wrapped to its width with
 * hanging indents, statuses and the grade in colour. Whatever came in, control characters and
 * escape sequences are removed first, so the only ones printed are the colours added here.
 */
export declare function styleTerminalReport(report: Report, text: string, style: TerminalStyle): TerminalOutput;
export {};
