import { toDeployment, toRelease, toTag } from './map-nodes.js';
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
};
/** One pager per connection a scan reads, all bounded by the window starting at `since`. */
export function createScanPagers(since) {
    const dated = (node) => node.createdAt;
    return {
        // The history is bounded by the server (`since`), the others newest first until the window ends.
        history: new WindowPager({
            what: 'commits',
            maxPages: MAX_PAGES.history,
            map: (node) => node,
            dateOf: null,
            since,
        }),
        releases: new WindowPager({
            what: 'releases',
            maxPages: MAX_PAGES.releases,
            map: toRelease,
            dateOf: dated,
            since,
        }),
        tags: new WindowPager({
            what: 'tags',
            maxPages: MAX_PAGES.tags,
            map: toTag,
            dateOf: (node) => toTag(node)?.date,
            since,
        }),
        deployments: new WindowPager({
            what: 'deployments',
            maxPages: MAX_PAGES.deployments,
            map: toDeployment,
            dateOf: dated,
            since,
        }),
        feedback: new WindowPager({
            what: 'feedback issues',
            maxPages: MAX_PAGES.feedback,
            map: (node) => node,
            dateOf: dated,
            since,
        }),
    };
}
