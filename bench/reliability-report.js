// The reliability report: runs every reliability test (`npx vitest run test/reliability`) with
// RELIABILITY_FIGURES naming a temporary file, where each test appends the figures it measured
// (test/reliability/record-figure.ts), then rewrites the part of RELIABILITY.md between
// `<!-- figures:start -->` and `<!-- figures:end -->`: one Markdown table per area (what was
// tried, the figures, the command that reproduces the line), with the date, Node's version and the
// machine. Exits non-zero when a test failed (the tables are written all the same, saying so).
//   npm run reliability            (node bench/reliability-report.js [-- <vitest filters>])
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DOCUMENT = join(ROOT, 'RELIABILITY.md');
const START = '<!-- figures:start -->';
const END = '<!-- figures:end -->';
/** Areas in the order RELIABILITY.md tells them; any other area follows, alphabetically. */
const AREAS = ['faults', 'rate limits', 'races', 'hostile input', 'webhooks', 'secrets'];

const scratch = mkdtempSync(join(tmpdir(), 'product-health-reliability-'));
try {
  const figuresFile = join(scratch, 'figures.jsonl');
  const resultsFile = join(scratch, 'results.json');
  const run = runTests(figuresFile, resultsFile, process.argv.slice(2));
  const figures = readFigures(figuresFile);
  const results = readResults(resultsFile);
  const section = renderSection(figures, results, run);
  writeFileSync(DOCUMENT, replaceSection(readFileSync(DOCUMENT, 'utf8'), section));
  console.log(
    `RELIABILITY.md: ${figures.length} line(s) in ${groupByArea(figures).length} table(s); ${describeResults(results, run)}`,
  );
  process.exitCode = run.status === 0 ? 0 : 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/** `npx vitest run test/reliability`, its output shown as it goes, results also as JSON. */
function runTests(figuresFile, resultsFile, filters) {
  const started = performance.now();
  const result = spawnSync(
    'npx',
    [
      'vitest',
      'run',
      'test/reliability',
      ...filters,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${resultsFile}`,
    ],
    {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, RELIABILITY_FIGURES: figuresFile },
    },
  );
  if (result.error) throw result.error;
  return { status: result.status ?? 1, seconds: Math.round((performance.now() - started) / 1000) };
}

/** The figures the tests appended, one JSON object a line; a line that does not parse is skipped. */
function readFigures(file) {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .flatMap((line) => {
      try {
        const figure = JSON.parse(line);
        return typeof figure?.area === 'string' && typeof figure?.tried === 'string' ? [figure] : [];
      } catch {
        return [];
      }
    });
}

/** Vitest's JSON results (test counts), or null when it wrote none. */
function readResults(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function describeResults(results, run) {
  if (!results) return `vitest exited with status ${run.status}`;
  const failed = results.numFailedTests ?? 0;
  const passed = results.numPassedTests ?? 0;
  const files = results.numTotalTestSuites ?? 0;
  const outcome = failed === 0 && run.status === 0 ? 'all passed' : `${failed} FAILED`;
  return `${passed + failed} test(s) in ${files} suite(s): ${outcome} (${run.seconds} s)`;
}

/** Figures grouped by area, areas in the document's order. */
function groupByArea(figures) {
  const areas = [...new Set(figures.map((figure) => figure.area))].sort((a, b) => {
    const rank = (area) => (AREAS.includes(area) ? AREAS.indexOf(area) : AREAS.length);
    return rank(a) - rank(b) || a.localeCompare(b);
  });
  return areas.map((area) => ({ area, figures: figures.filter((figure) => figure.area === area) }));
}

function renderSection(figures, results, run) {
  const cpuList = cpus();
  const machine = `${cpuList.length} × ${cpuList[0]?.model?.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${platform()} ${release()}`;
  const lines = [
    `Measured on ${new Date().toISOString().slice(0, 10)} with Node ${process.version} on ${machine}.`,
    `\`npx vitest run test/reliability\`: ${describeResults(results, run)}.`,
    '',
  ];
  if (figures.length === 0) lines.push('No figure was recorded.', '');
  for (const { area, figures: lineFigures } of groupByArea(figures)) {
    lines.push(
      `### ${capitalise(area)}`,
      '',
      '| What was tried | Figures | Command |',
      '| --- | --- | --- |',
    );
    for (const figure of lineFigures) {
      lines.push(
        `| ${cell(figure.tried)} | ${cell(describeFigures(figure.figures))} | ${code(figure.command)} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** `runs 3 · completed 3 · crashes 0`: every count the test measured, in its order. */
function describeFigures(figures) {
  return Object.entries(figures ?? {})
    .map(([name, value]) => `${name} ${formatNumber(value)}`)
    .join(' · ');
}

function formatNumber(value) {
  return typeof value === 'number' && Number.isFinite(value)
    ? value.toLocaleString('en-US', { maximumFractionDigits: 2 })
    : String(value);
}

/** Text safe in a table cell: no line break, no column break. */
function cell(text) {
  return String(text ?? '')
    .replace(/\s+/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

/** A command in a code span, whatever backticks it holds. */
function code(text) {
  const flat = cell(text).replace(/\\\|/g, '|');
  const fence = flat.includes('`') ? '``' : '`';
  return `${fence}${flat.replace(/\|/g, '\\|')}${fence}`;
}

function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The document with its figures section replaced; throws when the markers are missing. */
function replaceSection(document, section) {
  const start = document.indexOf(START);
  const end = document.indexOf(END);
  if (start < 0 || end < start) {
    throw new Error(`RELIABILITY.md: the markers ${START} and ${END} are missing or out of order`);
  }
  return `${document.slice(0, start + START.length)}\n${section}\n${document.slice(end)}`;
}
