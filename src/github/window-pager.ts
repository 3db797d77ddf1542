import { available, type Part, unavailable } from '../model/part.js';
import type { ReadFailure } from './classify-error.js';
import type { Connection } from './queries/fragments.js';

export interface WindowPagerOptions<N, T> {
  /** What the pages hold, for messages ("releases"). */
  what: string;
  maxPages: number;
  map: (node: N) => T | null;
  /**
   * Date of a node for connections ordered newest first: paging stops once a page ends before
   * `since`. Null when the server already bounds the connection to the window.
   */
  dateOf: ((node: N) => string | null | undefined) | null;
  since: string;
}

/**
 * Collects the pages of one connection until the window is covered, at most `maxPages` of them.
 * Past that cap the part is reported too large rather than silently cut.
 */
export class WindowPager<N, T> {
  readonly items: T[] = [];
  /** Cursor of the next page when one is still needed. */
  cursor: string | null = null;
  private pages = 0;
  private overflow = false;
  private failure: ReadFailure | null = null;

  constructor(private readonly options: WindowPagerOptions<N, T>) {}

  absorb(connection: Connection<N> | null | undefined): void {
    this.cursor = null;
    if (!connection) return;
    this.pages += 1;
    const nodes = (connection.nodes ?? []).filter((node): node is N => node !== null);
    for (const node of nodes) {
      const item = this.options.map(node);
      if (item !== null) this.items.push(item);
    }
    const last = nodes.at(-1);
    const lastDate = last && this.options.dateOf ? this.options.dateOf(last) : null;
    const windowGoesOn =
      !this.options.dateOf || (lastDate != null && Date.parse(lastDate) >= Date.parse(this.options.since));
    if (!connection.pageInfo.hasNextPage || !windowGoesOn || !connection.pageInfo.endCursor) return;
    if (this.pages >= this.options.maxPages) this.overflow = true;
    else this.cursor = connection.pageInfo.endCursor;
  }

  /** Takes the page, or the failure that kept it from being read. */
  absorbOrFail(connection: Connection<N> | null | undefined, failure: ReadFailure | null): void {
    if (failure) this.fail(failure);
    else this.absorb(connection);
  }

  fail(failure: ReadFailure): void {
    this.failure ??= failure;
    this.cursor = null;
  }

  get wantsMore(): boolean {
    return this.cursor !== null;
  }

  /** Stops paging (request budget spent): what was read is not the whole window. */
  stop(): void {
    if (this.cursor !== null) this.overflow = true;
    this.cursor = null;
  }

  part(): Part<T[]> {
    if (this.failure) return unavailable(this.failure.reason, this.failure.detail);
    if (this.overflow) {
      return unavailable(
        'too-large',
        `more ${this.options.what} in the window than the ${this.options.maxPages * 100} read`,
      );
    }
    return available(this.items);
  }
}
