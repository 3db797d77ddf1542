import { resolve } from 'node:path';
import { runDemo } from './run-demo.js';
import { writeDemoOutput } from './write-demo-output.js';
function describeComparison(comparison) {
    const stored = comparison.rows.filter((row) => row.origin === 'stored').length;
    return `${comparison.rows.length} repositories, ${stored} read from their product-health issue, ${comparison.rows.length - stored} scanned`;
}
const OUTPUT = resolve('out/demo');
/** `npm run demo`: no token, no network; prints a summary and writes the issues under out/demo/. */
try {
    const result = await runDemo({
        owner: 'demo-produits',
        repositories: 14,
        seed: 2026,
        now: new Date(),
        timeoutMs: 50_000,
    });
    const files = await writeDemoOutput(result, OUTPUT);
    const lines = result.repositories.map(({ sample, scanned, issue }) => {
        const name = `${sample.spec.owner}/${sample.spec.name}`.padEnd(42);
        const grade = scanned
            ? `${scanned.report.grade ?? '?'} (${scanned.report.score ?? '—'}/100)`
            : 'not scanned';
        const written = issue ? `issue #${issue.number} ${scanned?.issue?.action ?? ''}`.trim() : 'no issue';
        return `  ${name} ${sample.profile.padEnd(26)} ${grade.padEnd(12)} ${written}`;
    });
    process.stdout.write([
        `product-health demo — ${result.repositories.length} repositories of a simulated organisation`,
        `simulated GitHub: ${result.githubUrl} · app server: ${result.appUrl}`,
        '',
        ...lines,
        '',
        `${result.requests} requests to the simulated GitHub, ${(result.elapsedMs / 1000).toFixed(1)} s.`,
        ...(result.failures.length > 0 ? ['', 'Failures:', ...result.failures.map((f) => `  ${f}`)] : []),
        `Rendered issues: ${OUTPUT}/issues/ (index: ${files[0]})`,
        `Coaches' comparison: ${files[1]} (HTML dashboard, opens offline) and ${OUTPUT}/comparison.md — ${describeComparison(result.comparison)}`,
        '',
    ].join('\n'));
    process.exitCode = result.failures.length > 0 ? 1 : 0;
}
catch (error) {
    process.stderr.write(`product-health demo failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
}
//# sourceMappingURL=main.js.map