export function actionOutputs(report, issue, reportPath) {
    return {
        score: report.score === null ? '' : String(report.score),
        grade: report.grade ?? '',
        'issue-number': issue?.issue ? String(issue.issue.number) : '',
        'report-path': reportPath,
    };
}
export function overviewOutputs(result, dashboardPath) {
    return {
        'overview-issue-number': result.issue ? String(result.issue.number) : '',
        'dashboard-path': dashboardPath,
    };
}
export function setActionOutputs(setOutput, outputs) {
    for (const [name, value] of Object.entries(outputs))
        setOutput(name, value);
}
