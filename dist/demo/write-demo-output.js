import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderComparison } from '../compare/render-comparison.js';
/** What the demo leaves on disk: each product-health issue as GitHub would show it, and an index. */
export async function writeDemoOutput(result, folder) {
    const issues = join(folder, 'issues');
    await rm(folder, { recursive: true, force: true });
    await mkdir(issues, { recursive: true });
    const written = [];
    for (const { sample, issue } of result.repositories) {
        if (!issue)
            continue;
        const file = join(issues, `${sample.spec.name}.md`);
        await writeFile(file, issue.body);
        written.push(file);
    }
    const index = join(folder, 'README.md');
    await writeFile(index, demoIndex(result));
    const dashboard = join(folder, 'comparison.html');
    await writeFile(dashboard, renderComparison(result.comparison, 'html', 'fr'));
    await writeFile(join(folder, 'comparison.md'), renderComparison(result.comparison, 'markdown', 'fr'));
    return [index, dashboard, ...written];
}
function demoIndex(result) {
    const rows = result.repositories.map(({ sample, scanned, issue }) => {
        const grade = scanned?.report.grade ?? (sample.spec.archived ? 'archived' : '?');
        const score = scanned?.report.score ?? '—';
        const link = issue ? `[#${issue.number}](issues/${sample.spec.name}.md)` : '—';
        return `| ${sample.spec.owner}/${sample.spec.name} | ${sample.profile} | ${grade} | ${score} | ${link} |`;
    });
    return [
        '# product-health demo',
        '',
        'A simulated organisation scanned by the real app through a simulated GitHub on loopback.',
        '',
        'The coaches’ comparison of the same organisation (`product-health compare`): [comparison.md](comparison.md),',
        'and the HTML dashboard `comparison.html` (open it from disk).',
        '',
        '| repository | profile | grade | score | product-health issue |',
        '| --- | --- | --- | --- | --- |',
        ...rows,
        '',
    ].join('\n');
}
//# sourceMappingURL=write-demo-output.js.map