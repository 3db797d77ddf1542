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
export function terminalStyleFor(
  env: Readonly<Record<string, string | undefined>>,
  stream: TerminalStream | undefined,
): TerminalStyle {
  const tty = stream?.isTTY === true;
  const force = env.FORCE_COLOR;
  let colour = tty && env.TERM !== 'dumb';
  if (force !== undefined) colour = force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') colour = false;
  const columns = Number(env.COLUMNS);
  const width =
    Number.isInteger(columns) && columns > 0
      ? columns
      : tty && stream?.columns && stream.columns > 0
        ? stream.columns
        : null;
  return { colour, width };
}
