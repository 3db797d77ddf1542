/**
 * What the run could not do fully, one warning each: a data part that could not be read (its
 * signals are unknown), a configuration problem (defaults were used), an issue not kept.
 */
export function partialDataWarnings(report, issue) {
    const unreadable = report.unavailable.map((part) => `Partial data: ${part.part} could not be read (${part.reason}): ${part.detail}. The signals that need it are unknown.`);
    const config = report.configProblems.map((problem) => {
        const where = `${problem.file}${problem.line === null ? '' : `:${problem.line}`}`;
        const key = problem.key === '' ? '' : ` key '${problem.key}'`;
        return `Configuration problem in ${where}${key}: ${problem.message}. The default was used.`;
    });
    const kept = issue && (issue.action === 'failed' || issue.action === 'skipped')
        ? [`The product-health issue was not kept (${issue.action}): ${issue.message ?? 'no reason given'}`]
        : [];
    return [...unreadable, ...config, ...kept];
}
