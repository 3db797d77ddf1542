// One `product-health compare`, in a process of its own so that its peak RSS is the comparison's
// alone: the compiled command line (`dist/cli/run-cli.js`) exactly as `product-health compare` runs
// it — throttling, retries, the shared write pacer.
//   GITHUB_TOKEN=… GITHUB_API_URL=…/api/v3 GITHUB_GRAPHQL_URL=…/api/graphql \
//     node bench/compare-runner.js [compare options…]
// The comparison's JSON goes to a temporary file; prints one line `BENCH_RESULT {json}`: wall time,
// peak RSS, rows read from issues / scanned / failed, the cost the comparison reports.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../dist/cli/run-cli.js';

const folder = mkdtempSync(join(tmpdir(), 'compare-bench-'));
const output = join(folder, 'comparison.json');
let stderr = '';
const io = {
  cwd: process.cwd(),
  stdout: () => {},
  stderr: (text) => {
    stderr += text;
  },
  now: () => new Date(),
  env: process.env,
};
const started = performance.now();
const code = await runCli(
  ['compare', ...process.argv.slice(2), '--format', 'json', '--output', output, '--no-progress'],
  io,
);
const wallMs = performance.now() - started;
const result = { code, wallMs, maxRSS: process.resourceUsage().maxRSS * 1024, stderr: stderr.slice(-2000) };
if (code === 0) {
  const comparison = JSON.parse(readFileSync(output, 'utf8'));
  const count = (origin) => comparison.rows.filter((row) => row.origin === origin).length;
  Object.assign(result, {
    rows: comparison.rows.length,
    stored: count('stored'),
    scanned: count('scanned'),
    failed: count('failed'),
    skipped: comparison.skipped.length,
    cost: comparison.cost,
  });
}
rmSync(folder, { recursive: true, force: true });
process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}\n`);
