import type { Deployment, Release, Tag } from '../model/raw-snapshot.js';
import type { CommitNode, DeploymentNode, IssueNode, ReleaseNode, TagNode } from './queries/fragments.js';
import { WindowPager } from './window-pager.js';
/** Most pages read per connection; past that the part is reported too large. */
export declare const MAX_PAGES: {
    readonly history: 20;
    readonly releases: 10;
    readonly tags: 10;
    readonly deployments: 20;
    readonly feedback: 100;
    readonly comments: 5;
    readonly workflowRuns: 10;
};
/** One pager per connection a scan reads, all bounded by the window starting at `since`. */
export declare function createScanPagers(since: string): {
    history: WindowPager<CommitNode, CommitNode>;
    releases: WindowPager<ReleaseNode, Release>;
    tags: WindowPager<TagNode, Tag>;
    deployments: WindowPager<DeploymentNode, Deployment>;
    feedback: WindowPager<IssueNode, IssueNode>;
};
export type ScanPagers = ReturnType<typeof createScanPagers>;
