import type { Deployment, Release, Tag } from '../model/raw-snapshot.js';
import { toDeployment, toRelease, toTag } from './map-nodes.js';
import type { CommitNode, DeploymentNode, IssueNode, ReleaseNode, TagNode } from './queries/fragments.js';
import { WindowPager } from './window-pager.js';

/** Most pages read per connection; past that the part is reported too large. */
export const MAX_PAGES = {
  history: 20,
  releases: 10,
  tags: 10,
  deployments: 20,
  feedback: 100,
  comments: 5,
  workflowRuns: 10,
} as const;

/** One pager per connection a scan reads, all bounded by the window starting at `since`. */
export function createScanPagers(since: string) {
  const dated = <N extends { createdAt: string }>(node: N) => node.createdAt;
  return {
    // The history is bounded by the server (`since`), the others newest first until the window ends.
    history: new WindowPager<CommitNode, CommitNode>({
      what: 'commits',
      maxPages: MAX_PAGES.history,
      map: (node) => node,
      dateOf: null,
      since,
    }),
    releases: new WindowPager<ReleaseNode, Release>({
      what: 'releases',
      maxPages: MAX_PAGES.releases,
      map: toRelease,
      dateOf: dated,
      since,
    }),
    tags: new WindowPager<TagNode, Tag>({
      what: 'tags',
      maxPages: MAX_PAGES.tags,
      map: toTag,
      dateOf: (node) => toTag(node)?.date,
      since,
    }),
    deployments: new WindowPager<DeploymentNode, Deployment>({
      what: 'deployments',
      maxPages: MAX_PAGES.deployments,
      map: toDeployment,
      dateOf: dated,
      since,
    }),
    feedback: new WindowPager<IssueNode, IssueNode>({
      what: 'feedback issues',
      maxPages: MAX_PAGES.feedback,
      map: (node) => node,
      dateOf: dated,
      since,
    }),
  };
}

export type ScanPagers = ReturnType<typeof createScanPagers>;
