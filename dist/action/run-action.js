import { tmpdir } from 'node:os';
import { describeCost, describeIssueOutcome } from '../cli/describe-github-run.js';
import { describeDraftOutcome, proposeTickedDrafts } from '../drafts/propose-ticked-drafts.js';
import { tickedCommands } from '../events/ticked-commands.js';
import { GitHubUnreachableError, watchReachability } from '../github/api-reachability.js';
import { GitHubClient } from '../github/github-client.js';
import { GitHubEndpointError, githubEndpoints } from '../github/github-environment.js';
import { createGitHubSource, RepositoryAccessError } from '../github/github-source.js';
import { isRateLimitedError } from '../github/rate-limited-error.js';
import { SHARED_WRITE_PACER } from '../github/write-pacer.js';
import { scanGitHubRepository } from '../scan/scan-github-repository.js';
import { redactCredentials } from '../util/redact.js';
import { registerSecretValue } from '../util/secret-values.js';
import { readActionConfig } from './action-config.js';
import { ActionInputError, readActionInputs } from './action-inputs.js';
import { toolkitActionIo } from './action-io.js';
import { createActionOctokit } from './action-octokit.js';
import { actionOutputs, setActionOutputs } from './action-outputs.js';
import { addJobSummary } from './job-summary.js';
import { keepOrganisationOverview, OrganisationOverviewError } from './organisation-overview.js';
import { partialDataWarnings } from './partial-data-warnings.js';
import { writeReportFile } from './report-file.js';
/**
 * The Action: scans the workflow's repository through the same core as the command line and the
 * app, keeps its product-health issue, and reports through outputs, warnings and the job summary;
 * with `overview: true`, then compares its owner's repositories and keeps the overview issue.
 * The one place that catches: a real failure (bad input, repository out of reach, a fault) fails
 * the step with a message saying what to fix; partial data only warns.
 */
export async function runAction(io = toolkitActionIo()) {
    try {
        await scanAndReport(io);
    }
    catch (error) {
        io.setFailed(failureMessage(error));
    }
}
async function scanAndReport(io) {
    const inputs = readActionInputs(io.getInput);
    io.setSecret(inputs.token);
    // The runner masks its log; the report file, the outputs and the issue are masked here.
    registerSecretValue(inputs.token);
    const event = io.event?.() ?? null;
    const commands = event ? tickedCommands(event.name, event.payload) : null;
    if (event?.name === 'issues' && event.payload?.action === 'edited' && !commands) {
        io.info('An issue was edited, but no box of the product-health issue was ticked by a person: nothing to do.');
        return;
    }
    const { client, ...result } = await scanWorkflowRepository(io, inputs);
    await reportRun(io, inputs, result);
    if (commands && commands.drafts.length > 0 && !inputs.dryRun) {
        const repository = io.repository();
        const proposed = await proposeTickedDrafts({
            client,
            owner: repository?.owner ?? '',
            repo: repository?.repo ?? '',
            scan: result,
            kinds: commands.drafts,
            issueNumber: commands.issueNumber,
        });
        for (const { kind, path, outcome } of proposed) {
            const line = describeDraftOutcome(kind, path, outcome);
            if (outcome.action === 'failed')
                io.warning(line);
            else
                io.info(line);
        }
    }
    await keepOrganisationOverview(io, inputs, result.report.language);
}
/** The core's scan of the workflow's repository, with the Action's client and configuration. */
async function scanWorkflowRepository(io, inputs) {
    const repository = io.repository();
    if (!repository) {
        throw new ActionInputError('cannot tell which repository to scan: GITHUB_REPOSITORY (owner/repo) is not set and the event has no repository.');
    }
    const { owner, repo } = repository;
    const config = await readActionConfig(inputs.configPath, io.env.GITHUB_WORKSPACE);
    const endpoints = githubEndpoints(io.env);
    const octokit = createActionOctokit({
        token: inputs.token,
        endpoints,
        warn: (message) => io.warning(message),
    });
    const reachability = watchReachability(octokit, endpoints.apiUrl);
    const client = new GitHubClient(octokit, {
        graphqlUrl: endpoints.graphqlUrl,
        writePacer: SHARED_WRITE_PACER,
    });
    const result = await scanGitHubRepository(createGitHubSource({ client, owner, repo }), {
        now: io.now(),
        config,
        overrides: { language: inputs.language, windowDays: inputs.windowDays },
        writeIssue: !inputs.dryRun,
        dryRun: inputs.dryRun,
    });
    reachability.throwIfUnreachable();
    return { ...result, client };
}
/** The JSON report's file, the outputs, a warning per partial datum, the log and the job summary. */
async function reportRun(io, inputs, { report, issue }) {
    const reportPath = await writeReportFile(report, io.env.RUNNER_TEMP?.trim() || tmpdir());
    setActionOutputs(io.setOutput, actionOutputs(report, issue, reportPath));
    for (const warning of partialDataWarnings(report, issue))
        io.warning(warning);
    io.info(`${report.repository.name}: grade ${report.grade ?? '?'} (${report.score ?? 'no data'}/100)`);
    if (issue)
        io.info(describeIssueOutcome(issue, inputs.dryRun));
    if (inputs.dryRun && issue && issue.body !== '') {
        io.startGroup('The product-health issue this run would write');
        io.untrusted(issue.body);
        io.endGroup();
    }
    if (report.cost)
        io.info(describeCost(report.cost));
    io.info(`JSON report: ${reportPath}`);
    addJobSummary(io.summary, report, issue, inputs.dryRun);
    if (io.env.GITHUB_STEP_SUMMARY)
        await io.summary.write();
    else
        io.info('No job summary: GITHUB_STEP_SUMMARY is not set (not running on a GitHub Actions runner).');
}
function failureMessage(error) {
    if (isRateLimitedError(error)) {
        const until = error.resetAt ? ` until ${error.resetAt.toISOString()}` : '';
        return `product-health: rate-limited${until} — GitHub's hourly budget for the token is spent; the repository was not refreshed and nothing was written. Run the workflow again after the reset (or schedule it less often).`;
    }
    // What the user can fix says so itself; anything else is a fault of the scan. Either may quote a
    // refusal of GitHub's that repeats the credential sent: the runner masks the token in the log,
    // not wherever the message is copied.
    if (error instanceof ActionInputError ||
        error instanceof GitHubEndpointError ||
        error instanceof GitHubUnreachableError ||
        error instanceof RepositoryAccessError ||
        error instanceof OrganisationOverviewError) {
        return `product-health: ${redactCredentials(error.message)}`;
    }
    const message = error instanceof Error ? error.message : String(error);
    return `product-health: the scan failed: ${redactCredentials(message)}`;
}
