import type { TerminalStyle } from '../render/style-terminal-report.js';
/** What a terminal stream shows: whether it is one, and its width. */
export interface TerminalStream {
    isTTY?: boolean;
    columns?: number;
}
/**
 * How to print to `stream`, by the usual conventions: colour on a terminal (not `TERM=dumb`), never
 * with `NO_COLOR` set (no-color.org), forced by `FORCE_COLOR` (but `FORCE_COLOR=0`, which turns it
 * off); wrapped to the terminal's width, or to `COLUMNS` when given, whole lines when piped.
 */
export declare function terminalStyleFor(env: Readonly<Record<string, string | undefined>>, stream: TerminalStream | undefined): TerminalStyle;
