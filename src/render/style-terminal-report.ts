import { createColors } from 'picocolors';
import wrapAnsi from 'wrap-ansi';
import type { Status } from '../model/ids.js';
import type { Report } from '../report/report.js';
import { labelsFor } from './labels.js';
import { terminalText } from './terminal-text.js';

declare const styled: unique symbol;
/** Text for a terminal whose only escape sequences are the colours added here. */
export type TerminalOutput = string & { readonly [styled]: true };

export interface TerminalStyle {
  /** Colour with ANSI sequences. */
  colour: boolean;
  /** Columns to wrap to; null leaves lines whole (a file, a pipe). */
  width: number | null;
}

/** Below this, wrapping would cut words more than it helps. */
const MIN_WIDTH = 30;
const STATUS_LINE = /^( {2}\[)(.+?)(\s*\] )/;
const STEP_LINE = /^( {2}\d+\. )/;
const ADVICE_LINE = /^( +)→ /;

/**
 * The text report (`renderReport(report, 'text')`) made for a terminal: wrapped to its width with
 * hanging indents, statuses and the grade in colour. Whatever came in, control characters and
 * escape sequences are removed first, so the only ones printed are the colours added here.
 */
export function styleTerminalReport(report: Report, text: string, style: TerminalStyle): TerminalOutput {
  const colours = createColors(style.colour);
  const labels = labelsFor(report.language);
  const statusOf = new Map(Object.entries(labels.status).map(([status, label]) => [label, status as Status]));
  const statusColour: Record<Status, (text: string) => string> = {
    pass: colours.green,
    warn: colours.yellow,
    fail: colours.red,
    unknown: colours.magenta,
    'not-applicable': colours.dim,
  };
  const gradeColour = (grade: string | null) =>
    grade === 'A' || grade === 'B'
      ? colours.green
      : grade === 'C'
        ? colours.yellow
        : grade
          ? colours.red
          : colours.dim;
  const overall = labels.overall;

  const lines = terminalText(text)
    .split('\n')
    .flatMap((line) => {
      const indent = /^ */.exec(line)?.[0] ?? '';
      const hanging = indent === '' ? '' : '  ';
      const wrapped = wrap(line.slice(indent.length), style.width, indent.length + hanging.length);
      return wrapped.map((part, index) => {
        const prefix = index === 0 ? indent : indent + hanging;
        return index === 0 ? firstLine(prefix + part) : prefix + (indent === '' ? colours.bold(part) : part);
      });
    });
  return `${lines.join('\n')}` as TerminalOutput;

  function firstLine(line: string): string {
    if (line === '') return line;
    if (line.startsWith(overall)) return colours.bold(gradeColour(report.grade)(line));
    if (!line.startsWith(' ')) return colours.bold(line);
    const status = STATUS_LINE.exec(line);
    if (status) {
      const [whole = '', open = '', label = '', close = ''] = status;
      const colour = statusColour[statusOf.get(label.trim()) ?? 'unknown'];
      return `${open}${colour(label)}${close}${line.slice(whole.length)}`;
    }
    const step = STEP_LINE.exec(line)?.[1];
    if (step) return `${colours.bold(step)}${line.slice(step.length)}`;
    const advice = ADVICE_LINE.exec(line)?.[1];
    if (advice !== undefined) return `${advice}${colours.cyan('→')}${line.slice(advice.length + 1)}`;
    return line;
  }
}

/** `text` cut into lines that fit in `width` once indented by `indent`; whole when no width. */
function wrap(text: string, width: number | null, indent: number): string[] {
  if (width === null || text === '') return [text];
  return wrapAnsi(text, Math.max(MIN_WIDTH, width - indent), { hard: true, trim: true }).split('\n');
}
