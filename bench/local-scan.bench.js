// Times a local scan of a 10,000-commit, 2,000-tag repository: the raw collection alone, and the
// whole scan (collection, nine signals, scoring, Markdown rendering). Needs the compiled `dist/`:
//   npm run build && node --expose-gc bench/local-scan.bench.js [runs]
import { DEFAULT_CONFIG } from '../dist/config/default-config.js';
import { renderReport } from '../dist/render/render-report.js';
import { scanRepository } from '../dist/scan/scan-repository.js';
import { createLocalSource } from '../dist/sources/local/local-source.js';
import { END_DATE, generateRepo } from './generate-repo.js';

const RUNS = Number(process.argv[2] ?? 7);
const MB = 1024 * 1024;
const gc = globalThis.gc ?? (() => {});

const generationStart = performance.now();
const dir = await generateRepo('.bench/repo-10k');
const generationMs = performance.now() - generationStart;

const scenarios = [
  { name: 'window 90 days', windowDays: 90 },
  { name: 'window 3 years (every commit)', windowDays: 1100 },
];

const rows = [];
for (const scenario of scenarios) {
  const source = createLocalSource(dir);
  const request = { now: END_DATE, config: { ...DEFAULT_CONFIG, windowDays: scenario.windowDays } };
  await source.collect(request); // warm-up: file system cache, JIT
  const times = [];
  let growth = 0;
  let snapshot;
  for (let run = 0; run < RUNS; run++) {
    snapshot = undefined;
    gc();
    const before = process.memoryUsage().heapUsed;
    const started = performance.now();
    snapshot = await source.collect(request);
    times.push(performance.now() - started);
    growth = Math.max(growth, process.memoryUsage().heapUsed - before);
  }
  // What a snapshot keeps alive, averaged over a few kept at once (one alone drowns in heap noise).
  const kept = [];
  gc();
  const beforeKeeping = process.memoryUsage().heapUsed;
  for (let run = 0; run < 5; run++) kept.push(await source.collect(request));
  gc();
  const retained = (process.memoryUsage().heapUsed - beforeKeeping) / kept.length;
  kept.length = 0;
  times.sort((a, b) => a - b);
  const scanTimes = [];
  let grade;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const report = await scanRepository(source, {
      now: END_DATE,
      config: null,
      overrides: { windowDays: scenario.windowDays },
    });
    renderReport(report, 'markdown');
    scanTimes.push(performance.now() - started);
    grade = `${report.grade} (${report.score})`;
  }
  scanTimes.sort((a, b) => a - b);
  const count = (part) => (part.available ? part.value.length : part.reason);
  rows.push([
    scenario.name,
    count(snapshot.commits),
    count(snapshot.tags),
    count(snapshot.files),
    Object.keys(snapshot.contents).length,
    times[0].toFixed(0),
    times[Math.floor(times.length / 2)].toFixed(0),
    (growth / MB).toFixed(1),
    (retained / MB).toFixed(1),
    scanTimes[Math.floor(scanTimes.length / 2)].toFixed(0),
    grade,
  ]);
}

const header = [
  'scenario',
  'commits',
  'tags',
  'files',
  'contents',
  'collect min ms',
  'collect median ms',
  'heap growth during scan MB',
  'snapshot retained MB',
  'full scan + render median ms',
  'grade',
];
console.log(`Repository: ${dir} (generated or reused in ${generationMs.toFixed(0)} ms), ${RUNS} runs each\n`);
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map(() => ' --- ').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
console.log(`\nPeak RSS of the bench process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
if (!globalThis.gc) console.log('(run with node --expose-gc for meaningful heap figures)');
