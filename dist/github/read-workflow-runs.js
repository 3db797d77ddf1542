import { available, unavailable } from '../model/part.js';
import { configPattern } from '../signals/config-pattern.js';
import { readFailure } from './classify-error.js';
import { PERMISSIONS } from './github-permissions.js';
import { toWorkflowRun } from './map-nodes.js';
import { MAX_PAGES } from './scan-pagers.js';
/**
 * Workflow runs are only read when GitHub deployments do not show a production deployment: they
 * come next in the order of trust.
 */
export async function readWorkflowRunsIfNeeded(client, owner, repo, window, deployments, config) {
    const part = deployments.part();
    const production = configPattern(config.deployments.productionEnvironment);
    if (part.available && part.value.some((deployment) => production.test(deployment.environment))) {
        return unavailable('not-needed', 'GitHub deployments to production were found');
    }
    const runs = [];
    try {
        for (let page = 1; page <= MAX_PAGES.workflowRuns; page++) {
            const data = await client.read('GET /repos/{owner}/{repo}/actions/runs', {
                owner,
                repo,
                status: 'success',
                created: `>=${window.since.slice(0, 10)}`,
                exclude_pull_requests: true,
                per_page: 100,
                page,
            });
            runs.push(...data.workflow_runs.map(toWorkflowRun));
            if (data.workflow_runs.length < 100 || runs.length >= data.total_count)
                return available(runs);
        }
        return unavailable('too-large', `more than ${MAX_PAGES.workflowRuns * 100} successful workflow runs in the window`);
    }
    catch (error) {
        const failure = readFailure(error, 'workflow runs', PERMISSIONS.actions);
        return unavailable(failure.reason, failure.detail);
    }
}
