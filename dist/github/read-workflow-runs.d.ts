import type { ProductHealthConfig } from '../config/config.js';
import { type Part } from '../model/part.js';
import type { Deployment, TimeWindow, WorkflowRun } from '../model/raw-snapshot.js';
import type { GitHubClient } from './github-client.js';
import type { DeploymentNode } from './queries/fragments.js';
import type { WindowPager } from './window-pager.js';
/**
 * Workflow runs are only read when GitHub deployments do not show a production deployment: they
 * come next in the order of trust.
 */
export declare function readWorkflowRunsIfNeeded(client: GitHubClient, owner: string, repo: string, window: TimeWindow, deployments: WindowPager<DeploymentNode, Deployment>, config: ProductHealthConfig): Promise<Part<WorkflowRun[]>>;
