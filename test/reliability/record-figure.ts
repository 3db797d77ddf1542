import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** One line of RELIABILITY.md: what was tried, what held, measured by a test that asserts it. */
export interface ReliabilityFigure {
  /** Section of RELIABILITY.md: `faults`, `races`, `hostile input`, `webhooks`, `secrets`. */
  area: string;
  /** What was tried, in a few words ("5xx burst on the details query"). */
  tried: string;
  /** Counts measured by the test, named as the table's columns: runs, completed, duplicated, lost edits, crashes… */
  figures: Record<string, number>;
  /** The command that reproduces the line (a vitest invocation naming the file and the test). */
  command: string;
}

/**
 * Appends the figure to the file named by `RELIABILITY_FIGURES` (what `npm run reliability` sets
 * before it writes RELIABILITY.md); does nothing otherwise, so the suite stays side-effect free.
 */
export function recordFigure(figure: ReliabilityFigure): void {
  const file = process.env.RELIABILITY_FIGURES;
  if (!file) return;
  mkdirSync(dirname(file), { recursive: true });
  appendFileSync(file, `${JSON.stringify(figure)}\n`);
}
