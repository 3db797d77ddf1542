import { available, unavailable } from '../model/part.js';
/**
 * Collects the pages of one connection until the window is covered, at most `maxPages` of them.
 * Past that cap the part is reported too large rather than silently cut.
 */
export class WindowPager {
    options;
    items = [];
    /** Cursor of the next page when one is still needed. */
    cursor = null;
    pages = 0;
    overflow = false;
    failure = null;
    constructor(options) {
        this.options = options;
    }
    absorb(connection) {
        this.cursor = null;
        if (!connection)
            return;
        this.pages += 1;
        const nodes = (connection.nodes ?? []).filter((node) => node !== null);
        for (const node of nodes) {
            const item = this.options.map(node);
            if (item !== null)
                this.items.push(item);
        }
        const last = nodes.at(-1);
        const lastDate = last && this.options.dateOf ? this.options.dateOf(last) : null;
        const windowGoesOn = !this.options.dateOf || (lastDate != null && Date.parse(lastDate) >= Date.parse(this.options.since));
        if (!connection.pageInfo.hasNextPage || !windowGoesOn || !connection.pageInfo.endCursor)
            return;
        if (this.pages >= this.options.maxPages)
            this.overflow = true;
        else
            this.cursor = connection.pageInfo.endCursor;
    }
    /** Takes the page, or the failure that kept it from being read. */
    absorbOrFail(connection, failure) {
        if (failure)
            this.fail(failure);
        else
            this.absorb(connection);
    }
    fail(failure) {
        this.failure ??= failure;
        this.cursor = null;
    }
    get wantsMore() {
        return this.cursor !== null;
    }
    /** Stops paging (request budget spent): what was read is not the whole window. */
    stop() {
        if (this.cursor !== null)
            this.overflow = true;
        this.cursor = null;
    }
    part() {
        if (this.failure)
            return unavailable(this.failure.reason, this.failure.detail);
        if (this.overflow) {
            return unavailable('too-large', `more ${this.options.what} in the window than the ${this.options.maxPages * 100} read`);
        }
        return available(this.items);
    }
}
