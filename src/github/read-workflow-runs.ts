import type { ProductHealthConfig } from '../config/config.js';
import { available, type Part, unavailable } from '../model/part.js';
import type { Deployment, TimeWindow, WorkflowRun } from '../model/raw-snapshot.js';
import { configPattern } from '../signals/config-pattern.js';
import { readFailure } from './classify-error.js';
import type { GitHubClient } from './github-client.js';
import { PERMISSIONS } from './github-permissions.js';
import { type RestWorkflowRun, toWorkflowRun } from './map-nodes.js';
import type { DeploymentNode } from './queries/fragments.js';
import { MAX_PAGES } from './scan-pagers.js';
import type { WindowPager } from './window-pager.js';

/**
 * Workflow runs are only read when GitHub deployments do not show a production deployment: they
 * come next in the order of trust.
 */
export async function readWorkflowRunsIfNeeded(
  client: GitHubClient,
  owner: string,
  repo: string,
  window: TimeWindow,
  deployments: WindowPager<DeploymentNode, Deployment>,
  config: ProductHealthConfig,
): Promise<Part<WorkflowRun[]>> {
  const part = deployments.part();
  const production = configPattern(config.deployments.productionEnvironment);
  if (part.available && part.value.some((deployment) => production.test(deployment.environment))) {
    return unavailable('not-needed', 'GitHub deployments to production were found');
  }
  const runs: WorkflowRun[] = [];
  try {
    for (let page = 1; page <= MAX_PAGES.workflowRuns; page++) {
      const data = await client.read<{ total_count: number; workflow_runs: RestWorkflowRun[] }>(
        'GET /repos/{owner}/{repo}/actions/runs',
        {
          owner,
          repo,
          status: 'success',
          created: `>=${window.since.slice(0, 10)}`,
          exclude_pull_requests: true,
          per_page: 100,
          page,
        },
      );
      runs.push(...data.workflow_runs.map(toWorkflowRun));
      if (data.workflow_runs.length < 100 || runs.length >= data.total_count) return available(runs);
    }
    return unavailable(
      'too-large',
      `more than ${MAX_PAGES.workflowRuns * 100} successful workflow runs in the window`,
    );
  } catch (error) {
    const failure = readFailure(error, 'workflow runs', PERMISSIONS.actions);
    return unavailable(failure.reason, failure.detail);
  }
}
