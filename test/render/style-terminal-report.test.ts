import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { terminalStyleFor } from '../../src/cli/terminal-style-for.js';
import { labelsFor } from '../../src/render/labels.js';
import { renderReport } from '../../src/render/render-report.js';
import { styleTerminalReport } from '../../src/render/style-terminal-report.js';
import type { Report } from '../../src/report/report.js';
import { healthReport } from '../issue/health-report.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: colour sequences are what it finds
const SGR = /\x1b\[[0-9;]*m/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;
const HOSTILE = 'Bug \x1b[2J\x1b]0;pwned\x07 écran \x1b[31mrouge\x9b1m fin';

let report: Report;
beforeAll(async () => {
  report = await healthReport({ unansweredFeedback: [HOSTILE, 'Lenteurs en fin de journée'] });
  report = {
    ...report,
    signals: report.signals.map((s) =>
      s.status === 'fail' ? { ...s, measured: `${s.measured} ${HOSTILE}` } : s,
    ),
  };
});

const styled = (style: { colour: boolean; width: number | null }) =>
  styleTerminalReport(report, renderReport(report, 'text'), style);

describe('styleTerminalReport', () => {
  it('colours statuses and the grade on a terminal, and prints no other escape sequence', () => {
    const text = styled({ colour: true, width: 72 });
    expect(text).toMatch(SGR);
    expect(text).toContain(`\x1b[31m${labelsFor('fr').status.fail}`);
    // Once our colours are taken out, no control character from the repository is left.
    expect(text.replace(SGR, '')).not.toMatch(CONTROL);
    expect(text).not.toContain('pwned\x07');
  });

  it('prints plain text without colour, the same words', () => {
    const plain = styled({ colour: false, width: 72 });
    expect(plain).not.toMatch(SGR);
    expect(plain).toBe(stripVTControlCharacters(styled({ colour: true, width: 72 })));
  });

  it('wraps every line to the width, continuation lines indented under their item', () => {
    for (const width of [40, 72, 100]) {
      const lines = stripVTControlCharacters(styled({ colour: true, width })).split('\n');
      for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(width);
    }
    const lines = styled({ colour: false, width: 40 }).split('\n');
    const step = lines.findIndex((line) => line.startsWith('  1. '));
    expect(lines[step + 1]).toMatch(/^ {4}\S/);
  });

  it('leaves lines whole without a width (a file, a pipe)', () => {
    expect(styled({ colour: false, width: null })).toBe(renderReport(report, 'text'));
  });

  it('prints the next steps and the grade last, so they stay on screen', () => {
    const lines = styled({ colour: false, width: 80 }).trimEnd().split('\n');
    const labels = labelsFor('fr');
    expect(lines.at(-1)).toMatch(new RegExp(`^${labels.overall}\u00a0: D \\(`));
    const steps = lines.indexOf(`Les ${report.nextSteps.length} prochaines étapes`);
    expect(steps).toBeGreaterThan(0);
    expect(steps).toBeGreaterThan(lines.findLastIndex((line) => line.startsWith('  [')));
  });
});

describe('terminalStyleFor', () => {
  const tty = { isTTY: true, columns: 88 };
  it('colours and wraps on a terminal, neither when piped', () => {
    expect(terminalStyleFor({}, tty)).toEqual({ colour: true, width: 88 });
    expect(terminalStyleFor({}, { isTTY: false, columns: 88 })).toEqual({ colour: false, width: null });
    expect(terminalStyleFor({}, undefined)).toEqual({ colour: false, width: null });
    expect(terminalStyleFor({ TERM: 'dumb' }, tty).colour).toBe(false);
  });

  it('follows NO_COLOR, FORCE_COLOR and COLUMNS', () => {
    expect(terminalStyleFor({ NO_COLOR: '1' }, tty).colour).toBe(false);
    expect(terminalStyleFor({ NO_COLOR: '' }, tty).colour).toBe(true);
    expect(terminalStyleFor({ FORCE_COLOR: '1' }, undefined).colour).toBe(true);
    expect(terminalStyleFor({ FORCE_COLOR: '0' }, tty).colour).toBe(false);
    expect(terminalStyleFor({ FORCE_COLOR: '1', NO_COLOR: '1' }, tty).colour).toBe(false);
    expect(terminalStyleFor({ COLUMNS: '60' }, undefined).width).toBe(60);
    expect(terminalStyleFor({ COLUMNS: 'wide' }, tty).width).toBe(88);
  });
});
